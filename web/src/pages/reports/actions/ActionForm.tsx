/**
 * Adding or changing an action: what children said, what the council will do or did, who owns
 * it, where it stands, and what it answers (a survey, a question, a theme). The id of a new
 * action is made when the form opens, so pressing Save twice, or again after a lost answer,
 * makes one action.
 */
import type { ActionView } from "@chorus/core/action/schema";
import type { SurveyReport, SurveySummary } from "@chorus/core/report/schema";
import { pick } from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { api } from "../../../api";
import { createAction, fieldIssues } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { focusOnMount, Message } from "../../../ui/Feedback";
import { TextField } from "../../../ui/fields";
import { createLoad } from "../../../ui/load";
import { actionsApi, newActionId, STATUS_WORDS } from "./actionsApi";

/** Theme ids of the built-in codebook children's answers are grouped by (see `Theme.CODEBOOK`). */
const THEMES = [
  ["seeing-family", "Seeing family"],
  ["social-worker-changes", "Social worker changes"],
  ["feeling-safe", "Feeling safe"],
  ["home-placement", "Home and placement"],
  ["school", "School"],
  ["friends", "Friends"],
  ["things-to-do", "Things to do"],
  ["listened-to", "Being listened to"],
  ["money", "Money"],
  ["health-feelings", "Health and feelings"],
  ["identity", "Identity"],
  ["housing", "Housing (care leavers)"],
  ["work", "Work (care leavers)"],
  ["adviser", "Personal adviser (care leavers)"],
] as const;

export function themeLabel(id: string | undefined): string | undefined {
  return id && (THEMES.find(([known]) => known === id)?.[1] ?? id);
}

export function ActionForm(props: {
  surveys: SurveySummary[];
  /** The action to change; a new one when absent. */
  action?: ActionView;
  onSaved: (action: ActionView) => void;
  onCancel: () => void;
}) {
  const id = props.action?.id ?? newActionId();
  const [surveyId, setSurveyId] = createSignal(props.action?.surveyId ?? "");
  const questions = createLoad(surveyId, (survey) =>
    survey
      ? api
          .get<SurveyReport>(`/api/reports/surveys/${encodeURIComponent(survey)}`)
          .then((report) => report.questions.filter((q) => q.type !== "info"))
      : Promise.resolve([]),
  );
  const save = createAction(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const optional = (name: string) => text(name) || undefined;
    const input = {
      language: text("language") || "en",
      said: text("said"),
      did: text("did"),
      owner: text("owner"),
      status: text("status") as ActionView["status"],
      due: optional("due"),
      surveyId: optional("surveyId"),
      questionId: optional("surveyId") ? optional("questionId") : undefined,
      themeId: optional("themeId"),
      translations: props.action?.translations ?? {},
    };
    const saved = props.action
      ? await actionsApi.update(id, { ...input, revision: props.action.revision })
      : await actionsApi.create({ id, ...input });
    props.onSaved(saved.action);
  });
  const issues = () => fieldIssues(save.error());
  const error = (field: string) => issues()[field];

  return (
    <form
      class="action-form"
      aria-labelledby="action-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(event.currentTarget);
      }}
    >
      <h2 id="action-form-title" tabindex="-1" ref={focusOnMount}>
        {props.action ? "Change this action" : "Add an action"}
      </h2>
      <Show when={save.error()}>
        {(failure) => (
          <Message kind="error" title="This action wasn't saved">
            <p>{issues()[""] ?? describeError(failure())}</p>
          </Message>
        )}
      </Show>
      <Area
        name="said"
        label="You said"
        hint="What children told us, in a sentence a child can read: “You said …”"
        value={props.action?.said}
        error={error("said")}
        rows={2}
      />
      <Area
        name="did"
        label="We did (or will do)"
        hint="What the council is doing about it, in short sentences. Children read this."
        value={props.action?.did}
        error={error("did")}
        rows={3}
      />
      <div class="action-form-row">
        <TextField
          name="owner"
          label="Who owns it"
          hint="A role or team"
          value={props.action?.owner}
          error={error("owner")}
        />
        <TextField
          name="due"
          type="date"
          label="By when (or done on)"
          hint="Optional"
          value={props.action?.due}
          error={error("due")}
        />
      </div>
      <fieldset class="action-status">
        <legend>Where it stands</legend>
        <For each={Object.entries(STATUS_WORDS)}>
          {([value, label]) => (
            <label class="radio">
              <input
                type="radio"
                name="status"
                value={value}
                checked={(props.action?.status ?? "planned") === value}
              />{" "}
              {label}
            </label>
          )}
        </For>
      </fieldset>
      <div class="action-form-row">
        <Choice
          name="surveyId"
          label="Survey"
          value={surveyId()}
          none="Every survey (shown with every code)"
          options={props.surveys.map((survey) => ({
            value: survey.id,
            label: pick(survey.title, survey.defaultLanguage, "en"),
          }))}
          error={error("surveyId")}
          onChange={setSurveyId}
        />
        <Show when={surveyId()}>
          <Choice
            name="questionId"
            label="Question (optional)"
            value={props.action?.questionId ?? ""}
            none="No particular question"
            options={(questions.data() ?? []).map((question) => ({
              value: question.questionId,
              label: pick(question.prompt, "en", "en"),
            }))}
            error={error("questionId")}
          />
        </Show>
      </div>
      <div class="action-form-row">
        <Choice
          name="themeId"
          label="Theme (optional)"
          value={props.action?.themeId ?? ""}
          none="No theme"
          options={THEMES.map(([value, label]) => ({ value, label }))}
        />
        <TextField
          name="language"
          label="Written in"
          hint="Language code, e.g. en"
          value={props.action?.language ?? "en"}
          error={error("language")}
        />
      </div>
      <div class="actions-row">
        <button type="submit" class="btn primary" aria-disabled={save.busy()}>
          {save.busy() ? "Saving…" : props.action ? "Save changes" : "Save action"}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <p class="hint">Saved actions are drafts: children see them only once you publish.</p>
    </form>
  );
}

function Area(props: {
  name: string;
  label: string;
  hint: string;
  value?: string;
  error?: string;
  rows: number;
}) {
  const id = `action-${props.name}`;
  return (
    <div class="text-field">
      <label class="field" for={id}>
        {props.label}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        class="text"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        value={props.value ?? ""}
      />
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** A labelled list to choose one from, with a first "none" choice. */
function Choice(props: {
  name: string;
  label: string;
  value: string;
  none: string;
  options: { value: string; label: string }[];
  error?: string;
  onChange?: (value: string) => void;
}) {
  const id = `action-${props.name}`;
  return (
    <div class="field-block">
      <label class="field" for={id}>
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange?.(event.currentTarget.value)}
      >
        <option value="">{props.none}</option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <Show when={props.error}>
        <span class="field-error" id={`${id}-error`}>
          {props.error}
        </span>
      </Show>
    </div>
  );
}
