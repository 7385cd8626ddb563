import { allQuestions, type SurveyVersion } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import {
  addConcern,
  addOption,
  addQuestion,
  blankQuestion,
  moveQuestion,
  removeConcern,
  removeQuestion,
  ruleQuestions,
  setConcernAnswer,
  setConcernQuestion,
  setConcernSeverity,
  setText,
  simpleConcern,
} from "./edit";

function survey(): SurveyVersion {
  const q = (id: string) => ({
    id,
    type: "yesNo" as const,
    prompt: { en: id },
    allowPreferNot: true,
  });
  return {
    schemaVersion: 1,
    surveyId: "srv_x",
    version: 1,
    title: { en: "T" },
    defaultLanguage: "en",
    languages: ["en"],
    ageBands: ["8-11"],
    pages: [
      { id: "one", questions: [q("a"), q("b")] },
      { id: "two", questions: [q("c")] },
    ],
  };
}
const ids = (s: SurveyVersion) => s.pages.map((p) => p.questions.map((q) => q.id).join(""));

describe("moveQuestion", () => {
  it("moves within a page and across page edges", () => {
    const s = survey();
    expect(moveQuestion(s, { page: 0, index: 0 }, 1)).toEqual({ page: 0, index: 1 });
    expect(ids(s)).toEqual(["ba", "c"]);
    expect(moveQuestion(s, { page: 0, index: 1 }, 1)).toEqual({ page: 1, index: 0 });
    expect(ids(s)).toEqual(["b", "ac"]);
    expect(moveQuestion(s, { page: 1, index: 0 }, -1)).toEqual({ page: 0, index: 1 });
    expect(ids(s)).toEqual(["ba", "c"]);
  });

  it("refuses to move past the ends or to empty a page", () => {
    const s = survey();
    expect(moveQuestion(s, { page: 0, index: 0 }, -1)).toBeUndefined();
    expect(moveQuestion(s, { page: 1, index: 0 }, 1)).toBeUndefined();
    expect(moveQuestion(s, { page: 1, index: 0 }, -1)).toBeUndefined();
    expect(ids(s)).toEqual(["ab", "c"]);
  });
});

describe("adding and removing", () => {
  it("adds a question with a free id and the fields its type needs", () => {
    const s = survey();
    const question = blankQuestion(s, "choice", "en");
    expect(question).toMatchObject({ type: "choice", id: "new-choice" });
    expect(addQuestion(s, 0, 0, question)).toEqual({ page: 0, index: 1 });
    expect(blankQuestion(s, "choice", "en").id).toBe("new-choice-2");
    if (question.type === "choice") {
      addOption(question, "en", "First choice");
      expect(question.options.map((o) => o.id)).toEqual(["first", "second", "first-choice"]);
    }
  });

  it("removes an emptied page and keeps the last question", () => {
    const s = survey();
    expect(removeQuestion(s, { page: 1, index: 0 })).toEqual({ page: 0, index: 1 });
    expect(s.pages).toHaveLength(1);
    removeQuestion(s, { page: 0, index: 0 });
    expect(removeQuestion(s, { page: 0, index: 0 })).toBeUndefined();
    expect(ids(s)).toEqual(["b"]);
  });

  it("drops an optional text once its last words go, but keeps a required one", () => {
    const holder: Record<string, unknown> = { help: { en: "x" }, prompt: { en: "y" } };
    setText(holder, "help", "en", " ");
    setText(holder, "prompt", "en", "", true);
    expect(holder).toEqual({ prompt: {} });
  });
});

describe("safeguarding rules", () => {
  const withFaces = (): SurveyVersion => {
    const s = survey();
    s.pages[0]!.questions.unshift({
      id: "home",
      type: "emoji",
      faces: 5,
      prompt: { en: "How is home?" },
      allowPreferNot: true,
    });
    s.pages[0]!.questions[1]!.prompt = { en: "Do you feel safe?" };
    return s;
  };

  it("adds a rule for the safety question that has none, alerting on No", () => {
    const s = withFaces();
    expect(addConcern(s)).toBe(0);
    expect(s.concerns).toEqual([{ when: { question: "a", in: ["no"] }, severity: "urgent" }]);
    // Named from its card, a yes/no question gets the templates' pair.
    expect(addConcern(s, s.pages[0]!.questions[2]!)).toBe(1);
    expect(s.concerns?.slice(1)).toEqual([
      { when: { question: "b", in: ["no"] }, severity: "urgent" },
      { when: { question: "b", in: ["notSure"] }, severity: "concern" },
    ]);
  });

  it("changes question, answers (in the question's order) and severity", () => {
    const s = withFaces();
    addConcern(s);
    setConcernQuestion(s, 0, s.pages[0]!.questions[0]!);
    expect(s.concerns?.[0]?.when).toEqual({ question: "home", in: [1] });
    expect(setConcernAnswer(s, 0, "preferNot", true)).toBe(true);
    expect(setConcernAnswer(s, 0, 2, true)).toBe(true);
    expect(s.concerns?.[0]?.when).toEqual({ question: "home", in: [1, 2, "preferNot"] });
    setConcernSeverity(s, 0, "concern");
    expect(s.concerns?.[0]?.severity).toBe("concern");
  });

  it("never leaves a rule with no answer, and edits an 'equals' rule as a list", () => {
    const s = withFaces();
    s.concerns = [{ when: { question: "a", equals: "no" }, severity: "urgent" }];
    expect(simpleConcern(s.concerns[0]!)).toEqual({ question: "a", answers: ["no"] });
    expect(setConcernAnswer(s, 0, "no", false)).toBe(false);
    expect(s.concerns[0]!.when).toEqual({ question: "a", equals: "no" });
    expect(setConcernAnswer(s, 0, "notSure", true)).toBe(true);
    expect(s.concerns[0]!.when).toEqual({ question: "a", in: ["no", "notSure"] });
    expect(simpleConcern({ when: { ageBand: ["8-11"] }, severity: "urgent" })).toBeUndefined();
  });

  it("removes rules, pointing at the one now in place, and the list once empty", () => {
    const s = withFaces();
    s.concerns = [];
    addConcern(s, s.pages[0]!.questions[1]!);
    expect(removeConcern(s, 1)).toBe(0);
    expect(removeConcern(s, 0)).toBeUndefined();
    expect(s.concerns).toBeUndefined();
  });

  it("has nothing to add to a survey with no question a rule can look at", () => {
    const s = survey();
    for (const q of allQuestions(s)) Object.assign(q, { type: "text" });
    expect(ruleQuestions(s)).toEqual([]);
    expect(addConcern(s)).toBe(-1);
    expect(s.concerns).toBeUndefined();
  });
});
