/**
 * The survey's safeguarding rules, in words: "If a child answers No to “Do you feel safe where
 * you live?” → urgent: a safeguarding lead must look within the hour". The officer adds, changes
 * (question, answers, how soon) and removes them; each change autosaves like the rest. A rule
 * that combines answers is edited box by box, like a combined show-if rule.
 */
import { asksAboutSafety, safetyQuestionsWithoutRule } from "@chorus/core/survey/concerns";
import {
  allQuestions,
  answerRules,
  type ConcernRule,
  possibleValues,
  type Question,
  type Severity,
} from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { StatusLine } from "../../ui/fields";
import {
  addConcern,
  removeConcern,
  ruleQuestions,
  setConcernAnswer,
  setConcernQuestion,
  setConcernSeverity,
  simpleConcern,
} from "./edit";
import { RuleBody } from "./RuleEditor";
import { QuestionSelect, RuleText } from "./RulePieces";
import { fromModel, toModel } from "./ruleModel";
import { answerLabel, concernWords, plain, SEVERITY_WORDS } from "./ruleWords";
import type { Workspace } from "./workspace";

const SEVERITIES: Severity[] = ["urgent", "concern"];

/** Focuses a control of rule `index` (or the add button) once the DOM has caught up. */
function focusRule(index: number | undefined, control: string) {
  requestAnimationFrame(() => {
    const target =
      index === undefined
        ? document.querySelector<HTMLElement>('[data-control="add-concern"]')
        : document.querySelector<HTMLElement>(`#concern-${index} [data-control="${control}"]`);
    target?.focus();
  });
}

/** The rule as one sentence, answers in bold; the arrow is read as "then". */
function RuleSentence(props: { rule: ConcernRule; questions: Question[]; lang: string }) {
  const words = () => concernWords(props.rule, props.questions, props.lang);
  return (
    <>
      <RuleText parts={words().condition} /> <span aria-hidden="true">→</span>
      <span class="sr-only"> then</span> <strong>{words().outcome}</strong>.
    </>
  );
}

