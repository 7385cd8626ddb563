/**
 * Status and notice boxes shared by every area. Errors use `role="alert"` so they are read out as
 * they appear; progress and information use `role="status"` so they wait their turn.
 */
import type { JSX } from "solid-js";

/** A busy indicator: the words are the status, the ring is decoration. */
export function Spinner(props: { label: string; inline?: boolean }) {
  return (
    <span class={props.inline ? "busy inline" : "busy"} role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{props.label}</span>
    </span>
  );
}

export function Message(props: {
  kind: "error" | "info" | "success";
  title?: string;
  id?: string;
  children?: JSX.Element;
}) {
  return (
    <div
      id={props.id}
      class={`message ${props.kind}`}
      role={props.kind === "error" ? "alert" : "status"}
    >
      {props.title && <p class="message-title">{props.title}</p>}
      {props.children && <div>{props.children}</div>}
    </div>
  );
}

/**
 * Moves focus to an element once it is in the document, so a screen reader announces the new
 * screen and keyboard users start from its top. Use as `ref={focusOnMount}` on a heading with
 * `tabindex="-1"`.
 */
export function focusOnMount(element: HTMLElement): void {
  requestAnimationFrame(() => {
    if (element.isConnected) element.focus({ preventScroll: false });
  });
}

/** Sets the tab title; screen readers and the tab list both use it to say where you are. */
export function setTitle(...parts: (string | undefined)[]): void {
  document.title = [...parts.filter(Boolean), "Chorus"].join(" – ");
}
