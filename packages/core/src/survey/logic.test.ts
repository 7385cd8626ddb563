import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerIssues } from "./answer.js";
import type { AgeBand } from "./base.js";
import {
  conditionHolds,
  isShown,
  logicProblems,
  questionForBand,
  visibleQuestions,
} from "./logic.js";
import { allQuestions, type Question } from "./schema.js";
import { answersFor, backwardSurvey, surveyOf } from "./testing.js";

const survey = (questions: unknown[], ageBands: AgeBand[] = ["8-11", "12-17"]) =>
  surveyOf(questions, { ageBands });

const yesNo = (id: string, extra: object = {}) => ({
  id,
  type: "yesNo",
  prompt: { en: id },
  ...extra,
});

describe("show-if rules", () => {
  const branching = survey([
    yesNo("safe"),
    yesNo("tell", { showIf: { question: "safe", in: ["no", "notSure"] } }),
    yesNo("teen", { showIf: { ageBand: ["12-17"] } }),
    yesNo("not-younger", { bands: { "8-11": { hidden: true } } }),
    yesNo("after-tell", { showIf: { question: "tell", answered: true } }),
  ]);
  const ids = (answers: Record<string, string>, band?: "8-11" | "12-17") =>
    visibleQuestions(branching, answers, band).map((q) => q.id);

  it("follows earlier answers and the age band", () => {
    expect(ids({ safe: "yes" }, "8-11")).toEqual(["safe"]);
    expect(ids({ safe: "no" }, "12-17")).toEqual(["safe", "tell", "teen", "not-younger"]);
    expect(ids({ safe: "no", tell: "yes" }, "8-11")).toEqual(["safe", "tell", "after-tell"]);
  });

  it("forgets answers to questions that are no longer shown", () => {
    // The child said "no", answered "tell", then went back and said "yes".
    expect(ids({ safe: "yes", tell: "yes" }, "8-11")).toEqual(["safe"]);
  });

  it("treats an unknown band as no band: band rules fail, band hiding does not apply", () => {
    expect(ids({ safe: "yes" })).toEqual(["safe", "not-younger"]);
    expect(visibleQuestions({ ...branching, ageBands: ["12-17"] }, {}).map((q) => q.id)).toEqual([
      "safe",
      "teen",
      "not-younger",
    ]);
  });

  it("matches a several-choice answer when any chosen option is listed", () => {
    const rule = { question: "pets", in: ["dog", "cat"] };
    expect(conditionHolds(rule, { pets: ["fish", "cat"] }, undefined)).toBe(true);
    expect(conditionHolds(rule, { pets: ["fish"] }, undefined)).toBe(false);
    expect(conditionHolds({ not: rule }, {}, undefined)).toBe(true);
  });

  it("uses the band's own words", () => {
    const question = survey([
      yesNo("home", { bands: { "8-11": { prompt: { en: "Is home nice?" } } } }),
    ]).pages[0]!.questions[0]!;
    expect(questionForBand(question, "8-11").prompt).toEqual({ en: "Is home nice?" });
    expect(questionForBand(question, "12-17")).toBe(question);
  });
});

describe("logicProblems", () => {
  it("names the questions in every kind of problem", () => {
    const problems = logicProblems(
      survey([
        yesNo("a", { showIf: { question: "b", answered: true } }),
        yesNo("b", { showIf: { question: "a", answered: true } }),
        yesNo("c", { showIf: { question: "c", equals: "yes" } }),
        yesNo("d", { showIf: { all: [{ question: "ghost", answered: true }] } }),
        yesNo("e", { showIf: { question: "a", equals: "maybe" } }),
        yesNo("f", { showIf: { ageBand: ["4-7"] } }),
        { id: "g", type: "text", prompt: { en: "g" } },
        yesNo("h", { showIf: { question: "g", equals: "hello" } }),
        yesNo("i", { bands: { "8-11": { hidden: true }, "12-17": { hidden: true } } }),
      ]),
    );
    expect(problems).toEqual([
      'Question "a" depends on "b", which comes after it. Move "b" before "a" or change the rule.',
      'Question "c" depends on its own answer; a rule can only look back.',
      'Question "d" depends on "ghost", but there is no such question.',
      'Question "e" checks "a" for "maybe", which it cannot be.',
      'Question "f" checks age band 4-7, which this survey is not for.',
      'Question "h" compares "g"\'s free text with a value; use "answered" instead.',
      'Question "i" is hidden for every age band this survey is for.',
      'Questions "a" → "b" → "a" depend on each other in a loop.',
    ]);
  });

  it("accepts any survey whose rules only look back (property)", () => {
    fc.assert(
      fc.property(backwardSurvey, (generated) => {
        expect(logicProblems(generated)).toEqual([]);
      }),
    );
  });

  it("rejects a forward reference, naming both questions (property)", () => {
    fc.assert(
      fc.property(
        backwardSurvey.filter((s) => allQuestions(s).length >= 2),
        fc.nat(),
        fc.nat(),
        (original, a, b) => {
          const generated = structuredClone(original);
          const questions = allQuestions(generated);
          const from = a % (questions.length - 1);
          const to = from + 1 + (b % (questions.length - from - 1));
          const [source, target] = [questions[from]!, questions[to]!];
          const forward = { question: target.id, answered: true };
          source.showIf = source.showIf ? { all: [source.showIf, forward] } : forward;
          const named = logicProblems(generated).filter(
            (p) => p.includes(`"${source.id}"`) && p.includes(`"${target.id}"`),
          );
          expect(named.some((p) => p.includes("comes after it"))).toBe(true);
        },
      ),
    );
  });

  it("never shows a question whose rule is false, and accepts answers to what it shows (property)", () => {
    fc.assert(
      fc.property(
        backwardSurvey,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (generated, seeds, pick) => {
          const band = [undefined, ...generated.ageBands][pick % (generated.ageBands.length + 1)];
          const answers = answersFor(allQuestions(generated), seeds);
          const shown = visibleQuestions(generated, answers, band);
          const kept = Object.fromEntries(
            shown.filter((q) => answers[q.id] !== undefined).map((q) => [q.id, answers[q.id]!]),
          );
          const effectiveBand =
            band ?? (generated.ageBands.length === 1 ? generated.ageBands[0] : undefined);
          for (const question of shown) {
            expect(isShown(question, kept, effectiveBand)).toBe(true);
          }
          const hidden = allQuestions(generated).filter((q: Question) => !shown.includes(q));
          for (const question of hidden) {
            expect(isShown(question, kept, effectiveBand)).toBe(false);
          }
          expect(answerIssues(generated, kept, band)).toEqual([]);
        },
      ),
    );
  });
});