export function ConcernRules(props: { ws: Workspace }) {
  const ws = props.ws;
  const [said, setSaid] = createSignal<string>();
  const rules = () => ws.survey.concerns ?? [];

  const add = () => {
    let at = -1;
    ws.change((survey) => {
      at = addConcern(survey);
    });
    if (at < 0) {
      return setSaid("Add a question with answers to choose from (such as yes / no) first.");
    }
    const words = concernWords(rules()[at]!, allQuestions(ws.survey), ws.survey.defaultLanguage);
    setSaid(`Rule ${at + 1} added: ${plain(words.condition)}. Choose its question and answers.`);
    focusRule(at, "question");
  };

  const remove = (index: number) => {
    let next: number | undefined;
    ws.change((survey) => {
      next = removeConcern(survey, index);
    });
    setSaid(
      next === undefined
        ? `Rule ${index + 1} removed. No answer alerts anyone now.`
        : `Rule ${index + 1} removed.`,
    );
    focusRule(next, "heading");
  };

  return (
    <section class="panel concerns" id="concerns" aria-labelledby="concerns-title">
      <h2 id="concerns-title" tabindex="-1">
        Safeguarding rules
      </h2>
      <p class="hint">
        Answers that mean a child may not be safe. Each one sends an alert to the safeguarding
        leads. Whatever children write in their own words is also checked for worrying words.
      </p>
      <Show when={rules().length === 0}>
        <p>
          <strong>No answer alerts anyone yet.</strong>
        </p>
      </Show>
      <ol class="concern-list">
        <For each={rules()}>
          {(rule, index) => (
            <li>
              <ConcernCard
                ws={ws}
                rule={rule}
                index={index()}
                onSay={setSaid}
                onRemove={() => remove(index())}
              />
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="btn" data-control="add-concern" onClick={add}>
        Add a safeguarding rule
      </button>
      <StatusLine text={said()} />
    </section>
  );
}

function ConcernCard(props: {
  ws: Workspace;
  rule: ConcernRule;
  index: number;
  onSay: (words: string) => void;
  onRemove: () => void;
}) {
  const ws = props.ws;
  const lang = () => ws.survey.defaultLanguage;
  const id = (name: string) => `concern-${props.index}-${name}`;
  const simple = () => simpleConcern(props.rule);
  const target = () => allQuestions(ws.survey).find((q) => q.id === simple()?.question);
  const edit = (change: Parameters<Workspace["change"]>[0]) => ws.change(change);

  const toggle = (value: string | number, on: boolean, box: HTMLInputElement) => {
    if (!on && simple()?.answers.length === 1) {
      box.checked = true;
      return props.onSay("A rule needs at least one answer. To stop it alerting, remove the rule.");
    }
    edit((survey) => setConcernAnswer(survey, props.index, value, on));
  };

  return (
    <article
      class="concern"
      id={`concern-${props.index}`}
      aria-labelledby={id("title")}
      aria-describedby={id("words")}
    >
      <h3 id={id("title")} tabindex="-1" data-control="heading">
        Rule {props.index + 1}
      </h3>
      <p class="rule-words" id={id("words")}>
        <RuleSentence rule={props.rule} questions={allQuestions(ws.survey)} lang={lang()} />
      </p>
      <Show
        when={simple()}
        fallback={
          <RuleBody
            node={toModel(props.rule.when)}
            onChange={(next) =>
              edit((survey) => {
                survey.concerns![props.index]!.when = fromModel(next);
              })
            }
            level={1}
            id={id("rule")}
            name=""
            ctx={{ earlier: ruleQuestions(ws.survey), bands: ws.survey.ageBands, lang: lang() }}
          />
        }
      >
        {(rule) => (
          <div class="card-grid">
            <QuestionSelect
              id={id("question")}
              label="Question"
              control="question"
              questions={ruleQuestions(ws.survey)}
              value={rule().question}
              lang={lang()}
              onChange={(question) =>
                edit((survey) => setConcernQuestion(survey, props.index, question))
              }
            />
            <Show when={target()}>
              {(question) => (
                <fieldset class="inline-choices">
                  <legend>Answers that alert</legend>
                  <For each={possibleValues(question()) ?? []}>
                    {(value) => (
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={rule().answers.includes(value)}
                          onChange={(event) =>
                            toggle(value, event.currentTarget.checked, event.currentTarget)
                          }
                        />
                        <span>{answerLabel(question(), value, lang())}</span>
                      </label>
                    )}
                  </For>
                </fieldset>
              )}
            </Show>
          </div>
        )}
      </Show>
      <fieldset class="severity">
        <legend>How soon a person must look</legend>
        <For each={SEVERITIES}>
          {(severity) => (
            <label class="check">
              <input
                type="radio"
                name={id("severity")}
                checked={props.rule.severity === severity}
                onChange={() => edit((survey) => setConcernSeverity(survey, props.index, severity))}
              />
              <span>
                <strong>{SEVERITY_WORDS[severity].name}</strong>: {SEVERITY_WORDS[severity].when}
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <For each={ws.issues(`concerns.${props.index}`)}>
        {(message) => <p class="field-error">{message}</p>}
      </For>
      <div class="card-actions">
        <button
          type="button"
          class="btn danger"
          data-control="remove"
          aria-describedby={id("words")}
          onClick={props.onRemove}
        >
          Remove rule {props.index + 1}
        </button>
      </div>
    </article>
  );
}

/**
 * On a question's card: the rules that look at it, in words, or, when it asks about safety and
 * no rule does, a plain warning and a button that adds the usual rules.
 */
export function QuestionConcerns(props: { ws: Workspace; question: Question }) {
  const ws = props.ws;
  const lang = () => ws.survey.defaultLanguage;
  const mine = () =>
    (ws.survey.concerns ?? []).filter((rule) =>
      answerRules(rule.when).some((r) => r.question === props.question.id),
    );
  const unruled = () =>
    asksAboutSafety(props.question) &&
    safetyQuestionsWithoutRule(ws.survey).some((q) => q.id === props.question.id);
  const goToRules = () => document.getElementById("concerns-title")?.focus();
  return (
    <Show when={mine().length > 0 || unruled()}>
      <div class="question-concerns" classList={{ unruled: unruled() }}>
        <p>
          <strong>Safeguarding</strong>
        </p>
        <Show when={unruled()}>
          <p>
            <strong>This question asks about safety, but no answer to it alerts anyone.</strong>
          </p>
          <button
            type="button"
            class="btn"
            onClick={() => ws.change((survey) => void addConcern(survey, props.question))}
          >
            Alert a safeguarding lead on worrying answers
          </button>
        </Show>
        <Show when={mine().length > 0}>
          <ul>
            <For each={mine()}>
              {(rule) => (
                <li>
                  <RuleSentence rule={rule} questions={allQuestions(ws.survey)} lang={lang()} />
                </li>
              )}
            </For>
          </ul>
        </Show>
        <button type="button" class="btn quiet" onClick={goToRules}>
          Go to the safeguarding rules
        </button>
      </div>
    </Show>
  );
}
