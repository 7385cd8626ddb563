/**
 * One candidate quote: the redacted answer with what was taken out marked, an optional further
 * edit, and approve or reject (buttons, or A and R while the card has focus).
 */
import { createSignal, Show } from "solid-js";
import { createAction } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { MoveControl } from "./MoveControl";
import { Redacted } from "./Redacted";
import { type Candidate, type ThemesView, themesApi } from "./themesApi";

export function CandidateCard(props: {
  surveyId: string;
  candidate: Candidate;
  slotLabel: string;
  choices: ThemesView["choices"];
  onDecided: (what: string) => void;
}) {
  const c = () => props.candidate;
  const source = () => ({ responseId: c().responseId, slot: c().slot, themeId: c().themeId });
  const [editing, setEditing] = createSignal(false);
  const [text, setText] = createSignal(c().text);
  const approving = createAction(async () => {
    const edited = editing() && text().trim() !== c().text ? text().trim() : undefined;
    await themesApi.approve(props.surveyId, c().id, source(), edited);
    props.onDecided("Quote approved. Leaders will see it with this theme.");
  });
  const rejecting = createAction(async () => {
    await themesApi.reject(props.surveyId, c().id, source());
    props.onDecided("Quote rejected. It will not be offered again.");
  });
  const busy = () => approving.busy() || rejecting.busy();
  const error = () => approving.error() ?? rejecting.error();
  const titleId = () => `cand-${c().id}`;
  const onKey = (event: KeyboardEvent) => {
    // Shortcuts only when the card itself has focus, never while typing in it.
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === "a") void approving.run();
    if (key === "r") void rejecting.run();
  };

  return (
    <li
      class="candidate"
      tabindex="0"
      aria-labelledby={titleId()}
      aria-keyshortcuts="A R"
      onKeyDown={onKey}
    >
      <p id={titleId()} class="sr-only">
        Candidate quote from “{props.slotLabel}”. Press A to approve or R to reject.
      </p>
      <blockquote>
        <Redacted text={c().text} />
      </blockquote>
      <p class="muted small">
        From “{props.slotLabel}”
        {c().redacted > 0 ? ` · ${c().redacted} taken out automatically` : ""}
      </p>
      <Show when={editing()}>
        <label for={`${titleId()}-edit`}>Take more out before approving</label>
        <textarea
          id={`${titleId()}-edit`}
          rows="3"
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p class="muted small">Write [name], [school] or [address] where you take something out.</p>
      </Show>
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          aria-keyshortcuts="A"
          aria-disabled={busy()}
          onClick={() => void approving.run()}
        >
          {approving.busy() ? "Approving…" : "Approve"}
        </button>
        <button
          type="button"
          class="btn"
          aria-keyshortcuts="R"
          aria-disabled={busy()}
          onClick={() => void rejecting.run()}
        >
          {rejecting.busy() ? "Rejecting…" : "Reject"}
        </button>
        <Show when={!editing()}>
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            Edit first
          </button>
        </Show>
      </div>
      <Show when={error()}>
        {(failure) => (
          <p class="field-error" role="alert">
            {describeError(failure())}
          </p>
        )}
      </Show>
      <details class="move-details">
        <summary>In the wrong theme?</summary>
        <MoveControl
          surveyId={props.surveyId}
          responseId={c().responseId}
          slot={c().slot}
          from={c().themeId}
          choices={props.choices}
          idPrefix={titleId()}
          onMoved={() => props.onDecided("Answer moved. The counts now follow.")}
        />
      </details>
    </li>
  );
}
