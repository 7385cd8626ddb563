/**
 * One question per screen: progress, the question as the screen's heading (focused on arrival so
 * a screen reader reads it first), the answer controls, and Back / Skip / Next.
 */
import "./question.css";
import "./bands.css";
import { pick } from "@chorus/core/survey/parts";
import type { AgeBand, AnswerValue, Question } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { AnswerInput } from "./AnswerInput";
import type { Position } from "./progress";
import { ReadAloud, SpeechProblem, speakOnTap } from "./ReadAloud";
import { useWords } from "./words";

export type QuestionScreenProps = {
  question: Question;
  /** The child's age band: 4 to 7 get fewer words on screen and speech on tap. */
  band?: AgeBand;
  language: string;
  /** Words missing in `language` fall back to this one (the survey's default). */
  fallback: string;
  /** Where this screen is among the questions (see progress.ts). */
  position: Position;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  onBack: () => void;
  onSkip: () => void;
  onNext: () => void;
};

// More dots than this stop reading as a count; a plain track says "how far" without numbers.
const MAX_DOTS = 20;

export function QuestionScreen(props: QuestionScreenProps) {
  const t = (text: Question["prompt"] | undefined) => pick(text, props.language, props.fallback);
  const w = useWords();
  const headingId = () => `q-${props.question.id}`;
  const helpId = () => (props.question.help ? `q-${props.question.id}-help` : undefined);
  const isLast = () => props.position.last;
  const isInfo = () => props.question.type === "info";
  const young = () => props.band === "4-7";
  // For the youngest the help is not on screen but read with the question; screen readers
  // still get it as the question's description.
  const spoken = () =>
    [t(props.question.readAloud) || t(props.question.prompt), young() && t(props.question.help)]
      .filter(Boolean)
      .join(" ");

  // The officer's recording of the question, if there is one, plays in place of the voice.
  const said = () => `q.${props.question.id}.prompt`;

  return (
    <section class="question" aria-labelledby={headingId()}>
      <Progress {...props.position} />
      <div lang={props.language}>
        <div class="with-speaker">
          <h1
            id={headingId()}
            class="prompt"
            tabindex="-1"
            ref={focusOnMount}
            onPointerUp={(event) => young() && speakOnTap(event, spoken(), props.language, said())}
          >
            {t(props.question.prompt)}
          </h1>
          {/* A survey may give fuller words for reading aloud, e.g. with the choices spelt out. */}
          <ReadAloud
            text={spoken()}
            lang={props.language}
            label={w().readQuestion}
            recording={said()}
          />
        </div>
        <Show when={helpId()}>
          <div class="with-speaker">
            <p id={helpId()} class={young() ? "help sr-only" : "help"}>
              {t(props.question.help)}
            </p>
            <Show when={!young()}>
              <ReadAloud text={t(props.question.help)} lang={props.language} label={w().readHelp} />
            </Show>
          </div>
        </Show>
        <SpeechProblem />
        <AnswerInput
          question={props.question}
          t={t}
          lang={props.language}
          speakOnTap={young()}
          labelledBy={headingId()}
          describedBy={helpId()}
          value={props.value}
          onChange={props.onChange}
        />
      </div>
      <nav class="step-nav" aria-label={w().questionsNav}>
        <button type="button" class="btn back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {w().back}
        </button>
        {/* An information screen has nothing to skip: it only ever goes on. */}
        <Show when={!isInfo()}>
          <button type="button" class="btn quiet skip" onClick={props.onSkip}>
            {w().skip}
          </button>
        </Show>
        <Show when={isInfo() || props.value !== undefined}>
          <button type="button" class="btn primary next" onClick={props.onNext}>
            {isLast() ? w().finish : w().next} <span aria-hidden="true">→</span>
          </button>
        </Show>
      </nav>
    </section>
  );
}

function Progress(props: Position) {
  const w = useWords();
  return (
    <div class="progress">
      {/* An information screen is not a question, so it is not numbered as one. */}
      <Show when={props.number}>
        {(number) => <p class="progress-text">{w().questionOf(number(), props.total)}</p>}
      </Show>
      <Show
        when={props.total <= MAX_DOTS}
        fallback={
          <div class="track" aria-hidden="true">
            <span style={{ width: `${((props.number ?? 0) / props.total) * 100}%` }} />
          </div>
        }
      >
        <ol class="dots" aria-hidden="true">
          <For each={props.answered}>
            {(done, i) => <li classList={{ done, current: i() + 1 === props.number }} />}
          </For>
        </ol>
      </Show>
    </div>
  );
}
