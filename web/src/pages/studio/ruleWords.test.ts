import { myLifeInCare } from "@chorus/core/demo/surveys";
import { allQuestions } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import { concernWords, conditionWords, plain } from "./ruleWords";

const questions = allQuestions(myLifeInCare);
const words = (condition: Parameters<typeof conditionWords>[0]) =>
  plain(conditionWords(condition, questions, "en"), "*");

describe("rules in words", () => {
  it("read a safeguarding rule as a sentence with its answers marked", () => {
    const sentence = concernWords(
      { when: { question: "feel-safe", in: ["no", "notSure"] }, severity: "urgent" },
      questions,
      "en",
    );
    expect(plain(sentence.condition, "*")).toBe(
      "If a child answers *No* or *Not sure* to “Do you feel safe where you live?”",
    );
    expect(sentence.outcome).toBe("urgent: a safeguarding lead must look within the hour");
    expect(
      concernWords(
        { when: { question: "feel-home", equals: 1 }, severity: "concern" },
        questions,
        "en",
      ).outcome,
    ).toBe("concern: a safeguarding lead must look within a working day");
  });

  it("name faces and 'rather not say' by their words, never their stored values", () => {
    expect(words({ question: "feel-home", in: [1, 2, "preferNot"] })).toMatch(
      /^answers \*Really bad\*, \*Not good\* or \*I'd rather not say\* to “/,
    );
  });

  it("read combined rules in words too, never as JSON", () => {
    const combined = words({
      all: [
        { question: "feel-safe", equals: "no" },
        {
          any: [{ ageBand: ["8-11", "16-25"] }, { not: { question: "feel-home", answered: true } }],
        },
      ],
    });
    expect(combined).toBe(
      "answers *No* to “Do you feel safe where you live?” and (is aged 8–11 or 16–25 (care " +
        "leavers) or does not do this: (answers “How do you feel about where you live?”))",
    );
    expect(combined).not.toMatch(/[{}"]/);
    expect(words({ question: "gone", in: ["no"] })).toBe(
      "answers *no* to “gone” (not in this survey any more)",
    );
  });
});
