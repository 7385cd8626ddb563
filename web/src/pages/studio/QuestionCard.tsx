/**
 * One question in the editor: its words, the fields its type needs, band wording, its show-if
 * rule, the safeguarding rules that look at it, and the buttons (or Alt+↑/↓) that move or remove it.
 */
import { allQuestions, type Question, type SurveyVersion } from "@chorus/core/survey/schema";
import { Show } from "solid-js";
import { BandFields } from "./BandFields";
import { QuestionConcerns } from "./ConcernRules";
import { setText, typeName } from "./edit";
import { ShowIfEditor } from "./ShowIfEditor";
import { TypeFields } from "./TypeFields";
import { CheckField, WordsField } from "./Words";
import type { Workspace } from "./workspace";

export type EditQuestion = (edit: (question: Question, survey: SurveyVersion) => void) => void;

export function QuestionCard(props: {
  ws: Workspace;
  question: Question;
  path: string;
  number: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const ws = props.ws;
  const id = () => props.question.id;
  const lang = () => ws.survey.defaultLanguage;
  const edit: EditQuestion = (change) =>
    ws.change((survey) => {
      const found = allQuestions(survey).find((q) => q.id === id());
      if (found) change(found, survey);
    });
  const words = (field: "prompt" | "help" | "readAloud", required = false) => ({
    lang: lang(),
    value: (props.question[field] as Record<string, string> | undefined)?.[lang()] ?? "",
    errors: ws.issues(`${props.path}.${field}`),
    onInput: (value: string) => edit((q) => setText(q as never, field, lang(), value, required)),
  });
  const headingId = () => `card-${id()}-title`;

  return (
    <article
      id={`card-${id()}`}
      class="question-card"
      classList={{ selected: ws.selected() === id() }}
      aria-labelledby={headingId()}
      onFocusIn={() => ws.setSelected(id())}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
        event.preventDefault();
        props.onMove(event.key === "ArrowUp" ? -1 : 1);
      }}
    >
      <header class="card-head">
        <h3 id={headingId()} tabindex="-1" data-control="heading">
          {props.number}. {typeName(props.question.type)}
        </h3>
        <span class="muted qid">id: {id()}</span>
      </header>
      <WordsField label="Question" field="prompt" multiline {...words("prompt", true)} />
      <div class="card-grid">
        <WordsField label="Help text (optional)" {...words("help")} />
        <WordsField
          label="Read-aloud text (optional)"
          hint="What a screen reader or adult says instead of the question."
          {...words("readAloud")}
        />
      </div>
      <TypeFields ws={ws} question={props.question} path={props.path} edit={edit} />
      <Show when={props.question.type !== "info"}>
        <CheckField
          label="Offer “I'd rather not say”"
          checked={props.question.allowPreferNot !== false}
          onChange={(on) =>
            edit((q) => {
              q.allowPreferNot = on;
            })
          }
        />
      </Show>
      <BandFields ws={ws} question={props.question} edit={edit} />
      <ShowIfEditor ws={ws} question={props.question} path={props.path} edit={edit} />
      <QuestionConcerns ws={ws} question={props.question} />
      <div class="card-actions">
        <button
          type="button"
          class="btn"
          data-control="up"
          onClick={() => props.onMove(-1)}
          aria-keyshortcuts="Alt+ArrowUp"
        >
          <span aria-hidden="true">↑</span> Move up
        </button>
        <button
          type="button"
          class="btn"
          data-control="down"
          onClick={() => props.onMove(1)}
          aria-keyshortcuts="Alt+ArrowDown"
        >
          <span aria-hidden="true">↓</span> Move down
        </button>
        <button type="button" class="btn danger" onClick={props.onRemove}>
          Delete question
        </button>
      </div>
    </article>
  );
}
