import { myLifeInCare } from "@chorus/core/demo/surveys";
import {
  allQuestions,
  type Condition,
  Condition as ConditionSchema,
  MAX_RULE_DEPTH,
  type Question,
} from "@chorus/core/survey/schema";
import { templates } from "@chorus/core/survey/templates";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { changeKind, depthOf, fromModel, type RuleNode, toModel } from "./ruleModel";
import { conditionWords, plain } from "./ruleWords";

/** Every show-if rule a template ships, with the questions before it. */
function shippedRules() {
  return templates().flatMap((template) => {
    const questions = allQuestions(template.definition);
    return questions.flatMap((question, at) =>
      question.showIf
        ? [{ where: `${template.id} / ${question.id}`, rule: question.showIf, questions, at }]
        : [],
    );
  });
}

/** The questions and answers a node refers to, so the test can check each is on offer. */
function leaves(node: RuleNode): RuleNode[] {
  if (node.kind === "all" || node.kind === "any") return node.items.flatMap(leaves);
  if (node.kind === "not") return leaves(node.item);
  return [node];
}

describe("every template's show-if rules in the editor", () => {
  const rules = shippedRules();

  it("finds the templates' rules, a combined one among them", () => {
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.some(({ rule }) => "any" in rule || "all" in rule || "not" in rule)).toBe(true);
  });

  it.each(rules.map((r) => [r.where, r] as const))(
    "%s: reads in words and comes back from the editor unchanged",
    (_where, { rule, questions, at }) => {
      const node = toModel(rule);
      expect(fromModel(node)).toStrictEqual(rule);
      expect(v.is(ConditionSchema, fromModel(node))).toBe(true);
      const words = plain(conditionWords(rule, questions, "en"));
      expect(words).not.toMatch(/not in this survey any more|\{|undefined/);
      expect(words.length).toBeGreaterThan(5);
      // Each question a rule looks at is one the editor offers: an earlier question.
      const earlier = questions.slice(0, at).map((q: Question) => q.id);
      for (const leaf of leaves(node)) {
        if ("question" in leaf) expect(earlier).toContain(leaf.question);
      }
    },
  );
});

describe("the editor model", () => {
  const questions = allQuestions(myLifeInCare);
  const bands = myLifeInCare.ageBands;
  const shapes: Condition[] = [
    { question: "feel-safe", equals: "no" },
    { question: "feel-safe", in: ["no"] },
    { question: "feel-safe", answered: false },
    { ageBand: ["8-11", "12-17"] },
    {
      not: {
        all: [
          { ageBand: ["8-11"] },
          {
            any: [
              { question: "feel-home", in: [1, 2] },
              { question: "feel-safe", answered: true },
            ],
          },
        ],
      },
    },
  ];

  it.each(shapes.map((s) => [JSON.stringify(s), s] as const))("keeps %s exactly", (_, shape) => {
    expect(fromModel(toModel(shape))).toStrictEqual(shape);
  });

  it("keeps the rule when combining it, and the first rule inside when un-combining", () => {
    const leaf = toModel({ question: "feel-safe", in: ["no", "notSure"] });
    const any = changeKind(leaf, "any", questions, bands)!;
    expect(fromModel(any)).toEqual({ any: [{ question: "feel-safe", in: ["no", "notSure"] }] });
    const not = changeKind(any, "not", questions, bands)!;
    expect(fromModel(not)).toEqual({
      not: { any: [{ question: "feel-safe", in: ["no", "notSure"] }] },
    });
    expect(fromModel(changeKind(not, "answer", questions, bands)!)).toEqual({
      question: "feel-safe",
      in: ["no", "notSure"],
    });
    expect(fromModel(changeKind(leaf, "answered", questions, bands)!)).toEqual({
      question: "feel-safe",
      answered: true,
    });
  });

  it("counts depth as the schema does", () => {
    let node: RuleNode = { kind: "band", bands: ["8-11"] };
    for (let i = 1; i < MAX_RULE_DEPTH; i++) node = { kind: "not", item: node };
    expect(depthOf(node)).toBe(MAX_RULE_DEPTH);
    expect(v.is(ConditionSchema, fromModel(node))).toBe(true);
    expect(v.is(ConditionSchema, fromModel({ kind: "not", item: node }))).toBe(false);
  });
});
