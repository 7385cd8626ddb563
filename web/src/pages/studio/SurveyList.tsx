/**
 * The studio's front page: every survey of the organisation with how its hand-out is going (its
 * status, codes, waves, dates and responses, in all and per code), searchable; and the two ways
 * to start a new one: from a template, or from a JSON file exported elsewhere.
 */
import { pick } from "@chorus/core/survey/schema";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { navigate } from "../../router";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import "./dashboard.css";
import { newSurveyId } from "./ids";
import { StatusBadge } from "./StatusBadge";
import { type SurveyDashboard, studio } from "./studioApi";
import { TemplatePicker } from "./TemplatePicker";

type Line = SurveyDashboard;
type CodeLine = Line["codes"][number];

/** "3 March 2027" from a day or a timestamp. */
export function dayName(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

export const responsesIn = (n: number) => (n === 1 ? "1 response" : `${n} responses`);

/** Whether a code lets children in now, in words. */
export function codeState(code: CodeLine, now = new Date()): string {
  if (code.closed) return "Closed";
  if (code.opensAt && Date.parse(code.opensAt) > now.getTime()) {
    return `Opens ${dayName(code.opensAt)}`;
  }
  if (code.closesAt && Date.parse(code.closesAt) <= now.getTime()) {
    return `Closed ${dayName(code.closesAt)}`;
  }
  return code.closesAt ? `Open until ${dayName(code.closesAt)}` : "Open";
}

export function SurveyList(props: { expired: () => void }) {
  setTitle("Surveys", "Studio");
  const list = createLoad(() => "all", studio.dashboard);
  const [query, setQuery] = createSignal("");
  const [choosing, setChoosing] = createSignal(false);
  createEffect(() => {
    if (list.error()?.status === 401) props.expired();
  });

  const importing = createAction(async (file: File) => {
    let parsed: { definition?: unknown };
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      throw new Error(`${file.name} is not a Chorus survey file (it isn't JSON).`);
    }
    const definition = parsed.definition ?? parsed;
    const view = await studio.create({ id: newSurveyId(), definition });
    navigate(`/studio/${view.draft.surveyId}`);
  });

  const shown = () => {
    const words = query().trim().toLowerCase();
    const all = list.data()?.surveys ?? [];
    if (!words) return all;
    return all.filter((s) =>
      [s.staffName, title(s), ...s.codes.flatMap((c) => [c.code, c.label])]
        .join(" ")
        .toLowerCase()
        .includes(words),
    );
  };

  return (
    <>
      <div class="studio-head">
        <h1>Surveys</h1>
        <div class="actions">
          <a class="btn" href="/studio/waves">
            Waves
          </a>
          <a class="btn" href="/studio/responses">
            Find a response
          </a>
          <button
            type="button"
            class="btn primary"
            aria-expanded={choosing()}
            onClick={() => setChoosing(!choosing())}
          >
            New survey
          </button>
          <label class="btn file-button">
            {importing.busy() ? "Importing…" : "Import JSON"}
            <input
              type="file"
              accept="application/json,.json"
              class="sr-only"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = "";
                if (file) void importing.run(file);
              }}
            />
          </label>
        </div>
      </div>
      <Show when={importing.error()}>
        {(error) => (
          <Message kind="error" title="That file could not be imported">
            <p>{describeError(error())}</p>
          </Message>
        )}
      </Show>
      <Show when={choosing()}>
        <TemplatePicker onCancel={() => setChoosing(false)} />
      </Show>
      <div class="text-field search">
        <label class="field" for="survey-search">
          Search surveys and codes
        </label>
        <input
          id="survey-search"
          class="text"
          type="search"
          value={query()}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <Switch>
        <Match when={list.error()}>
          {(error) => (
            <Message kind="error" title="The surveys didn't load">
              <p>{describeError(error())}</p>
              <button type="button" class="btn" onClick={list.reload}>
                Try again
              </button>
            </Message>
          )}
        </Match>
        <Match when={list.loading()}>
          <Spinner label="Loading surveys…" />
        </Match>
        <Match when={list.data()}>
          <Show
            when={shown().length > 0}
            fallback={
              <p>
                {query().trim()
                  ? `No surveys match “${query()}”.`
                  : "No surveys yet. Start one from a template with New survey."}
              </p>
            }
          >
            <p class="muted" aria-live="polite">
              {shown().length === 1 ? "1 survey" : `${shown().length} surveys`}. Response counts are
              exact and include answers still being added to reports.
            </p>
            <ul class="survey-cards">
              <For each={shown()}>{(survey) => <SurveyCard survey={survey} />}</For>
            </ul>
          </Show>
        </Match>
      </Switch>
    </>
  );
}

const title = (survey: Line) => pick(survey.title, survey.defaultLanguage, "en");

function SurveyCard(props: { survey: Line }) {
  const survey = () => props.survey;
  const headingId = () => `survey-${survey().id}`;
  return (
    <li class="survey-card">
      <div class="card-top">
        <div>
          <h2 id={headingId()}>
            <a href={`/studio/${survey().id}`}>{survey().staffName}</a>
          </h2>
          <Show when={title(survey()) !== survey().staffName}>
            <p class="muted">Children see “{title(survey())}”</p>
          </Show>
        </div>
        <p class="total">
          <strong>{survey().responses}</strong>{" "}
          {survey().responses === 1 ? "response" : "responses"}
        </p>
      </div>
      <ul class="facts">
        <li>
          <StatusBadge status={survey().status} />
        </li>
        <li>
          {survey().publishedVersion > 0
            ? `Children get version ${survey().publishedVersion}`
            : "Not published yet"}
        </li>
        <Show when={survey().createdAt}>
          <li>Started {dayName(survey().createdAt)}</li>
        </Show>
        <Show when={survey().lastDay}>
          <li>
            {survey().firstDay === survey().lastDay
              ? `Answered on ${dayName(survey().lastDay)}`
              : `Answered ${dayName(survey().firstDay)} to ${dayName(survey().lastDay)}`}
          </li>
        </Show>
      </ul>
      <Show
        when={survey().codes.length > 0}
        fallback={
          <p class="muted">
            {survey().publishedVersion > 0
              ? "Not handed out yet: make a code on the Hand out tab."
              : "Publish it, then hand it out with a code."}
          </p>
        }
      >
        <div class="table-wrap">
          <table class="data code-counts">
            <caption class="sr-only">Codes for {survey().staffName}</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Where it went</th>
                <th scope="col">Open</th>
                <th scope="col" class="num">
                  Responses
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={survey().codes}>
                {(code) => (
                  <tr>
                    <th scope="row">
                      <span class="code-text">{code.code}</span>
                    </th>
                    <td>{code.label}</td>
                    <td>{codeState(code)}</td>
                    <td class="num">{code.responses}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={survey().otherResponses > 0}>
          <p class="muted">
            {responsesIn(survey().otherResponses)} came in without one of these codes.
          </p>
        </Show>
      </Show>
      <Show when={survey().waves.length > 0}>
        <p class="waves">
          <span class="label">Waves:</span>{" "}
          {survey()
            .waves.map((w) => `${w.label} (${responsesIn(w.responses)})`)
            .join(", ")}
        </p>
      </Show>
    </li>
  );
}
