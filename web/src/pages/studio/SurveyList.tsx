/**
 * Every survey of the organisation, searchable, with its status; and the two ways to start a new
 * one: from a template, or from a JSON file exported elsewhere.
 */
import { pick } from "@chorus/core/survey/schema";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { navigate } from "../../router";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { newSurveyId } from "./ids";
import { StatusBadge } from "./StatusBadge";
import { type SurveySummary, studio } from "./studioApi";
import { TemplatePicker } from "./TemplatePicker";

export function SurveyList(props: { expired: () => void }) {
  setTitle("Surveys", "Studio");
  const list = createLoad(() => "all", studio.list);
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

  const title = (survey: SurveySummary) => pick(survey.title, survey.defaultLanguage, "en");
  const shown = () => {
    const words = query().trim().toLowerCase();
    const all = list.data()?.surveys ?? [];
    return words
      ? all.filter((s) => `${title(s)} ${s.code ?? ""}`.toLowerCase().includes(words))
      : all;
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
          Search surveys
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
          <Show when={shown().length > 0} fallback={<p>No surveys match “{query()}”.</p>}>
            <div class="table-wrap">
              <table class="data surveys">
                <caption class="sr-only">Surveys, {shown().length} shown</caption>
                <thead>
                  <tr>
                    <th scope="col">Survey</th>
                    <th scope="col">Status</th>
                    <th scope="col">Children get</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(survey) => (
                      <tr>
                        <th scope="row">
                          <a href={`/studio/${survey.id}`}>{title(survey)}</a>
                        </th>
                        <td>
                          <StatusBadge status={survey.status} />
                        </td>
                        <td>
                          {survey.publishedVersion > 0
                            ? `Version ${survey.publishedVersion}`
                            : "Nothing yet"}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </Match>
      </Switch>
    </>
  );
}
