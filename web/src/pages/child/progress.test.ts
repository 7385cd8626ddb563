import type { Question } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import { positionOf } from "./progress";

const ask = (id: string): Question => ({
  id,
  type: "yesNo",
  prompt: { en: id },
  allowPreferNot: true,
});
const info = (id: string): Question => ({
  id,
  type: "info",
  prompt: { en: id },
  allowPreferNot: false,
});

describe("positionOf", () => {
  // "Hello!", two questions, a "well done" screen, one more question.
  const screens = [info("hello"), ask("a"), ask("b"), info("well-done"), ask("c")];
  const answered = (q: Question) => q.id === "a";

  it("numbers only the questions asked, never an information screen", () => {
    const numbers = screens.map((_, i) => positionOf(screens, i, answered).number);
    expect(numbers).toEqual([undefined, 1, 2, undefined, 3]);
  });

  it("counts and dots the questions only, and knows the last screen of any kind", () => {
    const at = positionOf(screens, 2, answered);
    expect(at.total).toBe(3);
    expect(at.answered).toEqual([true, false, false]);
    expect(at.last).toBe(false);
    expect(positionOf(screens, 4, answered).last).toBe(true);
    expect(positionOf([ask("a"), info("bye")], 1, answered)).toEqual({
      number: undefined,
      total: 1,
      answered: [true],
      last: true,
    });
  });
});
