import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { leavingCare, myLifeInCare } from "../demo/surveys.js";
import { MAX_RULE_DEPTH } from "./condition.js";
import { ResponseCreate, type SurveyInput, SurveyVersion, upgradeSurvey } from "./schema.js";

const { pages, schemaVersion, ...legacyFields } = myLifeInCare;
/** The shape stored before pages existed. */
const legacy = { ...legacyFields, questions: pages[0]!.questions };

const withPages = (pagesInput: unknown[], extra: object = {}) =>
  v.safeParse(SurveyVersion, { ...legacyFields, pages: pagesInput, ...extra } as SurveyInput);

describe("SurveyVersion", () => {
  it("accepts the demo surveys and fills schemaVersion in", () => {
    for (const survey of [myLifeInCare, leavingCare]) {
      const { schemaVersion: _, ...unversioned } = survey;
      expect(v.parse(SurveyVersion, unversioned)).toEqual(survey);
    }
  });

  it("brings a definition stored before pages existed up to today's shape", () => {
    expect(v.is(SurveyVersion, legacy)).toBe(false);
    expect(v.parse(SurveyVersion, upgradeSurvey(legacy))).toEqual(myLifeInCare);
    expect(upgradeSurvey(myLifeInCare)).toBe(myLifeInCare);
  });

  it("names duplicate ids and a default language that is not offered", () => {
    const question = (id: string) => ({ id, type: "yesNo", prompt: { en: id } });
    const result = withPages(
      [
        { id: "one", questions: [question("a"), question("b")] },
        { id: "one", questions: [question("a")] },
      ],
      { languages: ["pl"] },
    );
    expect(result.issues?.map((issue) => issue.message)).toEqual([
      'The default language "en" is not in languages.',
      'Two pages have the id "one".',
      'Two questions have the id "a".',
    ]);
  });

  it("checks a several-choice question's limits against its options", () => {
    const options = [
      { id: "a", label: { en: "A" } },
      { id: "b", label: { en: "B" } },
    ];
    const multi = (limits: object) => ({
      id: "m",
      type: "multi",
      prompt: { en: "M" },
      options,
      ...limits,
    });
    expect(withPages([{ id: "p", questions: [multi({ max: 2 })] }]).success).toBe(true);
    expect(withPages([{ id: "p", questions: [multi({ max: 3 })] }]).success).toBe(false);
    expect(withPages([{ id: "p", questions: [multi({ min: 2, max: 1 })] }]).success).toBe(false);
  });

  it("refuses an icon outside the fixed list", () => {
    const choice = {
      id: "c",
      type: "choice",
      prompt: { en: "C" },
      options: [
        { id: "a", label: { en: "A" }, icon: "home" },
        { id: "b", label: { en: "B" }, icon: "https://example.com/x.png" },
      ],
    };
    expect(withPages([{ id: "p", questions: [choice] }]).success).toBe(false);
  });

  it("refuses rules nested deeper than MAX_RULE_DEPTH, however deep, without walking them", () => {
    const nested = (levels: number) => {
      let rule: object = { ageBand: ["8-11"] };
      for (let level = 1; level < levels; level++) {
        rule = level % 2 ? { not: rule } : { all: [rule, { ageBand: ["12-17"] }] };
      }
      return rule;
    };
    const asked = (levels: number) =>
      withPages([
        {
          id: "p",
          questions: [{ id: "q", type: "yesNo", prompt: { en: "Q" }, showIf: nested(levels) }],
        },
      ]);
    expect(asked(MAX_RULE_DEPTH).success).toBe(true);
    const deeper = asked(MAX_RULE_DEPTH + 1);
    expect(deeper.issues?.[0]?.message).toMatch(/at most 8 deep/);
    // Deep enough to overflow the stack if the shape were checked first.
    expect(asked(20_000).issues?.[0]?.message).toMatch(/at most 8 deep/);
  });
});

describe("ResponseCreate", () => {
  const body = (answers: unknown) => ({
    id: "01900000-0000-7000-8000-000000000000",
    language: "en",
    startedAt: "2026-01-01T10:00:00.000Z",
    submittedAt: "2026-01-01T10:05:00.000Z",
    answers,
  });

  it("carries every shape of answer, and nothing else", () => {
    const answers = { a: 3, b: "yes", c: ["x", "y"], d: { worries: "w", dreams: "d" } };
    expect(v.parse(ResponseCreate, body(answers)).answers).toEqual(answers);
    expect(v.is(ResponseCreate, body({ d: { fears: "x" } }))).toBe(false);
    expect(v.is(ResponseCreate, body({ d: [1, 2] }))).toBe(false);
    expect(v.is(ResponseCreate, body({ d: null }))).toBe(false);
  });
});
