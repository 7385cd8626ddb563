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

describe("the newer kinds of question", () => {
  const base = { prompt: { en: "?" }, allowPreferNot: true } as const;
  const multi: Question = {
    ...base,
    id: "pets",
    type: "multi",
    min: 1,
    options: [
      { id: "dog", label: { en: "Dog" } },
      { id: "cat", label: { en: "Cat" } },
    ],
  };
  const scale: Question = {
    ...base,
    id: "settled",
    type: "scale",
    minLabel: { en: "Not at all" },
    maxLabel: { en: "Completely" },
  };
  const houses: Question = { ...base, id: "houses", type: "threeHouses", maxLength: 1000 };
  const info: Question = { ...base, id: "hello", type: "info" };

  it("counts each chosen option, and each child once as having answered", () => {
    const answers = [
      ...Array.from({ length: 6 }, () => ({ pets: ["dog", "cat"] })),
      ...Array.from({ length: 5 }, () => ({ pets: ["dog"] })),
      ...Array.from({ length: 5 }, () => ({ pets: "preferNot" })),
    ];
    const report = questionReport(multi, tallyAnswers(answers).get("pets"), 5);
    expect(report.answered).toBe(16);
    expect(report.rows.map((r) => [r.value, r.count])).toEqual([
      ["dog", 11],
      ["cat", 6],
      ["preferNot", 5],
    ]);
  });

  it("gives a scale eleven rows, the ends labelled", () => {
    const answers = Array.from({ length: 12 }, (_, i) => ({ settled: i % 2 === 0 ? 10 : 7 }));
    const report = questionReport(scale, tallyAnswers(answers).get("settled"), 5);
    expect(report.rows.map((r) => r.value)).toEqual([...Array(11).keys(), "preferNot"]);
    expect(report.rows[0]!.label).toEqual({ en: "0 (Not at all)" });
    expect(report.rows[5]!.label).toEqual({ en: "5" });
    expect(report.rows[10]).toEqual({ value: 10, label: { en: "10 (Completely)" }, count: 6 });
  });

  it("counts who filled the three houses but draws no rows; an information screen has none", () => {
    const answers = Array.from({ length: 7 }, () => ({ houses: { worries: "school" } }));
    const tallies = tallyAnswers(answers);
    expect(questionReport(houses, tallies.get("houses"), 5)).toMatchObject({
      answered: 7,
      rows: [],
    });
    expect(questionReport(info, tallies.get("hello"), 5)).toMatchObject({
      answered: null,
      rows: [],
    });
  });
});
