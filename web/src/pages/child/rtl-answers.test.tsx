/**
 * The survey format's answer words (faces, yes/no, rather not say, the three houses) in the
 * languages whose words live only in their table, not in `@chorus/core/survey/parts`.
 */
import type { Question } from "@chorus/core/survey/schema";
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { QuestionScreen } from "./QuestionScreen";
import { loadWords, WordsLanguage } from "./words";
import { words as ur } from "./words-ur";

afterEach(cleanup);

/** A question screen's props that these tests leave still: only its words are read. */
const still = {
  fallback: "en",
  position: { number: 1, total: 1, answered: [false], last: true },
  value: undefined,
  onChange: () => {},
  onBack: () => {},
  onSkip: () => {},
  onNext: () => {},
};

function show(question: Question, language: string) {
  render(() => (
    <WordsLanguage value={() => language}>
      <QuestionScreen question={question} language={language} {...still} />
    </WordsLanguage>
  ));
}

describe("answer words from a table", () => {
  beforeAll(() => loadWords("ur"));

  it("names yes, no, not sure and rather not say in Urdu", () => {
    show(
      { id: "q", type: "yesNo", prompt: { en: "Safe?", ur: "محفوظ؟" }, allowPreferNot: true },
      "ur",
    );
    const inUrdu = [ur.yes, ur.no, ur.notSure, ur.preferNot];
    for (const [i, english] of ["Yes", "No", "Not sure", "I'd rather not say"].entries()) {
      const urdu = inUrdu[i] ?? "";
      expect(urdu).not.toBe("");
      expect(screen.getAllByText(urdu).length).toBeGreaterThan(0);
      expect(screen.queryByText(english)).toBeNull();
    }
  });

  it("keeps a survey's own words for its language over the table's", () => {
    const options = [{ id: "a", label: { en: "Yes", ur: "جی ہاں، بالکل" } }];
    show(
      { id: "q", type: "choice", prompt: { en: "Q", ur: "س" }, options, allowPreferNot: false },
      "ur",
    );
    expect(screen.getByText("جی ہاں، بالکل")).toBeTruthy();
  });

  it("leaves a language without a table to the survey's fallback", () => {
    show(
      { id: "q", type: "yesNo", prompt: { en: "Safe?", cy: "Diogel?" }, allowPreferNot: false },
      "cy",
    );
    expect(screen.getByText("Yes")).toBeTruthy();
  });
});
