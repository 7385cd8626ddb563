/**
 * The organisation's own safeguarding settings: how soon an alert must be acknowledged, and
 * phrases of its own (per language) that raise an alert beside Chorus's word lists. Below, a box
 * to try a sentence and see whether it would raise an alert and which words matched.
 */
import { createSignal, For, Show } from "solid-js";
import { api, request } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, setTitle } from "../../ui/Feedback";
import { StatusLine, uniqueId } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import { expireOn, Loaded } from "../admin/Loaded";
import { NumberField, WordsField } from "../studio/Words";
import { FieldError, messages } from "./fields";
import type { SafeguardingProps } from "./SafeguardingApp";
import type { Phrase, Screened, Settings, Severity } from "./types";
import { highlightAt } from "./words";

/** Languages with a full disclosure word list; other languages' free text is always read. */
export const SCREENED_LANGUAGES = [
  { code: "en", name: "English" },
  { code: "pl", name: "Polish" },
  { code: "ar", name: "Arabic" },
];

const SETTINGS = "/api/safeguarding/settings";

export function SettingsPage(props: SafeguardingProps) {
  setTitle("Due times and phrases", "Safeguarding");
  const load = createLoad(
    () => props.me.orgId,
    () => api.get<Settings>(SETTINGS),
  );
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Due times and phrases
      </h1>
      <p class="lede">
        How soon someone at {props.me.orgName} must pick up a new alert, and words of your own that
        should raise one. Changes apply to alerts raised from now on.
      </p>
      <Show
        when={load.error()?.status !== 404}
        fallback={
          <Message kind="info" title="Settings can't be changed here yet">
            This Chorus uses the defaults: urgent alerts are due within 1 hour, concerns within 1
            working day, and only Chorus's own word lists are used.
          </Message>
        }
      >
        <Loaded load={load} loading="Loading the settings…" expired={props.expired}>
          {(settings) => <SettingsForm settings={settings()} expired={props.expired} />}
        </Loaded>
      </Show>
      <TrySentence expired={props.expired} />
    </>
  );
}

type Row = { key: string; language: string; phrase: string; severity: Severity };

const toRow = (phrase: Phrase): Row => ({
  key: phrase.id ?? uniqueId("phrase"),
  language: phrase.language,
  phrase: phrase.phrase,
  severity: phrase.severity,
});

/** What the form would save, and what is wrong with it before it is sent. */
export function checkSettings(
  urgentHours: number | undefined,
  concernWorkingDays: number | undefined,
  rows: Row[],
) {
  const problems: Record<string, string> = {};
  if (urgentHours === undefined || urgentHours < 1 || urgentHours > 72) {
    problems.urgentHours = "Use a whole number of hours from 1 to 72.";
  }
  if (concernWorkingDays === undefined || concernWorkingDays < 1 || concernWorkingDays > 10) {
    problems.concernWorkingDays = "Use a whole number of working days from 1 to 10.";
  }
  const phrases = rows
    .map((row) => ({ language: row.language, phrase: row.phrase.trim(), severity: row.severity }))
    .filter((row) => row.phrase !== "");
  rows.forEach((row, index) => {
    const length = row.phrase.trim().length;
    if (length > 0 && (length < 2 || length > 80)) {
      problems[`phrase-${index}`] = "A phrase is 2 to 80 characters long.";
    }
  });
  if (phrases.length > 200) problems.phrases = "Up to 200 phrases can be added.";
  return { problems, body: { urgentHours, concernWorkingDays, phrases } };
}

