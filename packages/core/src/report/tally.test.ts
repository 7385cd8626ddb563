import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, type Cells, contribution, total } from "../aggregate/cells.js";
import type { AnswerValue, Question } from "../survey/schema.js";
import { questionReport } from "./tally.js";

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

/** The slot a list of answer sets folds into, as the aggregates hold it. */
function slotOf(answerSets: Record<string, AnswerValue>[], questionId: string) {
  const cells: Cells = {};
  for (const answers of answerSets) {
    const folded = contribution(
      { language: "en", submittedOn: "2027-03-01", answers },
      new Set(),
      () => ({ themes: [], phrases: [] }),
    );
    add(cells, folded.key, folded.cell);
  }
  return total(cells).q[questionId];
}

const answersFor = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([value, n]) => Array.from({ length: n }, () => ({ who: value })));

describe("questionReport", () => {
  it("hides 1 to 7, rounds the rest to 5 and works shares out from the rounded numbers", () => {
    const report = questionReport(choice, slotOf(answersFor({ a: 13, b: 8, c: 2 }), "who"));
    // 23 answered shows as 25; 13 as 15 (60%); 8 as 10 (40%); 2 is hidden.
    expect(report.answered).toBe(25);
    expect(report.small).toBe(true);
    expect(report.mean).toBeNull();
    expect(report.rows.map((r) => [r.value, r.count, r.share])).toEqual([
      ["a", 15, 60],
      ["b", 10, 40],
      ["c", null, null],
      ["preferNot", 0, 0],
    ]);
  });

  it("reads DEMOLEAVE's case right: 9 Yes of 12 is 10 of 10, a small group", () => {
    const yesNo: Question = {
      id: "ok",
      type: "yesNo",
      prompt: { en: "OK?" },
      allowPreferNot: false,
    };
    const answers = [
      ...Array.from({ length: 9 }, () => ({ ok: "yes" })),
      ...Array.from({ length: 3 }, () => ({ ok: "no" })),
    ];
    const report = questionReport(yesNo, slotOf(answers, "ok"));
    expect(report).toMatchObject({ answered: 10, small: true });
    expect(report.rows.map((r) => [r.value, r.count])).toEqual([
      ["yes", 10],
      ["no", null],
      ["notSure", 0],
    ]);
  });

  it("hides everything when fewer than 8 answered, and no slot at all reads as zero", () => {
    const report = questionReport(choice, slotOf(answersFor({ a: 3, b: 1 }), "who"));
    expect(report.answered).toBeNull();
    expect(report.rows.every((r) => r.count === null || r.count === 0)).toBe(true);
    expect(questionReport(choice, undefined)).toMatchObject({ answered: 0, small: true });
  });

  it("never shows 1 to 9 nor a count that is not a multiple of 5 (property)", () => {
    fc.assert(
      fc.property(
        fc.record({ a: fc.nat(60), b: fc.nat(60), c: fc.nat(60), preferNot: fc.nat(60) }),
        (counts) => {
          const report = questionReport(choice, slotOf(answersFor(counts), "who"));
          for (const count of [report.answered, ...report.rows.map((r) => r.count)]) {
            if (count === null) continue;
            expect(count >= 1 && count <= 9).toBe(false);
            expect(count % 5).toBe(0);
          }
        },
      ),
      { numRuns: 60 },
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
      ...Array.from({ length: 16 }, () => ({ pets: ["dog", "cat"] })),
      ...Array.from({ length: 15 }, () => ({ pets: ["dog"] })),
      ...Array.from({ length: 5 }, () => ({ pets: "preferNot" })),
    ];
    const report = questionReport(multi, slotOf(answers, "pets"));
    expect(report.answered).toBe(35);
    expect(report.rows.map((r) => [r.value, r.count])).toEqual([
      ["dog", 30],
      ["cat", 15],
      ["preferNot", null],
    ]);
  });

  it("gives a scale eleven rows, the ends labelled, and a mean from 8 numbers or more", () => {
    const answers = Array.from({ length: 12 }, (_, i) => ({ settled: i % 2 === 0 ? 10 : 7 }));
    const report = questionReport(scale, slotOf(answers, "settled"));
    expect(report.rows.map((r) => r.value)).toEqual([...Array(11).keys(), "preferNot"]);
    expect(report.rows[0]!.label).toEqual({ en: "0 (Not at all)" });
    expect(report.rows[5]!.label).toEqual({ en: "5" });
    expect(report.rows[10]).toEqual({
      value: 10,
      label: { en: "10 (Completely)" },
      count: null,
      share: null,
    });
    expect(report.mean).toBe(8.5);
    expect(questionReport(scale, slotOf(answers.slice(0, 7), "settled")).mean).toBeNull();
  });

  it("counts who filled the three houses but draws no rows; an information screen has none", () => {
    const answers = Array.from({ length: 9 }, () => ({ houses: { worries: "school" } }));
    expect(questionReport(houses, slotOf(answers, "houses"))).toMatchObject({
      answered: 10,
      rows: [],
    });
    expect(questionReport(info, slotOf(answers, "hello"))).toMatchObject({
      answered: 0,
      rows: [],
    });
  });
});
