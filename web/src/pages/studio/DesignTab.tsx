/**
 * The editor beside its live preview: the survey's own settings, then each page and its
 * questions, then the safeguarding rules. Moving, adding and removing announce what happened and put focus where the
 * officer's attention now is.
 */
import { pick, type QuestionType } from "@chorus/core/survey/schema";
import { createSignal, For } from "solid-js";
import { StatusLine } from "../../ui/fields";
import { ConcernRules } from "./ConcernRules";
import {
  addPage,
  addQuestion,
  blankQuestion,
  moveQuestion,
  type Place,
  QUESTION_TYPES,
  removeQuestion,
} from "./edit";
import { Preview } from "./Preview";
import { ProblemsPanel, WarningsPanel } from "./ProblemsPanel";
import { QuestionCard } from "./QuestionCard";
import { SurveyDetails } from "./SurveyDetails";
import { WordsField } from "./Words";
import type { Workspace } from "./workspace";

/** Focuses a control of a question card once the DOM has caught up with the store. */
function focusCard(questionId: string, control: string) {
  requestAnimationFrame(() => {
    const card = document.getElementById(`card-${questionId}`);
    const target =
      card?.querySelector<HTMLElement>(`[data-control="${control}"]`) ?? card?.querySelector("h3");
    target?.focus();
  });
}

export function DesignTab(props: { ws: Workspace }) {
  const ws = props.ws;
  const [said, setSaid] = createSignal<string>();
  const lang = () => ws.survey.defaultLanguage;
  const idAt = (place: Place) => ws.survey.pages[place.page]?.questions[place.index]?.id;

  const move = (from: Place, delta: -1 | 1) => {
    let to: Place | undefined;
    ws.change((survey) => {
      to = moveQuestion(survey, from, delta);
    });
    const id = to && idAt(to);
    if (!to || !id) return setSaid(delta < 0 ? "It is already first." : "It is already last.");
    const page = ws.survey.pages[to.page]!;
    setSaid(
      `Moved to position ${to.index + 1} of ${page.questions.length} on page “${pick(page.title, lang(), lang()) || page.id}”.`,
    );
    focusCard(id, delta < 0 ? "up" : "down");
  };

  const add = (page: number, after: number | undefined, type: QuestionType) => {
    let at: Place | undefined;
    ws.change((survey) => {
      at = addQuestion(survey, page, after, blankQuestion(survey, type, survey.defaultLanguage));
    });
    const id = at && idAt(at);
    if (id) {
      setSaid("Question added. Type its words.");
      focusCard(id, "prompt");
    }
  };

  const remove = (at: Place) => {
    const gone = idAt(at);
    let next: Place | undefined;
    ws.change((survey) => {
      next = removeQuestion(survey, at);
    });
    if (!next) return setSaid("A survey needs at least one question.");
    setSaid(`Question “${gone}” removed.`);
    const id = idAt(next);
    if (id) focusCard(id, "heading");
  };

  const newPage = (after: number) => {
    let index = 0;
    ws.change((survey) => {
      index = addPage(survey, after, "", blankQuestion(survey, "emoji", survey.defaultLanguage));
    });
    setSaid("Page added with one question.");
    const id = ws.survey.pages[index]?.questions[0]?.id;
    if (id) focusCard(id, "prompt");
  };

  return (
    <div class="design">
      <div class="editor">
        <ProblemsPanel ws={ws} />
        <WarningsPanel ws={ws} />
        <StatusLine text={said()} />
        <SurveyDetails ws={ws} />
        <For each={ws.survey.pages}>
          {(page, pageIndex) => (
            <section class="page-block" aria-labelledby={`page-${page.id}`}>
              <h2 id={`page-${page.id}`}>
                Page {pageIndex() + 1}: {pick(page.title, lang(), lang()) || page.id}
              </h2>
              <WordsField
                label="Page title"
                lang={lang()}
                value={page.title?.[lang()] ?? ""}
                errors={ws.issues(`pages.${pageIndex()}.title`)}
                onInput={(words) =>
                  ws.change((survey) => {
                    const target = survey.pages[pageIndex()]!;
                    if (words.trim())
                      target.title = { ...target.title, [survey.defaultLanguage]: words };
                    else if (target.title) delete target.title[survey.defaultLanguage];
                  })
                }
              />
              <ol class="questions">
                <For each={page.questions}>
                  {(question, index) => {
                    const place = () => ({ page: pageIndex(), index: index() });
                    return (
                      <li>
                        <QuestionCard
                          ws={ws}
                          question={question}
                          path={`pages.${pageIndex()}.questions.${index()}`}
                          number={
                            ws.survey.pages
                              .slice(0, pageIndex())
                              .reduce((n, p) => n + p.questions.length, 0) +
                            index() +
                            1
                          }
                          onMove={(delta) => move(place(), delta)}
                          onRemove={() => remove(place())}
                        />
                      </li>
                    );
                  }}
                </For>
              </ol>
              <AddQuestion onAdd={(type) => add(pageIndex(), page.questions.length - 1, type)} />
              <button type="button" class="btn quiet" onClick={() => newPage(pageIndex())}>
                Add a page after this one
              </button>
            </section>
          )}
        </For>
        <ConcernRules ws={ws} />
      </div>
      <Preview ws={ws} />
    </div>
  );
}

function AddQuestion(props: { onAdd: (type: QuestionType) => void }) {
  const [type, setType] = createSignal<QuestionType>("emoji");
  const id = `add-${Math.random().toString(36).slice(2, 8)}`;
  return (
    <div class="add-question">
      <label class="field" for={id}>
        New question type
      </label>
      <select
        id={id}
        class="text"
        value={type()}
        onChange={(event) => setType(event.currentTarget.value as QuestionType)}
      >
        <For each={QUESTION_TYPES}>{([value, name]) => <option value={value}>{name}</option>}</For>
      </select>
      <button type="button" class="btn" onClick={() => props.onAdd(type())}>
        Add question
      </button>
    </div>
  );
}
