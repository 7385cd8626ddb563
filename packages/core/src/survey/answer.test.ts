import { describe, expect, it } from "vitest";
import { myLifeInCare } from "../demo/surveys.js";
import { answerIssues, answerProblem } from "./answer.js";
import type { Question } from "./schema.js";

const question = (id: string) => myLifeInCare.questions.find((q) => q.id === id)!;

describe("answers are checked against the question that asked them", () => {
  it.each([
    ["feel-home", 1, true],
    ["feel-home", 5, true],
    ["feel-home", 6, false],
    ["feel-home", "5", false],
    ["feel-safe", "notSure", true],
    ["feel-safe", "maybe", false],
    ["trusted-adult", "teacher", true],
    ["trusted-adult", "Teacher", false],
    ["one-thing", "Stay at my school", true],
    ["one-thing", 7, false],
    ["one-thing", "preferNot", true],
  ] as const)("%s = %j is %s", (id, value, ok) => {
    expect(answerProblem(question(id), value) === undefined).toBe(ok);
  });

  it('refuses "rather not say" where the officer turned it off', () => {
    const strict: Question = { ...question("feel-safe"), allowPreferNot: false } as Question;
    expect(answerProblem(strict, "preferNot")).toMatch(/rather not say/);
  });

  it("names every problem by its path", () => {
    const issues = answerIssues(myLifeInCare, { "feel-home": 0, ghost: "x", "feel-safe": "yes" });
    expect(issues.map((i) => i.path)).toEqual(["answers.feel-home", "answers.ghost"]);
  });
});
