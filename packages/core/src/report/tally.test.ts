import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../survey/schema.js";
import { questionReport, tallyAnswers } from "./tally.js";

const choice: Question = {
  id: "who",
  type: "choice",
  prompt: { en: "Who?" },
  allowPreferNot: true,
  options: [
    { id: "a", label: { en: "A" } },
    { id: "b", label: { en: "B" } },
    { id: "c", label: { en: "C" } },
  ],
};

const answersFor = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([value, n]) => Array.from({ length: n }, () => ({ who: value })));

describe("questionReport", () => {
  it("shows counts at or above the threshold and hides smaller ones", () => {
    const tally = tallyAnswers(answersFor({ a: 10, b: 7, c: 2, preferNot: 3 })).get("who");
    const report = questionReport(choice, tally, 5);
    expect(report.answered).toBe(22);
    expect(report.rows.map((r) => [r.value, r.count])).toEqual([
      ["a", 10],
      ["b", 7],
      ["c", null],
      ["preferNot", null],
    ]);
  });

  it("hides a second cell when only one would be hidden", () => {
    const tally = tallyAnswers(answersFor({ a: 10, b: 7, c: 2 })).get("who");
    const rows = questionReport(choice, tally, 5).rows;
    // c (2) is hidden; b (7), the next smallest, is hidden too so c cannot be derived.
    expect(rows.map((r) => r.count)).toEqual([10, null, null, 0]);
  });

  it("hides everything when fewer than the threshold answered", () => {
    const tally = tallyAnswers(answersFor({ a: 3, b: 1 })).get("who");
    const report = questionReport(choice, tally, 5);
    expect(report.answered).toBeNull();
    expect(report.rows.every((r) => r.count === null)).toBe(true);
  });

  it("never shows a small cell, nor exactly one hidden cell (property)", () => {
    fc.assert(
      fc.property(
        fc.record({ a: fc.nat(40), b: fc.nat(40), c: fc.nat(40), preferNot: fc.nat(40) }),
        fc.integer({ min: 2, max: 11 }),
        (counts, threshold) => {
          const report = questionReport(
            choice,
            tallyAnswers(answersFor(counts)).get("who"),
            threshold,
          );
          const shown = report.rows.map((r) => r.count);
          for (const count of shown) {
            if (count !== null) expect(count === 0 || count >= threshold).toBe(true);
          }
          if (report.answered !== null) {
            expect(shown.filter((c) => c === null).length).not.toBe(1);
          }
        },
      ),
    );
  });
});
