import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { myLifeInCare } from "../demo/surveys.js";
import { answerIssues, answerProblem } from "./answer.js";
import {
  type AnswerValue,
  allQuestions,
  type Question,
  type SurveyInput,
  SurveyVersion,
} from "./schema.js";

const question = (id: string) => allQuestions(myLifeInCare).find((q) => q.id === id)!;

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

describe("the newer kinds of question", () => {
  const studio = v.parse(SurveyVersion, {
    surveyId: "s",
    version: 1,
    title: { en: "T" },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["8-11", "12-17"],
    pages: [
      {
        id: "main",
        questions: [
          { id: "intro", type: "info", prompt: { en: "Hello" } },
          {
            id: "pets",
            type: "multi",
            prompt: { en: "Pets?" },
            min: 1,
            max: 2,
            options: ["dog", "cat", "fish"].map((id) => ({ id, label: { en: id } })),
          },
          {
            id: "settled",
            type: "scale",
            prompt: { en: "Settled?" },
            minLabel: { en: "No" },
            maxLabel: { en: "Yes" },
            allowPreferNot: false,
          },
          { id: "houses", type: "threeHouses", prompt: { en: "Houses" }, maxLength: 10 },
          {
            id: "teen-only",
            type: "yesNo",
            prompt: { en: "Teen?" },
            bands: { "8-11": { hidden: true } },
          },
          {
            id: "which-dog",
            type: "text",
            prompt: { en: "Which dog?" },
            showIf: { question: "pets", equals: "dog" },
          },
        ],
      },
    ],
  } satisfies SurveyInput);
  const find = (id: string) => allQuestions(studio).find((q) => q.id === id)!;

  it.each([
    ["intro", "preferNot", false],
    ["pets", ["dog"], true],
    ["pets", ["dog", "cat"], true],
    ["pets", ["dog", "cat", "fish"], false],
    ["pets", [], false],
    ["pets", ["dog", "dog"], false],
    ["pets", ["horse"], false],
    ["pets", "dog", false],
    ["pets", "preferNot", true],
    ["settled", 0, true],
    ["settled", 10, true],
    ["settled", 11, false],
    ["settled", 2.5, false],
    ["settled", "preferNot", false],
    ["houses", { worries: "the dark", dreams: "a dog" }, true],
    ["houses", { goodThings: "   " }, false],
    ["houses", { worries: "far too many words" }, false],
    ["houses", "preferNot", true],
    ["houses", "the dark", false],
  ] as const)("%s = %j is %s", (id, value, ok) => {
    expect(answerProblem(find(id), value as AnswerValue) === undefined).toBe(ok);
  });

  it("refuses answers to questions the child was not shown", () => {
    const answers = { pets: ["cat"], "which-dog": "Rex", "teen-only": "yes" };
    expect(answerIssues(studio, answers, "8-11")).toEqual([
      { path: "answers.which-dog", message: expect.stringMatching(/not shown/) },
      { path: "answers.teen-only", message: "This question is not asked in the 8-11 age band." },
    ]);
    expect(
      answerIssues(studio, { pets: ["dog"], "which-dog": "Rex", "teen-only": "yes" }, "12-17"),
    ).toEqual([]);
  });
});
