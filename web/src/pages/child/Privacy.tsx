/**
 * What happens to a child's answers, said plainly before the first question, with someone to
 * call in reach (HelpLines.tsx). The words fit the child's age band: a few short lines for 4 to 7, simple
 * ones for 8 to 11, and for teenagers and care leavers who reads the answers and what anonymous
 * means. Surveys are anonymous (no name, nothing about the device is kept), so every band says so.
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { HelpLines } from "./HelpLines";
import { ReadAloud, SpeechProblem } from "./ReadAloud";
import { type Line, useWords, useWordsLanguage, type Words } from "./words";

/** What the screen promises, in words for the band; 8 to 11 when the band is not known. */
export function promisesFor(words: Words, band: AgeBand | undefined): Line[] {
  if (band === "4-7") return words.promisesYoungest;
  if (band === "12-17" || band === "16-25") return words.promisesOldest;
  return words.promisesMiddle;
}

export function Privacy(props: {
  title: string;
  intro?: string;
  language: string;
  band?: AgeBand;
  onStart: () => void;
  onBack?: () => void;
}) {
  const w = useWords();
  const lang = useWordsLanguage();
  const promises = () => promisesFor(w(), props.band);
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
        <h2>{w().beforeYouStart}</h2>
        <ReadAloud
          text={promises()
            .map((p) => `${p.bold ?? ""} ${p.rest}`.trim())
            .join(" ")}
          lang={lang()}
          label={w().readThis}
        />
      </div>
      <SpeechProblem />
      <ul class="promises">
        <For each={promises()}>
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
      <HelpLines band={props.band} />
      <div class="step-nav">
        <Show when={props.onBack} fallback={<span />}>
          {(back) => (
            <button type="button" class="btn back" onClick={back()}>
              <span aria-hidden="true">←</span> {w().back}
            </button>
          )}
        </Show>
        <span />
        <button type="button" class="btn primary next" onClick={props.onStart}>
          {w().start} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}

/** Free, confidential help for children, any time, where no age band is known (the kiosk). */
export function Childline() {
  return <HelpLines />;
}

export { ChildlineNumber } from "./HelpLines";

/** Shown when a draft kept on this tablet was picked up again (see draft.ts). */
export function ResumeBanner(props: { onStartAgain: () => void }) {
  const w = useWords();
  return (
    <div class="resume" role="status">
      <p>
        <strong>{w().welcomeBack}</strong> — {w().carryOn}
      </p>
      <button type="button" class="btn quiet start-again" onClick={props.onStartAgain}>
        {w().startAgain}
      </button>
    </div>
  );
}
