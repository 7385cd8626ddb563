/**
 * The child picks the language of the survey's words, each language named in its own script
 * and marked with its `lang`, so a screen reader says it in the right voice. The child has not
 * chosen yet, so the screen's own words ("Choose your language", "Back") are said in every
 * language offered, each from that language's word table (words*.ts): a language added with a
 * table brings its own words here, with nothing to change on this screen.
 */
import { isRightToLeft, ownName } from "@chorus/core/survey/languages";
import { For } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { inEachLanguage, type Words } from "./words";

/** The words in each language, each piece marked with its own language and direction. */
function Said(props: { languages: string[]; key: keyof Words; class?: string; between?: string }) {
  return (
    <For each={inEachLanguage(props.languages, props.key)}>
      {(said, i) => (
        <>
          {props.between && i() > 0 ? props.between : null}
          <span class={props.class} lang={said.lang} dir={isRightToLeft(said.lang) ? "rtl" : "ltr"}>
            {said.text}
          </span>
        </>
      )}
    </For>
  );
}

export function LanguageChoice(props: {
  languages: string[];
  onChoose: (language: string) => void;
  onBack: () => void;
}) {
  return (
    <section class="languages" aria-labelledby="language-title">
      <h1 id="language-title" class="in-each-language" tabindex="-1" ref={focusOnMount}>
        <Said languages={props.languages} key="chooseLanguage" class="said" />
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
          <span aria-hidden="true">←</span>{" "}
          <Said languages={props.languages} key="back" between=" / " />
        </button>
      </div>
    </section>
  );
}
