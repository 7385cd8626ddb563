/**
 * A show-if rule as the editor holds it: one node per box on screen. A node maps to exactly one
 * rule shape and back, so opening a rule and saving it untouched writes the same JSON
 * (`{ in: ["no"] }` stays `in`, `{ answered: false }` stays false). Pure, so it is tested on
 * every template's rules without a screen.
 */
import {
  type AgeBand,
  type Condition,
  type ConditionValue,
  MAX_RULE_DEPTH,
  possibleValues,
  type Question,
} from "@chorus/core/survey/schema";

/** The most rules an "all" or "any" holds, as the condition schema allows. */
export const MAX_GROUP_SIZE = 20;

export type RuleNode =
  | { kind: "all" | "any"; items: RuleNode[] }
  | { kind: "not"; item: RuleNode }
  /** `single` keeps `equals` apart from an `in` list of one. */
  | { kind: "answer"; question: string; values: ConditionValue[]; single: boolean }
  | { kind: "answered"; question: string; answered: boolean }
  | { kind: "band"; bands: AgeBand[] };

export type RuleKind = RuleNode["kind"];

export function toModel(condition: Condition): RuleNode {
  if ("all" in condition) return { kind: "all", items: condition.all.map(toModel) };
  if ("any" in condition) return { kind: "any", items: condition.any.map(toModel) };
  if ("not" in condition) return { kind: "not", item: toModel(condition.not) };
  if ("ageBand" in condition) return { kind: "band", bands: [...condition.ageBand] };
  if ("answered" in condition)
    return { kind: "answered", question: condition.question, answered: condition.answered };
  if ("equals" in condition)
    return {
      kind: "answer",
      question: condition.question,
      values: [condition.equals],
      single: true,
    };
  return { kind: "answer", question: condition.question, values: [...condition.in], single: false };
}

export function fromModel(node: RuleNode): Condition {
  switch (node.kind) {
    case "all":
      return { all: node.items.map(fromModel) };
    case "any":
      return { any: node.items.map(fromModel) };
    case "not":
      return { not: fromModel(node.item) };
    case "band":
      return { ageBand: [...node.bands] };
    case "answered":
      return { question: node.question, answered: node.answered };
    case "answer":
      return node.single && node.values.length === 1
        ? { question: node.question, equals: node.values[0]! }
        : { question: node.question, in: [...node.values] };
  }
}

/** How many levels a node spans: 1 for a single rule, one more for each all / any / not. */
export function depthOf(node: RuleNode): number {
  if (node.kind === "all" || node.kind === "any")
    return 1 + Math.max(0, ...node.items.map(depthOf));
  if (node.kind === "not") return 1 + depthOf(node.item);
  return 1;
}

/** Whether a rule may be combined or wrapped at `level` (1 for the top) within the depth limit. */
export const canNest = (level: number) => level < MAX_RULE_DEPTH;

/** A first rule about `question`: its first answer, or "was answered" when it has none to pick. */
export function ruleAbout(question: Question): RuleNode {
  const first = possibleValues(question)?.[0];
  return first === undefined
    ? { kind: "answered", question: question.id, answered: true }
    : { kind: "answer", question: question.id, values: [first], single: true };
}

/**
 * The node after the officer picks another kind for it. Combining keeps what was there as the
 * first rule inside, and un-combining keeps the first rule inside, so nothing typed is lost by
 * trying a kind out.
 */
export function changeKind(
  node: RuleNode,
  kind: RuleKind,
  earlier: readonly Question[],
  bands: readonly AgeBand[],
): RuleNode | undefined {
  if (kind === node.kind) return node;
  const leaf = (n: RuleNode): RuleNode | undefined => {
    if (n.kind === "all" || n.kind === "any") return n.items[0] && leaf(n.items[0]);
    if (n.kind === "not") return leaf(n.item);
    return n;
  };
  const inner = leaf(node);
  const about =
    inner && "question" in inner ? earlier.find((q) => q.id === inner.question) : undefined;
  const question = about ?? earlier[0];
  switch (kind) {
    case "all":
    case "any": {
      const items = node.kind === "all" || node.kind === "any" ? node.items : [node];
      return { kind, items };
    }
    case "not":
      return { kind: "not", item: node.kind === "not" ? node.item : node };
    case "band":
      return inner?.kind === "band" ? inner : bands[0] && { kind: "band", bands: [bands[0]] };
    case "answered":
      return question && { kind: "answered", question: question.id, answered: true };
    case "answer": {
      if (inner?.kind === "answer") return inner;
      const fresh = question && ruleAbout(question);
      return fresh?.kind === "answer"
        ? fresh
        : earlier.map(ruleAbout).find((n) => n.kind === "answer");
    }
  }
}
