/**
 * Translating inside the studio: the survey's own words on the left, one language on the right,
 * a box for every string, and how many are still missing. Each box writes through the draft's
 * autosave like any other edit, so a half-finished translation is kept and nothing is sent twice.
 */
import { isRightToLeft, ownName } from "@chorus/core/survey/languages";
import type { SurveyVersion } from "@chorus/core/survey/schema";
import {
  setTranslation,
  stringSlots,
  surveyLanguages,
  translationReport,
} from "@chorus/core/survey/translation";
import { createMemo, createSignal, Index, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { RecordingField, recordable } from "./RecordingField";
import { englishName } from "./SurveyDetails";
import { saveFile, studio } from "./studioApi";
import { isUnreviewed, NotCheckedTag } from "./Unreviewed";
import type { Workspace } from "./workspace";

/** What a string is, in words: "Answer option", "Help for ages 8–11". */
export function stringKind(key: string): string {
  const parts = key.split(".");
  if (key === "title") return "Survey title";
  if (key === "intro") return "Introduction";
  if (parts[0] === "page") return "Page title";
  const field = parts[2];
  if (field === "band") {
    const ages = parts[3]?.replace("-", "–");
    return parts[4] === "help" ? `Help for ages ${ages}` : `Question for ages ${ages}`;
  }
  return (
    {
      prompt: "Question",
      help: "Help text",
      readAloud: "Words read aloud",
      option: "Answer option",
      minLabel: "Scale: the low end",
      maxLabel: "Scale: the high end",
    }[field ?? ""] ?? key
  );
}

const dirOf = (language: string) => (isRightToLeft(language) ? "rtl" : "ltr");

/** "12 of 80 strings missing in Polish", or that it is complete. */
export function missingWords(missing: number, total: number, language: string): string {
  const name = englishName(language);
  return missing === 0
    ? `${name} is complete: all ${total} strings translated.`
    : `${missing} of ${total} ${total === 1 ? "string" : "strings"} still missing in ${name}.`;
}

export function TranslationEditor(props: { ws: Workspace }) {
  const ws = props.ws;
  const source = () => ws.survey.defaultLanguage;
  const targets = () => surveyLanguages(ws.survey).filter((code) => code !== source());
  const [chosen, setChosen] = createSignal<string>();
  const language = () => {
    const picked = chosen();
    return picked && targets().includes(picked) ? picked : targets()[0];
  };
  const slots = createMemo(() => stringSlots(ws.survey as SurveyVersion));
  const report = () => translationReport(ws.survey).find((r) => r.language === language());
  const download = createAction(async (code: string) => {
    await ws.flush();
    const file = await studio.stringsCsv(ws.surveyId, code);
    saveFile(file.name, "text/csv;charset=utf-8", `\ufeff${file.csv.replace(/^\ufeff/, "")}`);
  });

  return (
    <section class="panel side-by-side" aria-labelledby="side-title">
      <h2 id="side-title">Translate here</h2>
      <Show
        when={language()}
        fallback={<p>Add a language above, then type its words here beside the survey's own.</p>}
      >
        {(code) => (
          <>
            <div class="side-controls">
              <div class="text-field">
                <label class="field" for="translate-language">
                  Language to translate
                </label>
                <select
                  id="translate-language"
                  class="text"
                  value={code()}
                  onChange={(e) => setChosen(e.currentTarget.value)}
                >
                  <Index each={targets()}>
                    {(target) => (
                      <option value={target()}>
                        {`${englishName(target())} — ${ownName(target())}`}
                      </option>
                    )}
                  </Index>
                </select>
              </div>
              <button
                type="button"
                class="btn"
                aria-disabled={download.busy()}
                onClick={() => void download.run(code())}
              >
                Download CSV for {englishName(code())}
              </button>
            </div>
            <p class="missing-count" role="status">
              <strong>
                {missingWords(report()?.missing.length ?? 0, report()?.total ?? 0, code())}
              </strong>
              <Show when={isUnreviewed(ws, code())}>
                {" "}
                <NotCheckedTag /> Chorus wrote these words and nobody fluent has checked them yet.
                Correct them here; mark them as checked under Languages once someone has.
              </Show>
            </p>
            <Show when={download.error()}>
              {(error) => <Message kind="error">{describeError(error())}</Message>}
            </Show>
            <div class="pair-heads" aria-hidden="true">
              <span>{englishName(source())} (the survey's own words)</span>
              <span>{englishName(code())}</span>
            </div>
            <ol class="pairs">
              <Index each={slots()}>
                {(slot, i) => {
                  const id = () => `tr-${code()}-${i}`;
                  const words = () =>
                    ((slot().holder[slot().field] as Record<string, string>)[code()] ??
                      "") as string;
                  const original = () =>
                    (slot().holder[slot().field] as Record<string, string>)[source()] ?? "";
                  return (
                    <li class="pair" classList={{ missing: words() === "" }}>
                      <div class="pair-source">
                        <p class="pair-kind">{stringKind(slot().key)}</p>
                        <p id={`${id()}-source`} lang={source()} dir={dirOf(source())}>
                          {original()}
                        </p>
                        <Show when={recordable(slot().key)}>
                          <RecordingField
                            ws={ws}
                            slotKey={slot().key}
                            language={source()}
                            id={`${id()}-rec-source`}
                          />
                        </Show>
                      </div>
                      <div class="pair-target">
                        <label class="field" for={id()}>
                          {englishName(code())}: {stringKind(slot().key).toLowerCase()}
                          <Show when={words() === ""}>
                            {" "}
                            <span class="missing-tag">missing</span>
                          </Show>
                        </label>
                        <textarea
                          id={id()}
                          class="text"
                          rows={2}
                          lang={code()}
                          dir={dirOf(code())}
                          value={words()}
                          aria-describedby={`${id()}-source`}
                          onInput={(event) => {
                            const value = event.currentTarget.value;
                            const key = slot().key;
                            ws.change((survey) => void setTranslation(survey, key, code(), value));
                          }}
                        />
                        <Show when={recordable(slot().key)}>
                          <RecordingField
                            ws={ws}
                            slotKey={slot().key}
                            language={code()}
                            id={`${id()}-rec`}
                          />
                        </Show>
                      </div>
                    </li>
                  );
                }}
              </Index>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
