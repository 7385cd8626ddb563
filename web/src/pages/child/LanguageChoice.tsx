/**
 * The child picks the language of the survey's words, each language named in its own script
 * and marked with its `lang`, so a screen reader says it in the right voice.
 */
import { isRightToLeft, ownName } from "@chorus/core/survey/languages";
import { For } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";

export function LanguageChoice(props: {
  languages: string[];
  onChoose: (language: string) => void;
  onBack: () => void;
}) {
  return (
    <section class="languages" aria-labelledby="language-title">
      <h1 id="language-title" tabindex="-1" ref={focusOnMount}>
        Choose your language
      </h1>
      <ul class="language-buttons">
        <For each={props.languages}>
          {(code) => (
            <li>
              <button
                type="button"
                class="btn choice-button"
                lang={code}
                dir={isRightToLeft(code) ? "rtl" : undefined}
                onClick={() => props.onChoose(code)}
              >
                {ownName(code)}
              </button>
            </li>
          )}
        </For>
      </ul>
      <div class="step-nav">
        <button type="button" class="btn back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> Back
        </button>
      </div>
    </section>
  );
}
