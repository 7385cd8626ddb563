/**
 * Wording for each of the survey's age bands in place of the question's own, or the question
 * left out for a band. Folded away: most questions need none.
 */
import type { AgeBand, BandWording, Question } from "@chorus/core/survey/schema";
import { For } from "solid-js";
import { setText } from "./edit";
import type { EditQuestion } from "./QuestionCard";
import { bandName } from "./SurveyDetails";
import { CheckField, WordsField } from "./Words";
import type { Workspace } from "./workspace";

export function BandFields(props: { ws: Workspace; question: Question; edit: EditQuestion }) {
  const lang = () => props.ws.survey.defaultLanguage;
  const wording = (band: AgeBand): BandWording => props.question.bands?.[band] ?? {};
  const editBand = (band: AgeBand, change: (wording: BandWording) => void) =>
    props.edit((q) => {
      q.bands ??= {};
      const bands = q.bands;
      bands[band] ??= {};
      const target = bands[band];
      change(target);
      // An empty band entry would only add noise to the file and the CSV.
      if (!target.prompt && !target.help && !target.hidden) delete bands[band];
      if (Object.keys(bands).length === 0) delete q.bands;
    });
  const used = () => Object.keys(props.question.bands ?? {}).length;
  return (
    <details class="more">
      <summary>Wording by age band{used() > 0 ? ` (${used()} set)` : ""}</summary>
      <For each={props.ws.survey.ageBands}>
        {(band) => (
          <fieldset class="band">
            <legend>Ages {bandName(band)}</legend>
            <CheckField
              label="Leave this question out for this band"
              checked={wording(band).hidden === true}
              onChange={(on) =>
                editBand(band, (w) => {
                  if (on) w.hidden = true;
                  else delete w.hidden;
                })
              }
            />
            <WordsField
              label="Question for this band"
              hint="Leave empty to use the question above."
              lang={lang()}
              value={wording(band).prompt?.[lang()] ?? ""}
              onInput={(words) =>
                editBand(band, (w) => setText(w as never, "prompt", lang(), words))
              }
            />
            <WordsField
              label="Help for this band"
              lang={lang()}
              value={wording(band).help?.[lang()] ?? ""}
              onInput={(words) => editBand(band, (w) => setText(w as never, "help", lang(), words))}
            />
          </fieldset>
        )}
      </For>
    </details>
  );
}
