/**
 * Translating a survey: what each language still lacks, the CSV to send to translators, reading
 * their CSV back, adding a language, and typing a language's words beside the survey's own. A
 * child is offered only complete languages.
 */
import { LANGUAGES, ownName } from "@chorus/core/survey/languages";
import { translationReport } from "@chorus/core/survey/translation";
import { createSignal, For, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { ChildWordsStatus } from "./ChildWordsStatus";
import { englishName } from "./SurveyDetails";
import { type StringsResult, saveFile, studio } from "./studioApi";
import { TranslationEditor } from "./TranslationEditor";
import { isUnreviewed, NotCheckedTag, UnreviewedNotice } from "./Unreviewed";
import type { Workspace } from "./workspace";

export function TranslationsTab(props: { ws: Workspace }) {
  const ws = props.ws;
  const [result, setResult] = createSignal<StringsResult>();
  const [adding, setAdding] = createSignal("");

  const download = createAction(async () => {
    await ws.flush();
    const file = await studio.stringsCsv(ws.surveyId);
    // The mark tells spreadsheet programs the file is UTF-8, so Polish and Arabic survive.
    saveFile(file.name, "text/csv;charset=utf-8", `\ufeff${file.csv.replace(/^\ufeff/, "")}`);
  });
  const upload = createAction(async (file: File) => {
    setResult(undefined);
    if (!(await ws.flush()))
      throw new Error("Your latest edits are not saved yet. Fix or wait, then try again.");
    const saved = await studio.strings(ws.surveyId, ws.revision(), await file.text());
    ws.replace(saved);
    setResult(saved);
  });
  const csvProblems = () =>
    ((upload.error()?.issues as { nested?: { csv?: string[] } } | undefined)?.nested?.csv ??
      []) as string[];
  const addable = () => LANGUAGES.filter((l) => !ws.survey.languages.includes(l.code));

  return (
    <div class="translations">
      <section class="panel" aria-labelledby="missing-title">
        <h2 id="missing-title">Languages</h2>
        <p>Children can choose a language only once every string in it is translated.</p>
        <ul class="language-list">
          <For each={translationReport(ws.survey)}>
            {(report) => (
              <li>
                <p>
                  <strong>{englishName(report.language)}</strong>{" "}
                  <span lang={report.language}>({ownName(report.language)})</span>:{" "}
                  {report.missing.length === 0
                    ? `complete, ${report.total} strings`
                    : `${report.missing.length} of ${report.total} strings missing`}
                  <Show when={isUnreviewed(ws, report.language)}>
                    {" "}
                    <NotCheckedTag />
                  </Show>
                </p>
                <ChildWordsStatus language={report.language} />
                <UnreviewedNotice ws={ws} language={report.language} />
                <Show when={report.missing.length > 0}>
                  <details>
                    <summary>Show the missing keys for {englishName(report.language)}</summary>
                    <ul class="keys">
                      <For each={report.missing}>
                        {(key) => (
                          <li>
                            <code>{key}</code>
                          </li>
                        )}
                      </For>
                    </ul>
                  </details>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <div class="add-question">
          <label class="field" for="add-language">
            Add a language
          </label>
          <select
            id="add-language"
            class="text"
            value={adding()}
            onChange={(e) => setAdding(e.currentTarget.value)}
          >
            <option value="">Choose a language</option>
            <For each={addable()}>
              {(language) => (
                <option value={language.code}>{`${language.english} — ${language.own}`}</option>
              )}
            </For>
          </select>
          <button
            type="button"
            class="btn"
            onClick={() => {
              const code = adding();
              if (!code) return;
              ws.change((survey) => void survey.languages.push(code));
              setAdding("");
            }}
          >
            Add language
          </button>
        </div>
      </section>
      <TranslationEditor ws={ws} />
      <section class="panel" aria-labelledby="csv-title">
        <h2 id="csv-title">Work with translators</h2>
        <ol>
          <li>Download the CSV. It has a row for every string and a column for every language.</li>
          <li>
            Translators fill in their column. To add a language, add a column headed with its code
            (for example <code>pl</code>).
          </li>
          <li>
            Upload the file. An empty cell removes that translation; nothing changes if the file has
            a problem.
          </li>
        </ol>
        <div class="actions">
          <button
            type="button"
            class="btn primary"
            onClick={() => void download.run()}
            aria-disabled={download.busy()}
          >
            Download CSV for translators
          </button>
          <label class="btn file-button">
            Upload translated CSV
            <input
              type="file"
              accept=".csv,text/csv"
              class="sr-only"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = "";
                if (file) void upload.run(file);
              }}
            />
          </label>
          <Show when={download.busy() || upload.busy()}>
            <Spinner label={upload.busy() ? "Reading the file…" : "Preparing the CSV…"} inline />
          </Show>
        </div>
        <Show when={download.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
        <Show when={upload.error()}>
          {(error) => (
            <Message kind="error" title="The file was not read in. Nothing was changed.">
              <Show when={csvProblems().length > 0} fallback={<p>{describeError(error())}</p>}>
                <ul>
                  <For each={csvProblems()}>{(problem) => <li>{problem}</li>}</For>
                </ul>
              </Show>
            </Message>
          )}
        </Show>
        <Show when={result()}>
          {(done) => (
            <Message kind="success" title="Translations read in">
              <p>
                {done().changed.length} {done().changed.length === 1 ? "string" : "strings"}{" "}
                changed.
                <Show when={done().added.length > 0}>
                  {" "}
                  Languages added: {done().added.map(englishName).join(", ")}.
                </Show>
              </p>
            </Message>
          )}
        </Show>
      </section>
    </div>
  );
}
