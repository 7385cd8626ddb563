import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { logicProblems } from "../logic.js";
import { allQuestions, SurveyVersion } from "../schema.js";
import { completeLanguages } from "../translation.js";
import { findTemplate, fromTemplate, templates } from "./index.js";

const TEMPLATES = templates();

describe.each(TEMPLATES.map((template) => [template.id, template] as const))(
  "%s",
  (_, template) => {
    const { definition } = template;
    const questions = allQuestions(definition);

    it("fits the schema, with sound logic and every string in English", () => {
      expect(v.parse(SurveyVersion, definition)).toEqual(definition);
      expect(logicProblems(definition)).toEqual([]);
      expect(completeLanguages(definition)).toContain("en");
      expect(template.ageBands).toEqual(definition.ageBands);
    });

    it("is a real survey: 8 to 16 questions, with one in the child's own words", () => {
      expect(questions.length).toBeGreaterThanOrEqual(8);
      expect(questions.length).toBeLessThanOrEqual(16);
      expect(questions.some((q) => q.type === "text" || q.type === "threeHouses")).toBe(true);
    });

    it("asks whether the child feels safe", () => {
      expect(questions.some((q) => q.id === "feel-safe" && q.type === "yesNo")).toBe(true);
    });
  },
);

describe("templates", () => {
  it("have distinct ids and cover every age band", () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.flatMap((t) => t.ageBands))).toEqual(
      new Set(["4-7", "8-11", "12-17", "16-25"]),
    );
  });

  it("start a new survey that shares nothing with the template", () => {
    const template = findTemplate("leaving-care")!;
    const survey = fromTemplate(template, "srv_new");
    expect(survey).toMatchObject({ surveyId: "srv_new", version: 1 });
    survey.title.en = "Changed";
    expect(template.definition.title.en).not.toBe("Changed");
  });
});
