import { describe, expect, it } from "vitest";
import { myLifeInCare } from "../demo/surveys.js";
import { SAFETY_WORDS } from "../survey/concerns.js";
import { logicProblems } from "../survey/logic.js";
import { allQuestions } from "../survey/parts.js";
import { templates } from "../survey/templates/index.js";
import { reasonsFor, type Screener, severityOf } from "./reasons.js";

const calm = { "feel-home": 4, "feel-safe": "yes" };

describe("reasons for an alert", () => {
  it("are none for a child who says they feel safe and writes nothing", () => {
    expect(reasonsFor(myLifeInCare, { language: "en", answers: calm })).toEqual([]);
  });

  it("follow the survey's rules: no is urgent, not sure a concern", () => {
    const no = reasonsFor(myLifeInCare, { language: "en", answers: { "feel-safe": "no" } });
    expect(no).toEqual([{ kind: "answer", questionId: "feel-safe", severity: "urgent" }]);
    const unsure = reasonsFor(myLifeInCare, {
      language: "en",
      answers: { "feel-safe": "notSure" },
    });
    expect(severityOf(unsure)).toBe("concern");
  });

  it("count 'tell my worker' as urgent whatever the answers", () => {
    const reasons = reasonsFor(myLifeInCare, { language: "en", answers: calm, tellMyWorker: true });
    expect(reasons).toEqual([{ kind: "tellMyWorker", severity: "urgent" }]);
    expect(severityOf(reasons)).toBe("urgent");
  });

  it("never pass free text that no lexicon has read: a person must read it", () => {
    const reasons = reasonsFor(myLifeInCare, {
      language: "cy",
      answers: { ...calm, "one-thing": "More time with my brother" },
    });
    expect(reasons).toEqual([{ kind: "unscreened", questionId: "one-thing", severity: "concern" }]);
  });

  it("take the screener's verdict and words for text it can read", () => {
    const screen: Screener = (_language, text) =>
      text.includes("hits")
        ? { screened: true, alert: true, severity: "urgent", matched: ["hits"] }
        : { screened: true, alert: false, matched: [] };
    const answers = { ...calm, "one-thing": "my dad hits me" };
    expect(reasonsFor(myLifeInCare, { language: "en", answers }, screen)).toEqual([
      { kind: "text", questionId: "one-thing", matched: ["hits"], severity: "urgent" },
    ]);
    const fine = { ...calm, "one-thing": "a dog" };
    expect(reasonsFor(myLifeInCare, { language: "en", answers: fine }, screen)).toEqual([]);
  });

  it("ignore answers to questions the child was never shown", () => {
    const survey = {
      ...myLifeInCare,
      concerns: [
        ...(myLifeInCare.concerns ?? []),
        { when: { question: "hidden", in: ["no"] }, severity: "urgent" as const },
      ],
      pages: [
        ...myLifeInCare.pages,
        {
          id: "extra",
          questions: [
            {
              id: "hidden",
              type: "yesNo" as const,
              prompt: { en: "Only for some" },
              allowPreferNot: true,
              showIf: { question: "feel-safe", equals: "yes" },
            },
          ],
        },
      ],
    };
    const answers = { "feel-safe": "no", hidden: "no" };
    const reasons = reasonsFor(survey, { language: "en", answers });
    expect(reasons.map((r) => r.kind === "answer" && r.questionId)).toEqual(["feel-safe"]);
  });
});

describe("the disclosure lexicon, as the default screener", () => {
  it("raises urgent text with the child's own words, and lets ordinary text pass", () => {
    const answers = { ...calm, "one-thing": "my dad hitts me when hes angry" };
    const [reason] = reasonsFor(myLifeInCare, { language: "en", answers });
    expect(reason).toMatchObject({ kind: "text", questionId: "one-thing", severity: "urgent" });
    expect(reason?.kind === "text" && reason.matched.join(" ")).toMatch(/hitts/);
    const ordinary = { ...calm, "one-thing": "I could kill for a pizza" };
    expect(reasonsFor(myLifeInCare, { language: "en", answers: ordinary })).toEqual([]);
  });
});

describe("templates", () => {
  it("that ask about safety ship a rule for every such yes/no question, and the rules check out", () => {
    let asking = 0;
    for (const template of templates()) {
      const definition = template.definition;
      expect(logicProblems(definition)).toEqual([]);
      const ruled = new Set(
        (definition.concerns ?? []).flatMap((c) => ("question" in c.when ? [c.when.question] : [])),
      );
      for (const question of allQuestions(definition)) {
        if (question.type !== "yesNo" || !SAFETY_WORDS.test(question.prompt.en ?? "")) continue;
        if (!/\bfeel safe\b/i.test(question.prompt.en ?? "")) continue;
        asking++;
        expect(ruled, `${template.id}: ${question.id}`).toContain(question.id);
      }
    }
    expect(asking).toBeGreaterThanOrEqual(5);
  });

  it("a rule that names a missing question or an impossible answer is a publishing problem", () => {
    const problems = logicProblems({
      ...myLifeInCare,
      concerns: [
        { when: { question: "nope", in: ["no"] }, severity: "urgent" },
        { when: { question: "feel-safe", in: ["maybe"] }, severity: "concern" },
      ],
    });
    expect(problems).toEqual([
      `Safeguarding rule 1 looks at "nope", but there is no such question.`,
      `Safeguarding rule 2 checks "feel-safe" for "maybe", which it cannot be.`,
    ]);
  });
});
