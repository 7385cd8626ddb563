/**
 * The welcome screen: one big box for the code on a card or poster. Codes are read
 * case-insensitively by the API, so the box shows capitals but accepts anything.
 */
import { createSignal, Show } from "solid-js";
import { Message, Spinner } from "../../ui/Feedback";

export function CodeEntry(props: {
  initialCode?: string;
  busy: boolean;
  error?: string;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = createSignal(props.initialCode ?? "");
  let input: HTMLInputElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.busy) props.onSubmit(code());
  };

  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Have your say</h1>
      <p class="lead">Type in the code you were given. It might be on a card or a poster.</p>
      <form onSubmit={submit} novalidate aria-busy={props.busy}>
        <label for="code" class="code-label">
          Your code
        </label>
        <input
          id="code"
          ref={input}
          class="code-input"
          name="code"
          type="text"
          inputmode="text"
          autocapitalize="characters"
          autocomplete="off"
          autocorrect="off"
          spellcheck={false}
          enterkeyhint="go"
          maxLength={32}
          value={code()}
          readOnly={props.busy}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? "code-error" : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <Show when={props.error}>
          {(error) => (
            <Message kind="error" id="code-error">
              {error()}
            </Message>
          )}
        </Show>
        <button type="submit" class="btn primary big" aria-disabled={props.busy}>
          <Show when={props.busy} fallback="Start">
            <Spinner inline label="Finding your survey…" />
          </Show>
        </button>
      </form>
    </section>
  );
}

/** Codes are printed in capitals and sometimes typed with spaces or dashes; the API wants neither. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}
