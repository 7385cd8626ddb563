import type { SurveyVersion } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import {
  addOption,
  addQuestion,
  blankQuestion,
  moveQuestion,
  removeQuestion,
  setText,
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
