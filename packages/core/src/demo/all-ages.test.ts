import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { logicProblems } from "../survey/logic.js";
import { allQuestions, SurveyVersion } from "../survey/schema.js";
import { completeLanguages } from "../survey/translation.js";
import { allAboutMe } from "./all-ages.js";

describe("the all-ages demo survey", () => {
  it("is a valid survey whose rules make sense", () => {
    expect(v.safeParse(SurveyVersion, allAboutMe).issues).toBeUndefined();
    expect(logicProblems(allAboutMe)).toEqual([]);
  });

  it("is complete in Arabic, Urdu and Lithuanian as well as English, so a child is offered each", () => {
    expect(completeLanguages(allAboutMe)).toEqual(["en", "ar", "ur", "lt"]);
  });

  it("has one question of every kind, so the browser journeys meet each screen", () => {
    const kinds = new Set(allQuestions(allAboutMe).map((q) => q.type));
    expect([...kinds].sort()).toEqual(
      ["choice", "emoji", "info", "multi", "scale", "text", "threeHouses", "yesNo"].sort(),
    );
  });
});
