/**
 * A poster of a survey's published actions (and the organisation-wide ones) for a wall at a
 * Children in Care Council or a children's home: A4, big type, the council's name, each action
 * with where it stands. The screen shows it as it will print, with a Print button that does not
 * print.
 */
import type { ActionView } from "@chorus/core/action/schema";
import type { SurveySummary } from "@chorus/core/report/schema";
import { pick } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { setTitle } from "../../../ui/Feedback";

/** The words a child reads on the poster: the same ones as on their screen. */
const STATUS_FOR_CHILDREN: Record<ActionView["status"], string> = {
  doing: "We're doing this now",
  done: "We did this",
  planned: "We're going to do this",
};
const ORDER = { doing: 0, done: 1, planned: 2 } as const;

export function Poster(props: {
  actions: ActionView[];
  surveys: SurveySummary[];
  /** One survey's poster; every published action when absent. */
  surveyId?: string;
  orgName?: string;
}) {
  const survey = () => props.surveys.find((s) => s.id === props.surveyId);
  const shown = () =>
    props.actions
      .filter(
        (a) => a.published && (!props.surveyId || !a.surveyId || a.surveyId === props.surveyId),
      )
      .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  setTitle("Poster", "You said, we did");
  return (
    <>
      <div class="poster-tools no-print">
        <p class="crumbs">
          <a href="/reports/actions">
            <span aria-hidden="true">←</span> All actions
          </a>
        </p>
        <button type="button" class="btn primary" onClick={() => window.print()}>
          Print this poster
        </button>
        <p class="hint">Prints on A4. Only published actions are on it.</p>
      </div>
      <article class="poster" aria-label="Poster">
        <header>
          <p class="poster-council">{props.orgName ?? ""}</p>
          <h1>You said, we did</h1>
          <Show when={survey()}>
            {(found) => (
              <p class="poster-survey">
                What you told us in “{pick(found().title, found().defaultLanguage, "en")}”
              </p>
            )}
          </Show>
        </header>
        <Show
          when={shown().length > 0}
          fallback={<p class="poster-empty">Nothing is published yet.</p>}
        >
          <ol class="poster-list">
            <For each={shown()}>
              {(action) => (
                <li class={`poster-item status-${action.status}`}>
                  <p class="poster-said">{action.said}</p>
                  <p class="poster-did">{action.did}</p>
                  <p class="poster-status">{STATUS_FOR_CHILDREN[action.status]}</p>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <footer class="poster-footer">
          Thank you for telling us. Keep telling us: ask your worker for the code.
        </footer>
      </article>
    </>
  );
}
