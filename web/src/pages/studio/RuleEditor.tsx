/**
 * A show-if rule edited as boxes inside boxes: each rule says what it checks (an earlier answer,
 * whether a question was answered, the child's age band) or combines others ("all of these",
 * "any of these", "not this"). Changes go up as whole new nodes; `<Index>` keeps each box's
 * controls in place, so the keyboard focus stays where the officer is working.
 */
import {
  type AgeBand,
  MAX_RULE_DEPTH,
  possibleValues,
  type Question,
} from "@chorus/core/survey/schema";
import { Index, Match, Show, Switch, splitProps } from "solid-js";
import { QuestionSelect } from "./RulePieces";
import {
  canNest,
  changeKind,
  depthOf,
  MAX_GROUP_SIZE,
  type RuleKind,
  type RuleNode,
  ruleAbout,
} from "./ruleModel";
import { answerLabel } from "./ruleWords";
import { bandName } from "./SurveyDetails";
import { CheckField } from "./Words";

/** Each kind of rule as the officer picks it, finishing "Ask this question only when…". */
export const KIND_WORDS: Record<RuleKind, string> = {
  answer: "an earlier answer is…",
  answered: "an earlier question was answered, or left unanswered",
  band: "the child is in some age bands",
  all: "all of several rules hold",
  any: "any one of several rules holds",
  not: "a rule does not hold",
};
const KINDS = Object.keys(KIND_WORDS) as RuleKind[];

/** What every box needs to know about the survey. */
export interface RuleContext {
  earlier: readonly Question[];
  bands: readonly AgeBand[];
  lang: string;
}

interface NodeProps {
  node: RuleNode;
  onChange: (next: RuleNode) => void;
  /** 1 for the whole rule, one more for each box it sits inside. */
  level: number;
  /** Unique prefix for the box's element ids. */
  id: string;
  /** "rule 2.1", used in labels; "" for the whole rule. */
  name: string;
  ctx: RuleContext;
}

const capitalised = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** Focuses an element once Solid has drawn it. */
export function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The choice of kind for one box; `always` adds "Always" for the whole rule. */
export function KindSelect(props: {
  id: string;
  label: string;
  node: RuleNode | undefined;
  level: number;
  ctx: RuleContext;
  onPick: (kind: RuleKind | "always") => void;
  always?: boolean;
}) {
  /** A kind is offered when it can be built here and stays within the depth limit. */
  const allowed = (kind: RuleKind) => {
    if (!props.node) return kind === "band" || props.ctx.earlier.length > 0 || kind === "all";
    const next = changeKind(props.node, kind, props.ctx.earlier, props.ctx.bands);
    return next !== undefined && props.level - 1 + depthOf(next) <= MAX_RULE_DEPTH;
  };
  return (
    <div class="text-field">
      <label class="field" for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class="text"
        value={props.node?.kind ?? "always"}
        onChange={(e) => props.onPick(e.currentTarget.value as RuleKind | "always")}
      >
        <Show when={props.always}>
          <option value="always">Always</option>
        </Show>
        <Index each={KINDS}>
          {(kind) => (
            <option value={kind()} disabled={!allowed(kind())}>
              {props.always ? `Only when ${KIND_WORDS[kind()]}` : `When ${KIND_WORDS[kind()]}`}
            </option>
          )}
        </Index>
      </select>
    </div>
  );
}

/** What a box checks, below its kind: the question and answers, the bands, or the boxes inside. */
export function RuleBody(props: NodeProps) {
  const of = <K extends RuleKind>(_kind: K) => props.node as Extract<RuleNode, { kind: K }>;
  const suffix = () => (props.name ? ` for ${props.name}` : "");
  const withAnswers = () => props.ctx.earlier.filter((q) => possibleValues(q) !== undefined);
  const target = () => {
    const n = props.node;
    return "question" in n ? props.ctx.earlier.find((q) => q.id === n.question) : undefined;
  };
  return (
    <Switch>
      <Match when={props.node.kind === "answer"}>
        <div class="card-grid">
          <QuestionSelect
            id={`${props.id}-question`}
            label={`Earlier question${suffix()}`}
            questions={withAnswers()}
            value={of("answer").question}
            lang={props.ctx.lang}
            onChange={(picked) => props.onChange(ruleAbout(picked))}
          />
        </div>
        <Show when={target()}>
          {(question) => (
            <fieldset class="rule-answers">
              <legend>Answers{suffix()}</legend>
              <Index each={possibleValues(question()) ?? []}>
                {(value) => (
                  <CheckField
                    label={answerLabel(question(), value(), props.ctx.lang)}
                    checked={of("answer").values.includes(value())}
                    onChange={(on) => {
                      const now = of("answer");
                      const values = (possibleValues(question()) ?? []).filter((v) =>
                        v === value() ? on : now.values.includes(v),
                      );
                      // A rule needs an answer to look for; the last one stays ticked.
                      if (values.length === 0) return props.onChange({ ...now });
                      props.onChange({ ...now, values, single: values.length === 1 });
                    }}
                  />
                )}
              </Index>
            </fieldset>
          )}
        </Show>
      </Match>
      <Match when={props.node.kind === "answered"}>
        <div class="card-grid">
          <QuestionSelect
            id={`${props.id}-question`}
            label={`Earlier question${suffix()}`}
            questions={props.ctx.earlier}
            value={of("answered").question}
            lang={props.ctx.lang}
            onChange={(picked) => props.onChange({ ...of("answered"), question: picked.id })}
          />
          <div class="text-field">
            <label class="field" for={`${props.id}-answered`}>
              {`Answered or not${suffix()}`}
            </label>
            <select
              id={`${props.id}-answered`}
              class="text"
              value={String(of("answered").answered)}
              onChange={(e) =>
                props.onChange({ ...of("answered"), answered: e.currentTarget.value === "true" })
              }
            >
              <option value="true">The child answered it</option>
              <option value="false">The child left it unanswered</option>
            </select>
          </div>
        </div>
      </Match>
      <Match when={props.node.kind === "band"}>
        <fieldset class="rule-answers">
          <legend>Age bands{suffix()}</legend>
          <Index each={props.ctx.bands}>
            {(band) => (
              <CheckField
                label={bandName(band())}
                checked={of("band").bands.includes(band())}
                onChange={(on) => {
                  const bands = props.ctx.bands.filter((b) =>
                    b === band() ? on : of("band").bands.includes(b),
                  );
                  props.onChange({
                    kind: "band",
                    bands: bands.length > 0 ? bands : of("band").bands,
                  });
                }}
              />
            )}
          </Index>
        </fieldset>
      </Match>
      <Match when={props.node.kind === "all" || props.node.kind === "any"}>
        <Group {...props} />
      </Match>
      <Match when={props.node.kind === "not"}>
        <div class="rule-box">
          <RuleBox
            {...props}
            node={of("not").item}
            onChange={(item) => props.onChange({ kind: "not", item })}
            level={props.level + 1}
            id={`${props.id}-n`}
            name={props.name ? `the rule inside ${props.name}` : "the rule inside"}
          />
        </div>
      </Match>
    </Switch>
  );
}

