/** One theme: its controlled count, the words that put answers in it, quotes and its answers. */
import { pick } from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { describeError } from "../../../ui/errors";
import { Spinner } from "../../../ui/Feedback";
import { createLoad } from "../../../ui/load";
import { CandidateCard } from "./CandidateCard";
import { MoveControl } from "./MoveControl";
import { Redacted } from "./Redacted";
import { countWords, type Filters, type ThemesView, type ThemeWork, themesApi } from "./themesApi";

export function ThemePanel(props: {
  surveyId: string;
  theme: ThemeWork;
  view: ThemesView;
  filters: Filters;
  onChanged: (what: string, themeId: string) => void;
}) {
  const t = () => props.theme;
  const slotLabel = (slot: string) =>
    props.view.slots.find((found) => found.id === slot)?.label ?? slot;
  const headingId = () => `theme-${t().id}`;
  return (
    <section class="panel theme" aria-labelledby={headingId()}>
      <h3 id={headingId()} tabindex="-1">
        {pick(t().label, "en", "en")} <span class="count">{countWords(t().count)}</span>
      </h3>
      <Show when={t().words.length > 0}>
        <p class="words">
          <span>Words that put answers here:</span>{" "}
          <For each={t().words}>{(word) => <span class="chip">{word}</span>}</For>
        </p>
      </Show>
      <p class="muted small">Found in: {t().slots.map(slotLabel).join("; ")}</p>

      <h4>Quotes</h4>
      <Show
        when={t().quotable}
        fallback={
          <p class="muted">
            Quotes are offered once a theme has 8 answers or more, so no child can be recognised.
          </p>
        }
      >
        <Show
          when={t().candidates.length > 0}
          fallback={<p class="muted">No more answers to offer as quotes.</p>}
        >
          <ul class="candidates">
            <For each={t().candidates}>
              {(candidate) => (
                <CandidateCard
                  surveyId={props.surveyId}
                  candidate={candidate}
                  slotLabel={slotLabel(candidate.slot)}
                  choices={props.view.choices}
                  onDecided={(what) => props.onChanged(what, t().id)}
                />
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={t().approved.length > 0}>
        <h4>Approved for leaders</h4>
        <ul class="approved">
          <For each={t().approved}>
            {(quote) => (
              <li>
                <blockquote>
                  <Redacted text={quote.text} />
                </blockquote>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Answers
        surveyId={props.surveyId}
        theme={t()}
        view={props.view}
        filters={props.filters}
        onMoved={(what) => props.onChanged(what, t().id)}
      />
    </section>
  );
}

/** Every answer in the theme (redacted), opened on demand, each with a way to move it. */
function Answers(props: {
  surveyId: string;
  theme: ThemeWork;
  view: ThemesView;
  filters: Filters;
  onMoved: (what: string) => void;
}) {
  const [open, setOpen] = createSignal(false);
  return (
    <details class="answers" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>All answers in this theme</summary>
      <Show when={open()}>
        <AnswerList {...props} />
      </Show>
    </details>
  );
}

function AnswerList(props: {
  surveyId: string;
  theme: ThemeWork;
  view: ThemesView;
  filters: Filters;
  onMoved: (what: string) => void;
}) {
  const load = createLoad(
    () => ({ themeId: props.theme.id, filters: props.filters }),
    (key) => themesApi.answers(props.surveyId, key.themeId, key.filters),
  );
  return (
    <>
      <Show when={load.loading() && !load.data()}>
        <Spinner label="Reading the answers…" />
      </Show>
      <Show when={load.error()}>{(error) => <p role="alert">{describeError(error())}</p>}</Show>
      <Show when={load.data()}>
        {(data) => (
          <ol class="answer-list">
            <For each={data().answers}>
              {(answer, index) => (
                <li>
                  <p>
                    <Redacted text={answer.text} />
                  </p>
                  <MoveControl
                    surveyId={props.surveyId}
                    responseId={answer.responseId}
                    slot={answer.slot}
                    from={props.theme.id}
                    choices={props.view.choices}
                    idPrefix={`ans-${props.theme.id}-${index()}`}
                    // The screen reloads; this list follows with the theme's new numbers.
                    onMoved={() => props.onMoved("Answer moved. The counts now follow.")}
                  />
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </>
  );
}
