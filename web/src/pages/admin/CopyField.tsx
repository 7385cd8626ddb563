/**
 * A read-only value with a Copy button, for links and addresses an admin passes on. The clipboard
 * can be refused (permissions, older browsers); the text is then selected for Ctrl+C instead.
 */
import { createSignal } from "solid-js";
import { uniqueId } from "../../ui/fields";

export function CopyField(props: { label: string; value: string; copyLabel?: string }) {
  const id = uniqueId();
  const [said, setSaid] = createSignal("");
  let input!: HTMLInputElement;

  const copy = async () => {
    setSaid("");
    try {
      await navigator.clipboard.writeText(props.value);
      setSaid("Copied.");
    } catch {
      input.focus();
      input.select();
      setSaid("Couldn't copy automatically: the text is selected, so press Ctrl+C (or ⌘C).");
    }
  };

  return (
    <div class="copy-field">
      <label class="field" for={id}>
        {props.label}
      </label>
      <div class="copy-row">
        <input
          ref={input}
          id={id}
          class="text mono"
          readonly
          value={props.value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="btn" onClick={() => void copy()}>
          {props.copyLabel ?? (
            <>
              Copy<span class="sr-only"> {props.label}</span>
            </>
          )}
        </button>
      </div>
      <p class="copy-said" role="status">
        {said()}
      </p>
    </div>
  );
}
