/**
 * When a survey is for several age bands and the code does not say which, the child picks
 * theirs from pictures, each with its words, so a child who cannot read yet can still choose.
 * The pictures are drawn here (no downloads on a child's tablet) and are only decoration: the
 * words name each choice, for screen readers and for everyone else.
 */
import "./question.css";
import "./bands.css";
import type { AgeBand } from "@chorus/core/survey/schema";
import { For, type JSX, Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { ReadAloud, SpeechProblem } from "./ReadAloud";
import { bandWords, useWords, useWordsLanguage } from "./words";

export function BandChoice(props: {
  bands: AgeBand[];
  value: AgeBand | undefined;
  onChoose: (band: AgeBand) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const w = useWords();
  const lang = useWordsLanguage();
  return (
    <section class="bands" aria-labelledby="band-title">
      <div class="with-speaker">
        <h1 id="band-title" tabindex="-1" ref={focusOnMount}>
          {w().howOld}
        </h1>
        <ReadAloud text={w().howOld} lang={lang()} label={w().readQuestion} />
      </div>
      <SpeechProblem />
      <div role="radiogroup" aria-labelledby="band-title" class="choices band-tiles">
        <For each={props.bands}>
          {(band) => (
            <div class="choice-wrap">
              <label class="choice">
                <input
                  type="radio"
                  name="age-band"
                  value={band}
                  checked={props.value === band}
                  onChange={() => props.onChoose(band)}
                />
                <span class="choice-body">
                  <BandPicture band={band} />
                  <span class="choice-label">{bandWords(w(), band).label}</span>
                  <span class="tick" aria-hidden="true">
                    ✓
                  </span>
                </span>
              </label>
              <ReadAloud
                text={bandWords(w(), band).spoken}
                lang={lang()}
                label={w().readWords(bandWords(w(), band).label)}
              />
            </div>
          )}
        </For>
      </div>
      <nav class="step-nav" aria-label={w().stepsNav}>
        <button type="button" class="btn back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {w().back}
        </button>
        <span />
        <Show when={props.value}>
          <button type="button" class="btn primary next" onClick={props.onNext}>
            {w().next} <span aria-hidden="true">→</span>
          </button>
        </Show>
      </nav>
    </section>
  );
}

// Figures grow with the band, each holding something of that age: a balloon, a school bag,
// headphones, a door key for a first home of one's own.
const FIGURES: Record<AgeBand, { scale: number; fill: string; extra: () => JSX.Element }> = {
  "4-7": {
    scale: 0.62,
    fill: "#f7c6a3",
    extra: () => (
      <>
        <path d="M47 54 L52 24" stroke="currentColor" stroke-width="1.5" fill="none" />
        <ellipse cx="53" cy="17" rx="7" ry="8.5" fill="#e8736b" stroke="currentColor" />
      </>
    ),
  },
  "8-11": {
    scale: 0.76,
    fill: "#a9d3e3",
    extra: () => (
      <rect x="17" y="40" width="9" height="17" rx="3" fill="#f2c14e" stroke="currentColor" />
    ),
  },
  "12-17": {
    scale: 0.9,
    fill: "#b7d7a8",
    extra: () => (
      <>
        <path
          d="M21.5 23 a10.5 10.5 0 0 1 21 0"
          fill="none"
          stroke="currentColor"
          stroke-width="2.5"
        />
        <rect x="19" y="20" width="5" height="8" rx="2" fill="#3d4a5c" />
        <rect x="40" y="20" width="5" height="8" rx="2" fill="#3d4a5c" />
      </>
    ),
  },
  "16-25": {
    scale: 1,
    fill: "#d3c1e5",
    extra: () => (
      <>
        <circle cx="50" cy="53" r="3.5" fill="#f2c14e" stroke="currentColor" />
        <path d="M53.5 53 h7 m-2 0 v3" stroke="currentColor" stroke-width="2" fill="none" />
      </>
    ),
  },
};

function BandPicture(props: { band: AgeBand }) {
  const figure = () => FIGURES[props.band];
  // Scaled from the feet, so every figure stands on the same ground line.
  const transform = () => `translate(32 78) scale(${figure().scale}) translate(-32 -78)`;
  return (
    <svg class="band-picture" viewBox="2 8 62 72" aria-hidden="true">
      <path d="M4 78 H60" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      <g transform={transform()}>
        <circle cx="32" cy="22" r="9" fill="#ffe0bd" stroke="currentColor" stroke-width="2" />
        <path
          d="M22 60 V44 a10 10 0 0 1 20 0 V60 Z"
          fill={figure().fill}
          stroke="currentColor"
          stroke-width="2"
        />
        <path
          d="M27 60 V77 M37 60 V77 M22 45 L15 56 M42 45 L48 55"
          stroke="currentColor"
          stroke-width="3"
          stroke-linecap="round"
        />
        {figure().extra()}
      </g>
    </svg>
  );
}
