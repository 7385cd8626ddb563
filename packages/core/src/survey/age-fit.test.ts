import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allAboutMe } from "../demo/all-ages.js";
import { leavingCare, myLifeInCare } from "../demo/surveys.js";
import { yourVoice } from "../demo/voice.js";
import { ageFitProblems, questionsForBand } from "./age-fit.js";
import { AGE_BANDS } from "./base.js";
import { visibleQuestions } from "./logic.js";
import { allQuestions, pick } from "./parts.js";
import type { SurveyInput, SurveyVersion } from "./schema.js";
import { templates } from "./templates/index.js";
import { answersFor, backwardSurvey, surveyOf } from "./testing.js";

const YOUNGEST: Partial<SurveyInput> = { ageBands: ["4-7", "8-11"] };

/** Every survey Chorus ships: the templates an officer starts from and the demo council's. */
const SHIPPED: [string, SurveyVersion][] = [
  ...templates().map((t) => [`template ${t.id}`, t.definition] as [string, SurveyVersion]),
  ["demo DEMOALL", allAboutMe],
  ["demo life in care", myLifeInCare],
  ["demo leaving care", leavingCare],
  ["demo your voice", yourVoice],
];

describe("what 4 to 7 year olds are asked", () => {
  const scale = { id: "happy", type: "scale", prompt: { en: "How happy?" } };
  const ends = { minLabel: { en: "Not" }, maxLabel: { en: "Very" } };
  const houses = { id: "houses", type: "threeHouses", prompt: { en: "Your houses" } };
  const text = (id: string) => ({ id, type: "text", prompt: { en: "Tell the grown-up" } });
  const face = { id: "face", type: "emoji", faces: 3, prompt: { en: "How is it?" } };

  it("names a 0 to 10 scale, the three houses and a write-in box before the end", () => {
    const survey = surveyOf([{ ...scale, ...ends }, houses, text("middle"), face], YOUNGEST);
    const problems = ageFitProblems(survey);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^"happy" is a 0 to 10 scale/);
    expect(problems[1]).toMatch(/^"houses" asks 4 to 7 year olds to write in three houses/);
    expect(problems[2]).toMatch(/^"middle" asks 4 to 7 year olds to write/);
  });

  it("allows one write-in at the end, for the adult with the child to write down", () => {
    expect(ageFitProblems(surveyOf([face, text("last")], YOUNGEST))).toEqual([]);
    const twice = ageFitProblems(surveyOf([face, text("first"), text("last")], YOUNGEST));
    expect(twice).toEqual([expect.stringMatching(/^"first" asks 4 to 7 year olds to write/)]);
  });

  it("lets other bands keep them, left out for 4 to 7 or shown to older bands only", () => {
    const hidden = { bands: { "4-7": { hidden: true } } };
    const older = { showIf: { ageBand: ["8-11"] } };
    const notYoungest = { showIf: { not: { ageBand: ["4-7"] } } };
    const survey = surveyOf(
      [
        { ...scale, ...ends, ...hidden },
        { ...houses, ...older },
        { ...text("middle"), ...notYoungest },
        face,
      ],
      YOUNGEST,
    );
    expect(ageFitProblems(survey)).toEqual([]);
    expect(questionsForBand(survey, "8-11").map((q) => q.id)).toEqual([
      "happy",
      "houses",
      "middle",
      "face",
    ]);
  });

  it("counts a question the youngest may reach through an answer", () => {
    const survey = surveyOf(
      [
        face,
        {
          ...scale,
          ...ends,
          showIf: { all: [{ question: "face", equals: 1 }, { ageBand: ["4-7"] }] },
        },
      ],
      YOUNGEST,
    );
    expect(ageFitProblems(survey)).toHaveLength(1);
  });

  it("has nothing to say about a survey not for 4 to 7", () => {
    expect(ageFitProblems(surveyOf([{ ...scale, ...ends }, houses, text("t"), face]))).toEqual([]);
  });

  it("never leaves out a question some answers would show (the check errs towards asking)", () => {
    fc.assert(
      fc.property(backwardSurvey, fc.array(fc.nat(1000), { minLength: 1 }), (survey, seeds) => {
        for (const band of survey.ageBands) {
          const possible = new Set(questionsForBand(survey, band));
          const shown = visibleQuestions(survey, answersFor(allQuestions(survey), seeds), band);
          expect(shown.filter((q) => !possible.has(q))).toEqual([]);
        }
      }),
    );
  });
});

describe.each(SHIPPED)("%s, walked in every age band", (_, survey) => {
  it("asks 4 to 7 year olds no scale and no box to write in but a last one for the adult", () => {
    expect(ageFitProblems(survey)).toEqual([]);
    const asked = questionsForBand(survey, "4-7");
    const write = asked.filter((q) => q.type === "text" || q.type === "threeHouses");
    // The one write-in left tells the child it is the adult with them who writes.
    for (const question of write) {
      const words = question.bands?.["4-7"] ?? question;
      const said = `${pick(words.prompt, "en", "en")} ${pick(words.help, "en", "en")}`;
      expect(said).toMatch(/\bgrown-up\b/);
    }
  });

  it("asks every band it is for at least one question", () => {
    for (const band of AGE_BANDS.filter((b) => survey.ageBands.includes(b))) {
      expect(questionsForBand(survey, band).some((q) => q.type !== "info")).toBe(true);
    }
  });
});

/** How a child is spoken to or about; a care leaver's own child ("Looking after a child") is fine. */
const AS_A_CHILD = /\b(grown-ups?|kids?|children in care|a child in care|your carers?)\b/i;

describe.each(SHIPPED.filter(([, survey]) => survey.ageBands.includes("16-25")))(
  "%s, as a care leaver meets it",
  (_, survey) => {
    it("speaks to them as the adults they are", () => {
      const words = questionsForBand(survey, "16-25").flatMap((q) => {
        const band = q.bands?.["16-25"];
        const options = "options" in q ? q.options.map((o) => o.label) : [];
        return [band?.prompt ?? q.prompt, band?.help ?? q.help, ...options];
      });
      const said = [survey.title, survey.intro, ...words].map((t) => pick(t, "en", "en"));
      expect(said.filter((text) => AS_A_CHILD.test(text))).toEqual([]);
    });
  },
);
