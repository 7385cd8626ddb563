/**
 * Words Chorus wrote for a survey (from a template's phrasebook) stay marked "not checked" beside
 * their language until an officer says a fluent speaker has read them. Saying so is its own,
 * audited step with a confirmation, never a side effect of editing the words.
 */
import { createSignal, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { englishName } from "./SurveyDetails";
import { studio } from "./studioApi";
import type { Workspace } from "./workspace";

export const isUnreviewed = (ws: Workspace, language: string) =>
  ws.view().draft.unreviewedLanguages.includes(language);

/** The small tag shown beside a language's name. */
export function NotCheckedTag() {
  return <span class="not-checked-tag">not checked</span>;
}

/** The mark with the officer's way to clear it, for one language of the open survey. */
export function UnreviewedNotice(props: { ws: Workspace; language: string }) {
  const [asking, setAsking] = createSignal(false);
  const name = () => englishName(props.language);
  const check = createAction(async () => {
    await props.ws.flush();
    await studio.checkTranslation(props.ws.surveyId, props.language);
    const view = props.ws.view();
    props.ws.setView({
      ...view,
      draft: {
        ...view.draft,
        unreviewedLanguages: view.draft.unreviewedLanguages.filter((c) => c !== props.language),
      },
    });
    setAsking(false);
  });
  return (
    <Show when={isUnreviewed(props.ws, props.language)}>
      <div class="not-checked">
        <p>
          Chorus wrote these {name()} words. Nobody fluent in {name()} has checked them yet: ask
          someone who is to read every string before children see them.
        </p>
        <Show
          when={asking()}
          fallback={
            <button type="button" class="btn" onClick={() => setAsking(true)}>
              I have checked this translation
              <span class="sr-only">{` (${name()})`}</span>
            </button>
          }
        >
          <p>
            Has someone fluent in {name()} read every string of this survey, and have you made their
            corrections? This is written in the audit log.
          </p>
          <div class="actions">
            <button
              type="button"
              class="btn primary"
              aria-disabled={check.busy()}
              onClick={() => void check.run()}
            >
              Yes, mark {name()} as checked
            </button>
            <button type="button" class="btn quiet" onClick={() => setAsking(false)}>
              Not yet
            </button>
          </div>
        </Show>
        <Show when={check.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
      </div>
    </Show>
  );
}
