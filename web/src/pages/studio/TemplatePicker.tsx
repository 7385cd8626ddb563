/** Choosing where a new survey starts: each template with its age bands and length. */
import { For, Match, Show, Switch } from "solid-js";
import { navigate } from "../../router";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { newSurveyId } from "./ids";
import { studio, type TemplateSummary } from "./studioApi";

export function TemplatePicker(props: { onCancel: () => void }) {
  const templates = createLoad(() => "all", studio.templates);
  // One id per attempt, so a retried click finds the survey the first one made.
  let id = newSurveyId();
  const create = createAction(async (template: TemplateSummary) => {
    const view = await studio.create({ id, templateId: template.id });
    id = newSurveyId();
    navigate(`/studio/${view.draft.surveyId}`);
  });

  return (
    <section class="panel templates" aria-labelledby="templates-title">
      <h2 id="templates-title" tabindex="-1" ref={focusOnMount}>
        Start from a template
      </h2>
      <Show when={create.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Switch>
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
                    <button
                      type="button"
                      class="btn"
                      aria-disabled={create.busy()}
                      onClick={() => void create.run(template)}
                    >
                      Use this template<span class="sr-only">{` for ${template.name}`}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <Show when={create.busy()}>
        <Spinner label="Creating the survey…" inline />
      </Show>
      <p>
        <button type="button" class="btn quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
