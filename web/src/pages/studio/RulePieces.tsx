/**
 * Pieces the show-if editor and the safeguarding rules share: picking a question from a list of
 * them by its words, and a rule read out in words with the answers standing out.
 */
import { pick, type Question } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import type { Part } from "./ruleWords";

/** A labelled list of questions, by their words; "Choose a question" while none is picked. */
export function QuestionSelect(props: {
  id: string;
  label: string;
  questions: readonly Question[];
  value: string | undefined;
  lang: string;
  onChange: (question: Question) => void;
  /** Set on the select so the page can find and focus it. */
  control?: string;
}) {
  const known = () => props.questions.some((q) => q.id === props.value);
  return (
    <div class="text-field">
      <label class="field" for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class="text"
        data-control={props.control}
        value={known() ? props.value : ""}
        onChange={(event) => {
          const picked = props.questions.find((q) => q.id === event.currentTarget.value);
          if (picked) props.onChange(picked);
        }}
      >
        <Show when={!known()}>
          <option value="">Choose a question</option>
        </Show>
        <For each={props.questions}>
          {(q) => <option value={q.id}>{pick(q.prompt, props.lang, props.lang) || q.id}</option>}
        </For>
      </select>
    </div>
  );
}

/** Rule words as text, each answer in bold. */
export function RuleText(props: { parts: Part[] }) {
  return (
    <For each={props.parts}>
      {(part) => (typeof part === "string" ? part : <strong>{part.answer}</strong>)}
    </For>
  );
}
