/**
 * Test-only: fast-check generators of valid surveys and answers, shared by the property tests.
 * Surveys are built from random "seeds" (plain numbers) so every rule can be aimed at an earlier
 * question with a value that question can really have.
 */
import fc from "fast-check";
import * as v from "valibot";
import { AGE_BANDS, type AgeBand } from "./base.js";
import type { Condition } from "./condition.js";
import { possibleValues, type Question, type QuestionType } from "./question.js";
import { type AnswerValue, type SurveyInput, SurveyVersion } from "./schema.js";

const TYPES: QuestionType[] = [
  "emoji",
  "yesNo",
  "choice",
  "multi",
  "scale",
  "text",
  "threeHouses",
  "info",
];

const leafSeed = fc.record({
  kind: fc.constantFrom("answered", "equals", "in", "band"),
  target: fc.nat(),
  value: fc.nat(),
  negate: fc.boolean(),
});

const questionSeed = fc.record({
  type: fc.constantFrom(...TYPES),
  options: fc.integer({ min: 2, max: 5 }),
  rule: fc.option(
    fc.record({
      join: fc.constantFrom("all", "any"),
      leaves: fc.array(leafSeed, { minLength: 1, maxLength: 3 }),
    }),
    { freq: 2 },
  ),
  hideFirstBand: fc.boolean(),
  newPage: fc.boolean(),
});

type SeedOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function makeQuestion(id: string, seed: SeedOf<typeof questionSeed>): Record<string, unknown> {
  const base = { id, prompt: { en: `Question ${id}?` } };
  const options = Array.from({ length: seed.options }, (_, i) => ({
    id: `o${i}`,
    label: { en: `Option ${i}` },
  }));
  switch (seed.type) {
    case "emoji":
      return { ...base, type: "emoji", faces: seed.options % 2 === 0 ? 3 : 5 };
    case "choice":
      return { ...base, type: "choice", options };
    case "multi":
      return { ...base, type: "multi", options, min: 1, max: seed.options };
    case "scale":
      return { ...base, type: "scale", minLabel: { en: "Low" }, maxLabel: { en: "High" } };
    default:
      return { ...base, type: seed.type };
  }
}

function makeRule(
  rule: NonNullable<SeedOf<typeof questionSeed>["rule"]>,
  earlier: Question[],
  bands: AgeBand[],
): Condition {
  const answerable = earlier.filter((q) => q.type !== "info");
  const leaves = rule.leaves.map((leaf): Condition => {
    const target = answerable[leaf.target % Math.max(1, answerable.length)];
    let condition: Condition;
    const values = target ? possibleValues(target) : undefined;
    if (!target || leaf.kind === "band") {
      condition = { ageBand: [bands[leaf.value % bands.length]!] };
    } else if (leaf.kind === "answered" || !values) {
      condition = { question: target.id, answered: leaf.value % 2 === 0 };
    } else if (leaf.kind === "equals") {
      condition = { question: target.id, equals: values[leaf.value % values.length]! };
    } else {
      condition = {
        question: target.id,
        in: values.filter((_, i) => (leaf.value >> i) % 2 === 0).concat(values[0]!),
      };
    }
    return leaf.negate ? { not: condition } : condition;
  });
  return rule.join === "all" ? { all: leaves } : { any: leaves };
}

/** A valid survey whose rules only ever look back at earlier questions. */
export const backwardSurvey = fc
  .record({
    bands: fc.subarray([...AGE_BANDS], { minLength: 1 }),
    seeds: fc.array(questionSeed, { minLength: 1, maxLength: 12 }),
  })
  .map(({ bands, seeds }) => {
    const questions: Question[] = [];
    const pages: { id: string; questions: Question[] }[] = [];
    seeds.forEach((seed, i) => {
      const raw = makeQuestion(`q${i}`, seed);
      if (seed.rule) raw.showIf = makeRule(seed.rule, questions, bands);
      // Hidden for one band only, so no question is hidden for every band.
      if (seed.hideFirstBand && bands.length > 1) raw.bands = { [bands[0]!]: { hidden: true } };
      const question = raw as Question;
      questions.push(question);
      if (seed.newPage || pages.length === 0) pages.push({ id: `p${pages.length}`, questions: [] });
      pages.at(-1)!.questions.push(question);
    });
    const input = {
      surveyId: "srv_test",
      version: 1,
      title: { en: "Test" },
      defaultLanguage: "en",
      languages: ["en"],
      ageBands: bands,
      pages,
    } as SurveyInput;
    return v.parse(SurveyVersion, input);
  });

/** A one-page survey of these questions, parsed as the API would, with any fields overridden. */
export function surveyOf(questions: unknown[], extra: Partial<SurveyInput> = {}): SurveyVersion {
  return v.parse(SurveyVersion, {
    surveyId: "s",
    version: 1,
    title: { en: "T" },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["8-11"],
    pages: [{ id: "main", questions }],
    ...extra,
  } as SurveyInput);
}

/** A value that fits the question, from a random seed; undefined for `info`. */
export function answerFor(question: Question, seed: number): AnswerValue | undefined {
  const values = possibleValues(question);
  switch (question.type) {
    case "info":
      return undefined;
    case "multi": {
      const chosen = question.options.filter((_, i) => (seed >> i) % 2 === 1).map((o) => o.id);
      return chosen.length > 0 ? chosen : [question.options[0]!.id];
    }
    case "text":
      return seed % 3 === 0 && question.allowPreferNot ? "preferNot" : `words ${seed}`;
    case "threeHouses":
      return seed % 2 === 0
        ? { worries: `worry ${seed}` }
        : { dreams: "a dog", goodThings: "school" };
    default:
      return values![seed % values!.length];
  }
}

/** Answers to a random selection of a survey's questions, each one a fitting value. */
export function answersFor(questions: Question[], seeds: number[]): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  questions.forEach((question, i) => {
    const seed = seeds[i % seeds.length] ?? 0;
    const value = seed % 4 === 0 ? undefined : answerFor(question, seed);
    if (value !== undefined) answers[question.id] = value;
  });
  return answers;
}
