/**
 * When a question is asked: always, or only when a rule holds. Every rule the schema allows can
 * be read in words and edited here, combined ones too (all, any, not, inside one another), so an
 * officer never needs the JSON.
 */
import { allQuestions, type Question } from "@chorus/core/survey/schema";
import { createMemo, For, Show } from "solid-js";
import type { EditQuestion } from "./QuestionCard";
import { KindSelect, RuleBody, type RuleContext } from "./RuleEditor";
import { RuleText } from "./RulePieces";
import { changeKind, fromModel, type RuleNode, toModel } from "./ruleModel";
import { conditionWords } from "./ruleWords";
import type { Workspace } from "./workspace";

export function ShowIfEditor(props: {
  ws: Workspace;
  question: Question;
  path: string;
  edit: EditQuestion;
}) {
  const lang = () => props.ws.survey.defaultLanguage;
  const ctx = createMemo((): RuleContext => {
    const all = allQuestions(props.ws.survey);
    const at = all.findIndex((q) => q.id === props.question.id);
    return {
      earlier: all.slice(0, at < 0 ? all.length : at).filter((q) => q.type !== "info"),
      bands: props.ws.survey.ageBands,
      lang: lang(),
    };
  });
  const node = createMemo(() => {
    const rule = props.question.showIf;
    return rule ? toModel(rule) : undefined;
  });
  const setRule = (next: RuleNode | undefined) =>
    props.edit((q) => {
      if (next) q.showIf = fromModel(next);
      else delete q.showIf;
    });
  const fieldId = `showif-${props.question.id}`;
  const remembered = new Map<RuleNode["kind"], RuleNode>();

  return (
    <fieldset class="show-if">
      <legend>When to ask it</legend>
      <KindSelect
        id={`${fieldId}-kind`}
        label="Ask this question"
        node={node()}
        level={1}
        ctx={ctx()}
        always
        onPick={(kind) => {
          // A closed list changes as the arrow keys pass over it: keep each kind's rule as it
          // was left, so passing over "Always" or another kind on the way loses nothing.
          const current = node();
          if (current) remembered.set(current.kind, current);
          if (kind === "always") return setRule(undefined);
          const back = remembered.get(kind);
          if (back) return setRule(back);
          const start: RuleNode | undefined =
            current ??
            changeKind(
              { kind: "band", bands: ctx().bands.slice(0, 1) },
              kind === "all" || kind === "any" || kind === "not" ? "answer" : kind,
              ctx().earlier,
              ctx().bands,
            );
          const next = start && changeKind(start, kind, ctx().earlier, ctx().bands);
          if (next) setRule(next);
        }}
      />
      <Show when={node()}>
        {(rule) => (
          <>
            <p class="hint rule-words" aria-live="polite">
              Asked only when a child{" "}
              <RuleText
                parts={conditionWords(fromModel(rule()), allQuestions(props.ws.survey), lang())}
              />
              .
            </p>
            <RuleBody node={rule()} onChange={setRule} level={1} id={fieldId} name="" ctx={ctx()} />
          </>
        )}
      </Show>
      <For each={props.ws.issues(`${props.path}.showIf`)}>
        {(message) => <p class="field-error">{message}</p>}
      </For>
    </fieldset>
  );
}
