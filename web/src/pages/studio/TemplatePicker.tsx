/**
 * Choosing where a new survey starts: each template with its age bands and length, then a name
 * for staff, so two surveys from one template are told apart everywhere staff see them, and the
 * languages children may choose besides English.
 *
 * Languages are picked, not all given: a child offered nineteen languages scrolls past most of
 * them, and every language offered is one somebody should check. The ones the council's surveys
 * already use are ticked, so a council that offers Polish and Arabic starts with both in one
 * click; any other Chorus has words for is one more tick.
 */
import { ownName } from "@chorus/core/survey/languages";
import { STAFF_NAME_MAX } from "@chorus/core/survey/schema";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { navigate } from "../../router";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { newSurveyId } from "./ids";
import { nameIssue, StaffNameInput } from "./StaffNameField";
import { englishName } from "./SurveyDetails";
import { studio, type TemplateList, type TemplateSummary } from "./studioApi";
import { NotCheckedTag } from "./Unreviewed";
import { CheckField } from "./Words";

/** "My life in care (8 to 11) – November 2026": a name to start from, easily made more exact. */
export function defaultStaffName(template: { name: string }, now = new Date()): string {
  const month = now.toLocaleDateString("en-GB", { month: "long", year: "numeric" });
  return `${template.name} – ${month}`.slice(0, STAFF_NAME_MAX);
}

export function TemplatePicker(props: { onCancel: () => void }) {
  const templates = createLoad(() => "all", studio.templates);
  const [chosen, setChosen] = createSignal<TemplateSummary>();
  return (
    <section class="panel templates" aria-labelledby="templates-title">
      <h2 id="templates-title" tabindex="-1" ref={focusOnMount}>
        Start from a template
      </h2>
      <Switch>
        <Match when={chosen() && templates.data()}>
          {(list) => (
            <NameStep template={chosen()!} list={list()} onBack={() => setChosen(undefined)} />
          )}
        </Match>
        <Match when={templates.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Match>
        <Match when={templates.loading()}>
          <Spinner label="Loading templates…" />
        </Match>
        <Match when={templates.data()}>
          {(data) => (
            <ul class="template-list">
              <For each={data().templates}>
                {(template) => (
                  <li class="template">
                    <h3>{template.name}</h3>
                    <p>{template.description}</p>
                    <p class="muted">
                      Ages {template.ageBands.join(", ").replaceAll("-", "–")} ·{" "}
                      {template.questionCount} questions
                    </p>
                    <button type="button" class="btn" onClick={() => setChosen(template)}>
                      Use this template<span class="sr-only">{` for ${template.name}`}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <p>
        <button type="button" class="btn quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}

/** The name for staff and the languages, asked before the survey is made. */
function NameStep(props: { template: TemplateSummary; list: TemplateList; onBack: () => void }) {
  const [name, setName] = createSignal(defaultStaffName(props.template));
  const [languages, setLanguages] = createSignal<string[]>([...props.list.usualLanguages]);
  const toggle = (code: string, on: boolean) =>
    setLanguages((now) => {
      const next = new Set(now);
      if (on) next.add(code);
      else next.delete(code);
      // In the list's order, so the survey lists them as the picker did.
      return props.list.languages.map((l) => l.code).filter((c) => next.has(c));
    });
  // One id per attempt, so a retried click finds the survey the first one made.
  let id = newSurveyId();
  const create = createAction(async () => {
    const view = await studio.create({
      id,
      templateId: props.template.id,
      staffName: name().trim(),
      languages: languages(),
    });
    id = newSurveyId();
    navigate(`/studio/${view.draft.surveyId}`);
  });
  const issue = () => nameIssue(create.error());
  return (
    <form
      class="name-step"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run();
      }}
    >
      <h3>{props.template.name}</h3>
      <StaffNameInput
        value={name()}
        focus
        hint="Only staff see this name, in the studio and in reports. Children see the survey's title. Say who or when it is for, such as “Year 9, spring 2027”."
        error={issue()}
        onInput={setName}
      />
      <fieldset class="languages-step" aria-describedby="languages-hint">
        <legend>Languages children can choose, besides English</legend>
        <p class="hint" id="languages-hint">
          Chorus fills in every question in each language you tick. Words nobody fluent has checked
          yet are marked <NotCheckedTag /> until you say someone has.
          <Show when={props.list.usualLanguages.length > 0}>
            {" "}
            Ticked are the languages your council's surveys already use.
          </Show>{" "}
          You can add or remove languages later.
        </p>
        <div class="phrasebook-languages">
          <For each={props.list.languages}>
            {(language) => (
              <CheckField
                label={
                  <>
                    {englishName(language.code)}{" "}
                    <span lang={language.code}>({ownName(language.code)})</span>
                    <Show when={language.reviewedByNativeSpeaker}>
                      {" "}
                      · checked by a fluent speaker
                    </Show>
                  </>
                }
                checked={languages().includes(language.code)}
                onChange={(on) => toggle(language.code, on)}
              />
            )}
          </For>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="btn primary" aria-disabled={create.busy()}>
          Create survey
        </button>
        <button type="button" class="btn" onClick={props.onBack}>
          Choose another template
        </button>
        <Show when={create.busy()}>
          <Spinner label="Creating the survey…" inline />
        </Show>
      </div>
    </form>
  );
}