/** One box: its kind, then what it checks. */
function RuleBox(props: NodeProps & { onRemove?: () => void }) {
  // The box's own remove button only: the boxes inside it must not inherit it.
  const [own, node] = splitProps(props, ["onRemove"]);
  const remembered = new Map<RuleKind, RuleNode>();
  return (
    <>
      <KindSelect
        id={`${props.id}-kind`}
        label={`What ${props.name} checks`}
        node={props.node}
        level={props.level}
        ctx={props.ctx}
        onPick={(kind) => {
          if (kind === "always") return;
          // Arrow keys on a closed list pick each kind they pass: keep what each kind held.
          remembered.set(props.node.kind, props.node);
          const next =
            remembered.get(kind) ??
            changeKind(props.node, kind, props.ctx.earlier, props.ctx.bands);
          if (next) props.onChange(next);
        }}
      />
      <RuleBody {...node} />
      <Show when={own.onRemove}>
        {(remove) => (
          <button type="button" class="btn small" onClick={() => remove()()}>
            Remove {props.name}
          </button>
        )}
      </Show>
    </>
  );
}

/** The rules inside "all" or "any", each in its own box, with a button for one more. */
function Group(props: NodeProps) {
  const group = () => props.node as Extract<RuleNode, { kind: "all" | "any" }>;
  /** "rule 2", "rule 2.1" inside rule 2, or "the rule inside rule 3, rule 1". */
  const childName = (i: number) => {
    if (!props.name) return `rule ${i + 1}`;
    return props.name.startsWith("rule ")
      ? `${props.name}.${i + 1}`
      : `${props.name}, rule ${i + 1}`;
  };
  const set = (items: RuleNode[]) => props.onChange({ kind: group().kind, items });
  const add = () => {
    const items = group().items;
    const last = items.at(-1);
    const fresh =
      (last && last.kind !== "all" && last.kind !== "any" && last.kind !== "not" && { ...last }) ||
      (props.ctx.earlier[0] ? ruleAbout(props.ctx.earlier[0]) : undefined) ||
      (props.ctx.bands[0] && ({ kind: "band", bands: [props.ctx.bands[0]] } as RuleNode));
    if (!fresh) return;
    set([...items, fresh]);
    focusSoon(`${props.id}-${items.length}-kind`);
  };
  return (
    <div class="rule-group">
      <p class="hint">
        {group().kind === "all"
          ? "Every one of these must hold:"
          : "At least one of these must hold:"}
      </p>
      <ol class="rule-list">
        <Index each={group().items}>
          {(item, i) => (
            <li>
              <fieldset class="rule-box">
                <legend>{capitalised(childName(i))}</legend>
                <RuleBox
                  node={item()}
                  onChange={(next) => set(group().items.map((old, j) => (j === i ? next : old)))}
                  level={props.level + 1}
                  id={`${props.id}-${i}`}
                  name={childName(i)}
                  ctx={props.ctx}
                  onRemove={
                    group().items.length > 1
                      ? () => {
                          set(group().items.filter((_, j) => j !== i));
                          focusSoon(`${props.id}-add`);
                        }
                      : undefined
                  }
                />
              </fieldset>
            </li>
          )}
        </Index>
      </ol>
      <button
        type="button"
        class="btn small"
        id={`${props.id}-add`}
        disabled={group().items.length >= MAX_GROUP_SIZE || !canNest(props.level)}
        onClick={add}
      >
        {props.name ? `Add a rule to ${props.name}` : "Add a rule"}
      </button>
    </div>
  );
}
