/**
 * Big keys for a finger: the code on the welcome screen and the staff PIN on a kiosk. Focus stays
 * on the key pressed, because moving it to the text box would open the tablet's own keyboard
 * over the keys; the box still takes typing from a real keyboard.
 */
import { For } from "solid-js";

export function Keypad(props: {
  keys: readonly string[];
  /** Said before the keys by screen readers, e.g. "Number keys". */
  legend: string;
  /** The delete key's name, e.g. "Delete the last number". */
  deleteLabel: string;
  class: string;
  /** A class for one key, e.g. to place 0 under 8 on a number pad. */
  keyClass?: (key: string) => string | undefined;
  disabled?: boolean;
  onKey: (key: string) => void;
  onDelete: () => void;
}) {
  return (
    <fieldset class={`keypad ${props.class}`} disabled={props.disabled}>
      <legend class="sr-only">{props.legend}</legend>
      <For each={props.keys}>
        {(key) => (
          <button
            type="button"
            class={`btn ${props.keyClass?.(key) ?? ""}`}
            onClick={() => props.onKey(key)}
          >
            {key}
          </button>
        )}
      </For>
      <button
        type="button"
        class="btn delete"
        aria-label={props.deleteLabel}
        onClick={props.onDelete}
      >
        <span aria-hidden="true">⌫</span>
      </button>
    </fieldset>
  );
}
