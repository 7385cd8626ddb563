/**
 * The survey's own settings: its name for staff, its title and introduction, its age bands and
 * default language.
 */
import { LANGUAGES } from "@chorus/core/survey/languages";
import { AGE_BANDS, type AgeBand } from "@chorus/core/survey/schema";
import { For } from "solid-js";
import { setText } from "./edit";
import { StaffNameField } from "./StaffNameField";
import { CheckField, WordsField } from "./Words";
import type { Workspace } from "./workspace";

export const bandName = (band: string) =>
  `${band.replace("-", "–")}${band === "16-25" ? " (care leavers)" : ""}`;
export const englishName = (code: string) =>
  LANGUAGES.find((l) => l.code === code)?.english ?? code;

export function SurveyDetails(props: { ws: Workspace }) {
  const ws = props.ws;
  const lang = () => ws.survey.defaultLanguage;
  const toggleBand = (band: AgeBand, on: boolean) =>
    ws.change((survey) => {
      const bands = new Set(survey.ageBands);
      if (on) bands.add(band);
      else bands.delete(band);
      // Kept in the schema's order so the list reads the same however it was built.
      survey.ageBands = AGE_BANDS.filter((b) => bands.has(b));
    });
  return (
    <section class="panel details" aria-labelledby="details-title">
      <h2 id="details-title">About this survey</h2>
      <StaffNameField ws={ws} />
      <WordsField
        label="Title"
        hint="Children see this first."
        lang={lang()}
        value={ws.survey.title[lang()] ?? ""}
        errors={ws.issues("title")}
        onInput={(words) =>
          ws.change((s) => setText(s as never, "title", s.defaultLanguage, words, true))
        }
      />
      <WordsField
        label="Introduction"
        multiline
        lang={lang()}
        value={ws.survey.intro?.[lang()] ?? ""}
        errors={ws.issues("intro")}
        onInput={(words) =>
          ws.change((s) => setText(s as never, "intro", s.defaultLanguage, words))
        }
      />
      <fieldset class="bands">
        <legend>Age bands</legend>
        <For each={AGE_BANDS}>
          {(band) => (
            <CheckField
              label={bandName(band)}
              checked={ws.survey.ageBands.includes(band)}
              onChange={(on) => toggleBand(band, on)}
            />
          )}
        </For>
        <For each={ws.issues("ageBands")}>{(message) => <p class="field-error">{message}</p>}</For>
      </fieldset>
      <div class="text-field">
        <label class="field" for="default-language">
          Default language
        </label>
        <p class="hint" id="default-language-hint">
          The editor shows words in this language. Add languages on the Translations tab.
        </p>
        <select
          id="default-language"
          class="text"
          aria-describedby="default-language-hint"
          value={lang()}
          onChange={(event) => {
            const code = event.currentTarget.value;
            ws.change((s) => {
              s.defaultLanguage = code;
            });
          }}
        >
          <For each={ws.survey.languages}>
            {(code) => <option value={code}>{englishName(code)}</option>}
          </For>
        </select>
      </div>
    </section>
  );
}
