import { Show } from "solid-js";
import { Spinner } from "../../ui/Feedback";
import { StatusLine } from "../../ui/fields";

/** A settings form's end: what the last save said, and the button that shows it is saving. */
export function SaveSettings(props: { status?: string; busy: boolean }) {
  return (
    <>
      <StatusLine text={props.status} />
      <button type="submit" class="btn primary" aria-disabled={props.busy}>
        <Show when={props.busy} fallback="Save settings">
          <Spinner inline label="Saving the settings…" />
        </Show>
      </button>
    </>
  );
}
