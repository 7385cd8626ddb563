/**
 * A simple show-if rule: always; when an earlier question has a given answer or was answered;
 * or only for some age bands. Rules combined in the JSON (all, any, not, in) are described in
 * words and can be replaced, but are edited in the file.
 */
import {
  allQuestions,
  type Condition,
  possibleValues,
  type Question,
} from "@chorus/core/survey/schema";
import { For, Match, Show, Switch } from "solid-js";
import type { EditQuestion } from "./QuestionCard";
import { QuestionSelect, RuleText } from "./RulePieces";
import { answerLabel, conditionWords } from "./ruleWords";
import { bandName } from "./SurveyDetails";
import { CheckField } from "./Words";
import type { Workspace } from "./workspace";

type Mode = "always" | "equals" | "answered" | "band" | "other";

function modeOf(rule: Condition | undefined): Mode {
  if (!rule) return "always";
  if ("equals" in rule) return "equals";
  if ("answered" in rule && rule.answered) return "answered";
  if ("ageBand" in rule) return "band";
  return "other";
}

export function ShowIfEditor(props: {
  ws: Workspace;
  question: Question;
  path: string;
  edit: EditQuestion;
}) {
  const lang = () => props.ws.survey.defaultLanguage;
  const rule = () => props.question.showIf;
  const earlier = () => {
    const all = allQuestions(props.ws.survey);
    return all
      .slice(
        0,
        all.findIndex((q) => q.id === props.question.id),
      )
      .filter((q) => q.type !== "info");
  };
  const target = () => {
    const current = rule();
    const id = current && "question" in current ? current.question : undefined;
    return earlier().find((q) => q.id === id);
  };
  const setRule = (next: Condition | undefined) =>
    props.edit((q) => {
      if (next) q.showIf = next;
      else delete q.showIf;
    });
  const choose = (mode: Mode) => {
    const first = earlier()[0];
    if (mode === "always") return setRule(undefined);
    if (mode === "band") return setRule({ ageBand: [props.ws.survey.ageBands[0]!] });
    if (!first) return;
    if (mode === "answered") return setRule({ question: first.id, answered: true });
    const values = possibleValues(first);
    setRule(
      values?.[0] === undefined
        ? { question: first.id, answered: true }
        : { question: first.id, equals: values[0] },
    );
  };
  const fieldId = (name: string) => `${name}-${props.question.id}`;

  return (
    <fieldset class="show-if">
      <legend>When to ask it</legend>
      <div class="text-field">
        <label class="field" for={fieldId("mode")}>
          Ask this question
        </label>
        <select
          id={fieldId("mode")}
          class="text"
          value={modeOf(rule())}
          onChange={(e) => choose(e.currentTarget.value as Mode)}
        >
          <option value="always">Always</option>
          <option value="equals" disabled={earlier().length === 0}>
            Only when an earlier answer is…
          </option>
          <option value="answered" disabled={earlier().length === 0}>
            Only when an earlier question was answered
          </option>
          <option value="band">Only for some age bands</option>
          <Show when={modeOf(rule()) === "other"}>
            <option value="other">With a combined rule</option>
          </Show>
        </select>
      </div>
      <Switch>
        <Match when={modeOf(rule()) === "equals" || modeOf(rule()) === "answered"}>
          <div class="card-grid">
            <QuestionSelect
              id={fieldId("target")}
              label="Earlier question"
              questions={earlier()}
              value={target()?.id}
              lang={lang()}
              onChange={(picked) => {
                const value = possibleValues(picked)?.[0];
                setRule(
                  modeOf(rule()) === "equals" && value !== undefined
                    ? { question: picked.id, equals: value }
                    : { question: picked.id, answered: true },
                );
              }}
            />
            <Show when={modeOf(rule()) === "equals" && target()}>
              {(picked) => (
                <div class="text-field">
                  <label class="field" for={fieldId("value")}>
                    Answer
                  </label>
                  <select
                    id={fieldId("value")}
                    class="text"
                    value={String((rule() as { equals: string | number }).equals)}
                    onChange={(e) => {
                      const raw = e.currentTarget.value;
                      const value = possibleValues(picked())?.find((v) => String(v) === raw) ?? raw;
                      setRule({ question: picked().id, equals: value });
                    }}
                  >
                    <For each={possibleValues(picked()) ?? []}>
                      {(value) => (
                        <option value={String(value)}>
                          {answerLabel(picked(), value, lang())}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              )}
            </Show>
          </div>
        </Match>
        <Match when={modeOf(rule()) === "band"}>
          <For each={props.ws.survey.ageBands}>
            {(band) => (
              <CheckField
                label={bandName(band)}
                checked={(rule() as { ageBand: string[] }).ageBand.includes(band)}
                onChange={(on) => {
                  const bands = new Set((rule() as { ageBand: (typeof band)[] }).ageBand);
                  if (on) bands.add(band);
                  else bands.delete(band);
                  setRule(bands.size > 0 ? { ageBand: [...bands] } : undefined);
                }}
              />
            )}
          </For>
        </Match>
        <Match when={modeOf(rule()) === "other"}>
          <p class="hint">
            Asked only when a child{" "}
            <RuleText parts={conditionWords(rule()!, allQuestions(props.ws.survey), lang())} />.
            This combined rule is edited in the JSON file; choose another option above to replace
            it.
          </p>
        </Match>
      </Switch>
      <For each={props.ws.issues(`${props.path}.showIf`)}>
        {(message) => <p class="field-error">{message}</p>}
      </For>
    </fieldset>
  );
}
