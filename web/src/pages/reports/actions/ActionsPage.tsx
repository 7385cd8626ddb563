/**
 * "You said, we did" for leaders: every action with where it stands, whether children can see
 * it, and which of its survey's languages still need words; add, change, translate, publish,
 * and print a poster (`?poster=<surveyId>` or `?poster=all`).
 */
import "./actions.css";
import type { ActionView, ActionWords } from "@chorus/core/action/schema";
import type { SurveySummary } from "@chorus/core/report/schema";
import { pick } from "@chorus/core/survey/schema";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { createAction, fieldIssues } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { Message, Spinner, setTitle } from "../../../ui/Feedback";
import { StatusLine } from "../../../ui/fields";
import { createLoad } from "../../../ui/load";
import { ActionForm, themeLabel } from "./ActionForm";
import { actionsApi, languageLabel, STATUS_WORDS } from "./actionsApi";
import { Poster } from "./Poster";

type Editing = { kind: "new" } | { kind: "edit"; action: ActionView } | undefined;

export function ActionsPage(props: { expired?: () => void; orgName?: string }) {
  const poster = new URLSearchParams(location.search).get("poster");
  const data = createLoad(
    () => "all",
    async () => {
      const [{ actions }, { surveys }] = await Promise.all([
        actionsApi.list(),
        actionsApi.surveys(),
      ]);
      return { actions, surveys };
    },
  );
  createEffect(() => {
    if (data.error()?.status === 401) props.expired?.();
  });
  return (
    <Switch>
      <Match when={data.error()}>
        {(error) => (
          <Message kind="error" title="This didn't load">
            <p>{describeError(error())}</p>
            <button type="button" class="btn" onClick={data.reload}>
              Try again
            </button>
          </Message>
        )}
      </Match>
      <Match when={data.data()}>
        {(loaded) => (
          <Show
            when={poster}
            fallback={
              <ActionList
                actions={loaded().actions}
                surveys={loaded().surveys}
                reload={data.reload}
              />
            }
          >
            {(which) => (
              <Poster
                actions={loaded().actions}
                surveys={loaded().surveys}
                surveyId={which() === "all" ? undefined : which()}
                orgName={props.orgName}
              />
            )}
          </Show>
        )}
      </Match>
      <Match when={data.loading()}>
        <Spinner label="Loading actions…" />
      </Match>
    </Switch>
  );
}

