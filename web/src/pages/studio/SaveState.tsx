/** Where saving has got to, in a live region so a screen reader hears it change. */
import { Show } from "solid-js";
import type { SaveStatus } from "./autosave";
import { timeOf } from "./studioApi";

export function describeSave(status: SaveStatus): string {
  switch (status.state) {
    case "saved":
      return status.at ? `Saved at ${timeOf(status.at)}` : "Saved";
    case "waiting":
    case "saving":
      return "Saving…";
    case "retrying":
      return "Not saved — retrying";
    case "invalid":
      return "Not saved — fix the marked fields";
    case "conflict":
      return "Not saved — someone else saved first";
    case "failed":
      return `Not saved — ${status.error.status === 401 ? "sign in again" : status.error.message}`;
  }
}

export function SaveState(props: { status: SaveStatus }) {
  const bad = () => !["saved", "waiting", "saving"].includes(props.status.state);
  return (
    <p class="save-state" classList={{ bad: bad() }} role="status">
      <Show when={props.status.state === "saving" || props.status.state === "waiting"}>
        <span class="spinner" aria-hidden="true" />
      </Show>
      {describeSave(props.status)}
    </p>
  );
}
