/** Moving one answer to another theme: a labelled list of themes and a button. */
import { pick } from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { createAction } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { newMoveId, type ThemesView, themesApi } from "./themesApi";

export function MoveControl(props: {
  surveyId: string;
  responseId: string;
  slot: string;
  from: string;
  choices: ThemesView["choices"];
  idPrefix: string;
  onMoved: () => void;
}) {
  const [to, setTo] = createSignal("");
  // One id per intended move: a retry after a lost answer is the same move.
  let moveId = newMoveId();
  const moving = createAction(async () => {
    await themesApi.move(props.surveyId, moveId, {
      responseId: props.responseId,
      slot: props.slot,
      to: to(),
    });
    moveId = newMoveId();
    props.onMoved();
  });
  const selectId = () => `${props.idPrefix}-move`;
  return (
    <div class="move">
      <label for={selectId()}>Move this answer to</label>
      <select
        id={selectId()}
        value={to()}
        onChange={(event) => {
          setTo(event.currentTarget.value);
          moveId = newMoveId();
        }}
      >
        <option value="">Choose a theme…</option>
        <For each={props.choices.filter((choice) => choice.id !== props.from)}>
          {(choice) => <option value={choice.id}>{pick(choice.label, "en", "en")}</option>}
        </For>
      </select>
      <button
        type="button"
        class="btn"
        aria-disabled={!to() || moving.busy()}
        onClick={() => to() && void moving.run()}
      >
        {moving.busy() ? "Moving…" : "Move"}
      </button>
      <Show when={moving.error()}>
        {(error) => (
          <p class="field-error" role="alert">
            {describeError(error())}
          </p>
        )}
      </Show>
    </div>
  );
}
