/**
 * The survey as a child will see it, drawn by the child's own screen components in a phone or
 * tablet frame, for a chosen age band and language. It follows the question being edited. The
 * frame is inert: the child's screens move focus to their heading, and here that would pull
 * the officer out of the field they are typing in.
 */
import "../child/child.css";
import { isRightToLeft, ownName } from "@chorus/core/survey/languages";
import { isHiddenForBand, questionForBand } from "@chorus/core/survey/logic";
import { type AgeBand, allQuestions } from "@chorus/core/survey/schema";
import { createMemo, createSignal, For, Show } from "solid-js";
import { positionOf } from "../child/progress";
import { QuestionScreen } from "../child/QuestionScreen";
import { bandName, englishName } from "./SurveyDetails";
import type { Workspace } from "./workspace";

const FRAMES = { phone: 390, tablet: 768 } as const;
type Frame = keyof typeof FRAMES;

export function Preview(props: { ws: Workspace }) {
  const ws = props.ws;
  const [frame, setFrame] = createSignal<Frame>("phone");
  const [band, setBand] = createSignal<AgeBand>();
  const [language, setLanguage] = createSignal<string>();
  const lang = () =>
    language() && ws.survey.languages.includes(language()!)
      ? language()!
      : ws.survey.defaultLanguage;
  const currentBand = () => {
    const chosen = band();
    return chosen && ws.survey.ageBands.includes(chosen) ? chosen : ws.survey.ageBands[0];
  };
  // Every question the band can meet, show-if rules aside: the officer wants to see the
  // branches too, not only what a child who has answered nothing would see.
  const questions = createMemo(() =>
    allQuestions(ws.survey).filter((q) => !isHiddenForBand(q, currentBand())),
  );
  const [index, setIndex] = createSignal(0);
  const position = createMemo(() => {
    const picked = questions().findIndex((q) => q.id === ws.selected());
    return picked >= 0 ? picked : Math.min(index(), Math.max(0, questions().length - 1));
  });
  const go = (delta: number) => {
    const next = Math.max(0, Math.min(questions().length - 1, position() + delta));
    ws.setSelected(undefined);
    setIndex(next);
  };
  const question = () => questions()[position()];

  return (
    <aside class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div class="preview-controls">
        <fieldset class="inline-choices">
          <legend>Screen</legend>
          <For each={Object.keys(FRAMES) as Frame[]}>
            {(name) => (
              <label class="check">
                <input
                  type="radio"
                  name="preview-frame"
                  checked={frame() === name}
                  onChange={() => setFrame(name)}
                />
                <span>{name === "phone" ? "Phone" : "Tablet"}</span>
              </label>
            )}
          </For>
        </fieldset>
        <div class="text-field">
          <label class="field" for="preview-band">
            Age band
          </label>
          <select
            id="preview-band"
            class="text"
            value={currentBand()}
            onChange={(e) => setBand(e.currentTarget.value as AgeBand)}
          >
            <For each={ws.survey.ageBands}>{(b) => <option value={b}>{bandName(b)}</option>}</For>
          </select>
        </div>
        <div class="text-field">
          <label class="field" for="preview-language">
            Language
          </label>
          <select
            id="preview-language"
            class="text"
            value={lang()}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          >
            <For each={ws.survey.languages}>
              {(code) => <option value={code}>{`${englishName(code)} (${ownName(code)})`}</option>}
            </For>
          </select>
        </div>
      </div>
      <div class="preview-nav">
        <button type="button" class="btn" onClick={() => go(-1)} aria-disabled={position() === 0}>
          Previous
        </button>
        <span>
          {questions().length > 0
            ? `${position() + 1} of ${questions().length}`
            : "No questions for this band"}
        </span>
        <button
          type="button"
          class="btn"
          onClick={() => go(1)}
          aria-disabled={position() >= questions().length - 1}
        >
          Next
        </button>
      </div>
      <div class={`device ${frame()}`} data-testid="preview-frame">
        <div
          // The band's class gives the preview the child's age-adapted layout.
          class={`child page narrow band-${currentBand()}`}
          inert
          dir={isRightToLeft(lang()) ? "rtl" : undefined}
          lang={lang()}
        >
          <Show when={question()}>
            {(current) => (
              <QuestionScreen
                question={questionForBand(current(), currentBand())}
                band={currentBand()}
                language={lang()}
                fallback={ws.survey.defaultLanguage}
                position={positionOf(questions(), position(), () => false)}
                value={undefined}
                onChange={() => {}}
                onBack={() => {}}
                onSkip={() => {}}
                onNext={() => {}}
              />
            )}
          </Show>
        </div>
      </div>
    </aside>
  );
}