function SettingsForm(props: { settings: Settings; expired: () => void }) {
  const id = uniqueId("settings");
  const [urgent, setUrgent] = createSignal<number | undefined>(props.settings.urgentHours);
  const [concern, setConcern] = createSignal<number | undefined>(props.settings.concernWorkingDays);
  const [rows, setRows] = createSignal<Row[]>(props.settings.phrases.map(toRow));
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const [saved, setSaved] = createSignal<string>();
  const save = createAction(async (body: ReturnType<typeof checkSettings>["body"]) => {
    const next = await request<Settings>("PUT", SETTINGS, body);
    setRows(next.phrases.map(toRow));
    setUrgent(next.urgentHours);
    setConcern(next.concernWorkingDays);
    setSaved(
      `Saved. ${next.phrases.length} phrase${next.phrases.length === 1 ? "" : "s"} of your own.`,
    );
  });
  expireOn(save.error, props.expired);

  const edit = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  let list: HTMLOListElement | undefined;
  const addRow = () => {
    setRows((all) => [
      ...all,
      { key: uniqueId("phrase"), language: "en", phrase: "", severity: "concern" },
    ]);
    // The new row's phrase box, so typing can start at once.
    list?.querySelector<HTMLInputElement>("li:last-child input[type=text]")?.focus();
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const { problems: found, body } = checkSettings(urgent(), concern(), rows());
    setProblems(found);
    if (Object.keys(found).length > 0) {
      (event.currentTarget as HTMLFormElement)
        .querySelector<HTMLElement>("[aria-invalid=true]")
        ?.focus();
      return;
    }
    void save.run(body);
  };
  const issues = () => ({ ...fieldIssues(save.error()), ...problems() });
  const general = () => {
    const error = save.error();
    if (!error) return undefined;
    return fieldIssues(error)[""] ?? describeError(error);
  };
  return (
    <form class="card settings" onSubmit={submit} noValidate>
      <h2>Due times</h2>
      <Show when={general()}>{(text) => <Message kind="error">{text()}</Message>}</Show>
      <div class="due-fields">
        <NumberField
          label="Urgent alerts: acknowledge within (hours)"
          hint="Chorus's default is 1 hour."
          value={urgent()}
          min={1}
          max={72}
          errors={messages(issues().urgentHours)}
          onInput={setUrgent}
        />
        <NumberField
          label="Concerns: acknowledge within (working days)"
          hint="Monday to Friday. Chorus's default is 1 working day."
          value={concern()}
          min={1}
          max={10}
          errors={messages(issues().concernWorkingDays)}
          onInput={setConcern}
        />
      </div>
      <h2>Your own phrases</h2>
      <p class="hint">
        Words or phrases that should raise an alert at your organisation, such as local slang or
        names of places. They are used beside Chorus's own word lists, which stay in place.
      </p>
      <Show when={issues().phrases}>{(text) => <p class="field-error">{text()}</p>}</Show>
      <Show when={rows().length > 0} fallback={<p>No phrases of your own yet.</p>}>
        <ol class="phrases" ref={list}>
          <For each={rows()}>
            {(row, index) => {
              const rowId = `${id}-${row.key}`;
              const error = () => issues()[`phrase-${index()}`];
              return (
                <li class="phrase-row">
                  <div>
                    <label class="field" for={`${rowId}-phrase`}>
                      Phrase {index() + 1}
                    </label>
                    <input
                      id={`${rowId}-phrase`}
                      class="text"
                      type="text"
                      value={row.phrase}
                      maxLength={80}
                      lang={row.language}
                      onInput={(event) => edit(row.key, { phrase: event.currentTarget.value })}
                      aria-invalid={error() ? true : undefined}
                      aria-describedby={error() ? `${rowId}-error` : undefined}
                    />
                    <FieldError id={`${rowId}-error`} text={error()} />
                  </div>
                  <div>
                    <label class="field" for={`${rowId}-language`}>
                      Language
                    </label>
                    <select
                      id={`${rowId}-language`}
                      value={row.language}
                      onChange={(event) => edit(row.key, { language: event.currentTarget.value })}
                    >
                      <For each={languagesWith(row.language)}>
                        {(language) => <option value={language.code}>{language.name}</option>}
                      </For>
                    </select>
                  </div>
                  <div>
                    <label class="field" for={`${rowId}-severity`}>
                      Raises
                    </label>
                    <select
                      id={`${rowId}-severity`}
                      value={row.severity}
                      onChange={(event) =>
                        edit(row.key, { severity: event.currentTarget.value as Severity })
                      }
                    >
                      <option value="urgent">An urgent alert</option>
                      <option value="concern">A concern</option>
                    </select>
                  </div>
                  <button
                    type="button"
                    class="btn small"
                    onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
                  >
                    Remove<span class="sr-only"> phrase {index() + 1}</span>
                  </button>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
      <p>
        <button type="button" class="btn small" onClick={addRow}>
          Add a phrase
        </button>
      </p>
      <StatusLine text={saved()} />
      <p>
        <button type="submit" class="btn primary" aria-disabled={save.busy()}>
          {save.busy() ? "Saving…" : "Save settings"}
        </button>
      </p>
    </form>
  );
}

/** The screened languages, and a phrase's own language if it is another one. */
const languagesWith = (code: string) =>
  SCREENED_LANGUAGES.some((language) => language.code === code)
    ? SCREENED_LANGUAGES
    : [...SCREENED_LANGUAGES, { code, name: code }];

/** What Chorus would make of a sentence, with the words that would raise an alert marked. */
function TrySentence(props: { expired: () => void }) {
  const id = uniqueId("try");
  const [language, setLanguage] = createSignal("en");
  const [text, setText] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [result, setResult] = createSignal<{
    text: string;
    language: string;
    screened: Screened;
  }>();
  const check = createAction(async (body: { language: string; text: string }) => {
    const screened = await api.post<Screened>("/api/safeguarding/screen", body);
    setResult({ ...body, screened });
  });
  expireOn(check.error, props.expired);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const words = text().trim();
    if (!words) return setProblem("Write a sentence to try.");
    setProblem(undefined);
    void check.run({ language: language(), text: words });
  };
  const error = () => problem() ?? (check.error() && describeError(check.error()!));
  return (
    <section class="card try" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Try a sentence</h2>
      <p class="hint">
        Write something a child might say to see whether Chorus would raise an alert. Nothing you
        write here is kept.
      </p>
      <form onSubmit={submit} noValidate>
        <label class="field" for={`${id}-language`}>
          Language
        </label>
        <select
          id={`${id}-language`}
          value={language()}
          onChange={(event) => setLanguage(event.currentTarget.value)}
        >
          <For each={SCREENED_LANGUAGES}>
            {(item) => <option value={item.code}>{item.name}</option>}
          </For>
        </select>
        <WordsField
          multiline
          label="Sentence"
          errors={messages(error())}
          value={text()}
          lang={language()}
          onInput={setText}
        />
        <p>
          <button type="submit" class="btn" aria-disabled={check.busy()}>
            {check.busy() ? "Checking…" : "Check"}
          </button>
        </p>
      </form>
      <div role="status" class="try-result">
        <Show when={result()}>{(found) => <Verdict {...found()} />}</Show>
      </div>
    </section>
  );
}

/** The lexicon's categories in plain words; anything new is shown as it comes. */
const CATEGORY_WORDS: Record<string, string> = {
  harm: "harm",
  "physical-abuse": "physical abuse",
  "sexual-abuse": "sexual abuse",
  neglect: "neglect",
  "self-harm": "self-harm or suicide",
  "domestic-abuse": "domestic abuse",
  "criminal-exploitation": "criminal exploitation",
  "forced-marriage": "forced marriage",
  missing: "running away",
  fear: "being scared of someone",
  bullying: "bullying",
  wellbeing: "how they feel",
  organisation: "one of your phrases",
  own: "one of your phrases",
};

export function verdictWords(screened: Screened): string {
  if (!screened.screened) {
    return "Chorus has no word list for this language, so a person would be asked to read it.";
  }
  if (!screened.alert) return "This would not raise an alert.";
  return screened.severity === "urgent"
    ? "This would raise an urgent alert."
    : "This would raise an alert as a concern.";
}

function Verdict(props: { text: string; language: string; screened: Screened }) {
  return (
    <>
      <p class="verdict" classList={{ raises: props.screened.alert }}>
        <strong>{verdictWords(props.screened)}</strong>
      </p>
      <Show when={props.screened.matched.length > 0}>
        <p lang={props.language} class="written">
          <For
            each={highlightAt(
              props.text,
              props.screened.matched.map((m) => m.at),
            )}
          >
            {(run) => (run.mark ? <mark>{run.text}</mark> : run.text)}
          </For>
        </p>
        <p>
          Words that matched:{" "}
          {props.screened.matched
            .map((m) => `“${m.words}” (${CATEGORY_WORDS[m.category] ?? m.category})`)
            .join(", ")}
        </p>
      </Show>
    </>
  );
}
