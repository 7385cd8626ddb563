/**
 * What happens to a child's answers, said plainly before the first question, with Childline's
 * number in reach. The words fit the child's age band: a few short lines for 4 to 7, simple
 * ones for 8 to 11, and for teenagers and care leavers who reads the answers and what anonymous
 * means. Surveys are anonymous (no name, nothing about the device is kept), so every band says so.
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { ReadAloud, SpeechProblem } from "./ReadAloud";

type Line = { bold?: string; rest: string };

const YOUNGEST: Line[] = [
  { bold: "We don't ask your name.", rest: "" },
  { rest: "You can skip a question." },
  { rest: "There are no wrong answers." },
  { bold: "Not safe? Tell us.", rest: "A grown-up will help you." },
];

const MIDDLE: Line[] = [
  { bold: "Your answers are private.", rest: "We don't ask for your name." },
  { rest: "You can skip any question, or go back and change an answer." },
  { rest: "There are no right or wrong answers. We want to know what you really think." },
  {
    bold: "If you tell us you are not safe, a worker must act",
    rest: "to help keep you safe. They may need to talk to you or to other people about it.",
  },
];

const OLDEST: Line[] = [
  {
    bold: "Your answers are anonymous.",
    rest: "We don't ask for your name, and nothing about your phone or tablet is kept with them.",
  },
  {
    bold: "Who reads them:",
    rest:
      "the council staff who plan services for young people in care. They see answers from many " +
      "young people together; groups too small to hide who is in them are never shown.",
  },
  { rest: "Skip any question, go back and change an answer, or stop whenever you want." },
  {
    bold: "If what you say suggests you are not safe, a worker must act.",
    rest:
      "A safeguarding worker reads it and may need to talk to you, or to other people, to keep " +
      "you safe.",
  },
];

/** What the screen promises, in words for the band; 8 to 11 when the band is not known. */
export function promisesFor(band: AgeBand | undefined): Line[] {
  if (band === "4-7") return YOUNGEST;
  if (band === "12-17" || band === "16-25") return OLDEST;
  return MIDDLE;
}

export function Privacy(props: {
  title: string;
  intro?: string;
  language: string;
  band?: AgeBand;
  onStart: () => void;
  onBack?: () => void;
}) {
  return (
    <section class="privacy" aria-labelledby="privacy-title">
      <h1 id="privacy-title" tabindex="-1" ref={focusOnMount} lang={props.language}>
        {props.title}
      </h1>
      <Show when={props.intro}>
        <p class="lead" lang={props.language}>
          {props.intro}
        </p>
      </Show>
      <div class="with-speaker">
        <h2>Before you start</h2>
        <ReadAloud
          text={promisesFor(props.band)
            .map((p) => `${p.bold ?? ""} ${p.rest}`.trim())
            .join(" ")}
          lang="en"
          label="Read this aloud"
        />
      </div>
      <SpeechProblem />
      <ul class="promises">
        <For each={promisesFor(props.band)}>
          {(promise) => (
            <li>
              <Show when={promise.bold}>
                <strong>{promise.bold}</strong>{" "}
              </Show>
              {promise.rest}
            </li>
          )}
        </For>
      </ul>
      <Childline />
      <div class="step-nav">
        <Show when={props.onBack} fallback={<span />}>
          {(back) => (
            <button type="button" class="btn back" onClick={back()}>
              <span aria-hidden="true">←</span> Back
            </button>
          )}
        </Show>
        <span />
        <button type="button" class="btn primary next" onClick={props.onStart}>
          Start <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

/** Free, confidential help for children, any time; shown before and after the questions. */
export function Childline() {
  return (
    <aside class="childline" aria-label="Someone to talk to">
      <p>
        Want to talk to someone now? Call <strong>Childline</strong> free on{" "}
        <a href="tel:08001111">0800&nbsp;1111</a>, any time, day or night.
      </p>
    </aside>
  );
}

/** Shown when a draft kept on this tablet was picked up again (see draft.ts). */
export function ResumeBanner(props: { onStartAgain: () => void }) {
  return (
    <div class="resume" role="status">
      <p>
        <strong>Welcome back</strong> — carry on where you left off.
      </p>
      <button type="button" class="btn quiet start-again" onClick={props.onStartAgain}>
        Start again
      </button>
    </div>
  );
}
