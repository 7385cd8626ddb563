/** The council's own names to take out of every quote (children's, carers', workers'). */
import { createSignal, Show } from "solid-js";
import { createAction } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { createLoad } from "../../../ui/load";
import { themesApi } from "./themesApi";

export function NamesList(props: { onSaved: (what: string) => void }) {
  const load = createLoad(() => true, themesApi.names);
  const [text, setText] = createSignal<string>();
  const value = () => text() ?? load.data()?.names.join("\n") ?? "";
  const saving = createAction(async () => {
    const names = value()
      .split("\n")
      .map((name) => name.trim())
      .filter((name) => name.length > 1);
    const saved = await themesApi.saveNames(names);
    setText(saved.names.join("\n"));
    props.onSaved(`${saved.names.length} names saved. Quotes are checked for them from now on.`);
  });
  return (
    <details class="panel names">
      <summary>Names to take out of quotes</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saving.run();
        }}
      >
        <label for="quote-names">One name per line</label>
        <p class="muted small" id="quote-names-hint">
          Names of children, carers and workers that the automatic check might miss.
        </p>
        <textarea
          id="quote-names"
          rows="5"
          aria-describedby="quote-names-hint"
          value={value()}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="btn" aria-disabled={saving.busy()}>
          {saving.busy() ? "Saving…" : "Save names"}
        </button>
        <Show when={saving.error() ?? load.error()}>
          {(error) => (
            <p class="field-error" role="alert">
              {describeError(error())}
            </p>
          )}
        </Show>
      </form>
    </details>
  );
}