function ActionList(props: {
  actions: ActionView[];
  surveys: SurveySummary[];
  reload: () => void;
}) {
  const [editing, setEditing] = createSignal<Editing>();
  const [status, setStatus] = createSignal<string>();
  setTitle("You said, we did", "Reports");
  const surveyName = (id: string | undefined) => {
    const survey = props.surveys.find((s) => s.id === id);
    return survey ? pick(survey.title, survey.defaultLanguage, "en") : "Every survey";
  };
  const publish = createAction(async (action: ActionView) => {
    await actionsApi.publish(action.id, !action.published);
    setStatus(
      action.published
        ? "Taken back: children no longer see it."
        : "Published: children see it now.",
    );
    props.reload();
  });
  const saved = (action: ActionView) => {
    setEditing(undefined);
    setStatus(`Saved “${action.said}”.`);
    props.reload();
  };

  return (
    <>
      <p class="crumbs">
        <a href="/reports">
          <span aria-hidden="true">←</span> All surveys
        </a>
      </p>
      <h1>You said, we did</h1>
      <p class="lead">
        What children told us and what we did about it. Children see published actions after they
        answer, and at <code>/s/CODE/you-said</code>, in their own language where you have added it.
      </p>
      <div class="actions-row">
        <button type="button" class="btn primary" onClick={() => setEditing({ kind: "new" })}>
          Add an action
        </button>
        <a class="btn" href="/reports/actions?poster=all">
          Print a poster of every published action
        </a>
      </div>
      <StatusLine text={status()} />
      <Show when={publish.error()}>
        {(error) => (
          <Message kind="error" title="That didn't work">
            <p>{describeError(error())}</p>
          </Message>
        )}
      </Show>
      {/* Keyed: each "Add" or "Change" opens a form of its own, with its own new id. */}
      <Show when={editing()} keyed>
        {(open) => (
          <ActionForm
            surveys={props.surveys}
            action={open.kind === "edit" ? open.action : undefined}
            onSaved={saved}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Show>
      <Show
        when={props.actions.length > 0}
        fallback={<p>No actions yet. Add the first one above.</p>}
      >
        <ul class="action-list">
          <For each={props.actions}>
            {(action) => (
              <li class="action-card">
                <div class="action-card-head">
                  <span class={`badge status-${action.status}`}>{STATUS_WORDS[action.status]}</span>
                  <span class={action.published ? "badge published" : "badge draft"}>
                    {action.published ? "Children can see this" : "Draft: not shown"}
                  </span>
                </div>
                <p class="action-said">{action.said}</p>
                <p class="action-did">{action.did}</p>
                <dl class="action-facts">
                  <dt>Owner</dt>
                  <dd>{action.owner}</dd>
                  <Show when={action.due}>
                    <dt>Date</dt>
                    <dd>{action.due}</dd>
                  </Show>
                  <dt>Survey</dt>
                  <dd>{surveyName(action.surveyId)}</dd>
                  <Show when={action.themeId}>
                    <dt>Theme</dt>
                    <dd>{themeLabel(action.themeId)}</dd>
                  </Show>
                  <dt>Languages</dt>
                  <dd>
                    {[action.language, ...Object.keys(action.translations)]
                      .map(languageLabel)
                      .join(", ")}
                    <Show when={action.missingLanguages.length > 0}>
                      {" "}
                      <strong class="missing">
                        Missing: {action.missingLanguages.map(languageLabel).join(", ")}
                      </strong>
                    </Show>
                  </dd>
                </dl>
                <div class="actions-row">
                  <button
                    type="button"
                    class="btn"
                    onClick={() => setEditing({ kind: "edit", action })}
                    aria-label={`Change: ${action.said}`}
                  >
                    Change
                  </button>
                  <button
                    type="button"
                    class={action.published ? "btn" : "btn primary"}
                    aria-disabled={publish.busy()}
                    onClick={() => void publish.run(action)}
                    aria-label={`${action.published ? "Unpublish" : "Publish"}: ${action.said}`}
                  >
                    {action.published ? "Unpublish" : "Publish"}
                  </button>
                  <Show when={action.surveyId && action.published}>
                    <a class="btn" href={`/reports/actions?poster=${action.surveyId}`}>
                      Poster for this survey
                    </a>
                  </Show>
                </div>
                <Translations action={action} onSaved={saved} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}

/** The action's words in its survey's other languages: the missing ones first, to fill in. */
function Translations(props: { action: ActionView; onSaved: (action: ActionView) => void }) {
  const languages = () => [
    ...props.action.missingLanguages,
    ...Object.keys(props.action.translations),
  ];
  return (
    <Show when={languages().length > 0}>
      <details class="translations" open={props.action.missingLanguages.length > 0}>
        <summary>Translations ({languages().map(languageLabel).join(", ")})</summary>
        <For each={languages()}>
          {(language) => (
            <TranslationForm
              action={props.action}
              language={language}
              words={props.action.translations[language]}
              onSaved={props.onSaved}
            />
          )}
        </For>
      </details>
    </Show>
  );
}

function TranslationForm(props: {
  action: ActionView;
  language: string;
  words?: ActionWords;
  onSaved: (action: ActionView) => void;
}) {
  const save = createAction(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const words = { said: String(data.get("said") ?? ""), did: String(data.get("did") ?? "") };
    const { action } = await actionsApi.translate(props.action.id, props.language, words);
    props.onSaved(action);
  });
  const name = () => languageLabel(props.language);
  const base = `tr-${props.action.id}-${props.language}`;
  return (
    <form
      class="translation"
      lang={props.language}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(event.currentTarget);
      }}
    >
      <h3 lang="en">{name()}</h3>
      <Show when={save.error()}>
        {(error) => (
          <p class="field-error" lang="en">
            {Object.values(fieldIssues(error())).join(" ") || describeError(error())}
          </p>
        )}
      </Show>
      <label class="field" for={`${base}-said`} lang="en">
        You said, in {name()}
      </label>
      <textarea
        id={`${base}-said`}
        name="said"
        rows={2}
        class="text"
        dir="auto"
        value={props.words?.said ?? ""}
      />
      <label class="field" for={`${base}-did`} lang="en">
        We did, in {name()}
      </label>
      <textarea
        id={`${base}-did`}
        name="did"
        rows={2}
        class="text"
        dir="auto"
        value={props.words?.did ?? ""}
      />
      <button type="submit" class="btn" lang="en" aria-disabled={save.busy()}>
        {save.busy() ? "Saving…" : `Save ${name()}`}
      </button>
    </form>
  );
}
