import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, type Cell, type Cells, keyOf, type Where } from "../aggregate/cells.js";
import { type PlaceSurvey, placeFromCells } from "./compute.js";
import { isPositive } from "./indicators.js";

const WAVES = [
  {
    id: "wav_autumn",
    label: "Autumn 2026",
    from: "2026-09-01",
    to: "2026-11-30",
    startsOn: "2026-09-01",
  },
  {
    id: "wav_spring",
    label: "Spring 2027",
    from: "2027-03-01",
    to: "2027-05-31",
    startsOn: "2027-03-01",
  },
];

const where = (w: Partial<Where>): string =>
  keyOf({
    day: "2026-10-01",
    band: "8-11",
    cohort: "children-in-care",
    dist: "d1",
    lang: "en",
    ...w,
  });

/** `n` responses in one cell, each answering `answers` (question id to value). */
function cells(entries: { at: Partial<Where>; n: number; answers: Record<string, string> }[]) {
  const all: Cells = {};
  for (const { at, n, answers } of entries) {
    const cell: Cell = {
      n,
      q: Object.fromEntries(
        Object.entries(answers).map(([id, value]) => [id, { a: n, v: { [value]: n } }]),
      ),
    };
    add(all, where(at), cell);
  }
  return all;
}

const survey = (c: Cells): PlaceSurvey => ({
  surveyId: "srv_a",
  questions: [
    { id: "feel-safe", type: "yesNo" },
    { id: "settled", type: "scale" },
    { id: "home-feel", type: "emoji", faces: 5 },
  ],
  wordsSlots: ["tell-us"],
  cells: c,
});

describe("the story of place", () => {
  it("counts an indicator's good answers by band and wave, under the rule", () => {
    const place = placeFromCells({
      surveys: [
        survey(
          cells([
            { at: {}, n: 12, answers: { "feel-safe": "yes", "home-feel": "4" } },
            { at: {}, n: 8, answers: { "feel-safe": "no", "home-feel": "3" } },
            { at: { day: "2027-04-01" }, n: 30, answers: { "feel-safe": "yes" } },
            { at: { band: "12-17", day: "2027-04-02" }, n: 5, answers: { "feel-safe": "no" } },
            // Care leavers and families are not in the children's indicators.
            {
              at: { band: "16-25", cohort: "care-leavers" },
              n: 40,
              answers: { "feel-safe": "no", settled: "8" },
            },
            { at: { cohort: "family" }, n: 40, answers: { "feel-safe": "no" } },
          ]),
        ),
      ],
      waves: WAVES,
      themes: [],
    });
    const safe = place.indicators.find((i) => i.id === "feel-safe")!;
    // 42 yes of 55 answered: shown as 40 of 55, 72.7%.
    expect(safe.overall).toEqual({ answered: 55, positive: 40, share: 72.7, small: false });
    expect(safe.byWave).toEqual([
      {
        wave: "wav_autumn",
        label: "Autumn 2026",
        answered: 20,
        positive: 10,
        share: 50,
        small: true,
      },
      {
        wave: "wav_spring",
        label: "Spring 2027",
        answered: 35,
        positive: 30,
        share: 85.7,
        small: false,
      },
    ]);
    expect(safe.byBand).toEqual([
      { band: "8-11", answered: 50, positive: 40, share: 80, small: false },
      { band: "12-17", answered: null, positive: 0, share: null, small: true },
    ]);
    const settled = place.indicators.find((i) => i.id === "settled-home")!;
    expect(settled.overall).toMatchObject({ answered: 40, positive: 40, share: 100 });
    const happy = place.indicators.find((i) => i.id === "happy")!;
    expect(happy.overall).toMatchObject({ answered: 20, positive: 10 });
    const knowWhy = place.indicators.find((i) => i.id === "know-why-care")!;
    expect(knowWhy.sources).toEqual([]);
    expect(knowWhy.question).toBeNull();
  });

  it("in one wave, counts that wave's answers only", () => {
    const place = placeFromCells({
      surveys: [
        survey(
          cells([
            { at: {}, n: 12, answers: { "feel-safe": "yes" } },
            { at: { day: "2027-04-01" }, n: 30, answers: { "feel-safe": "no" } },
          ]),
        ),
      ],
      waves: WAVES,
      wave: "wav_spring",
      themes: [],
    });
    const safe = place.indicators[0]!;
    expect(safe.overall).toMatchObject({ answered: 30, positive: 0 });
    expect(safe.byWave.map((point) => point.answered)).toEqual([10, 30]);
  });

  it("tells happy faces of three from five", () => {
    expect(isPositive({ happyFaces: true }, "3", 3)).toBe(true);
    expect(isPositive({ happyFaces: true }, "3", 5)).toBe(false);
    expect(isPositive({ happyFaces: true }, "preferNot", 5)).toBe(false);
    expect(isPositive({ atLeast: 7 }, "7")).toBe(true);
  });

  it("reads a yes/no indicator asked with faces by its happy faces", () => {
    expect(isPositive({ values: ["yes"] }, "yes")).toBe(true);
    expect(isPositive({ values: ["yes"] }, "4", 5)).toBe(true);
    expect(isPositive({ values: ["yes"] }, "3", 5)).toBe(false);
    expect(isPositive({ values: ["yes"] }, "preferNot", 5)).toBe(false);
  });

  it("lists the top themes with their trend", () => {
    const c: Cells = {};
    add(c, where({}), { n: 20, q: { "tell-us": { a: 20, t: { family: 12, school: 3 } } } });
    add(c, where({ day: "2027-04-01" }), { n: 20, q: { "tell-us": { a: 20, t: { family: 20 } } } });
    const place = placeFromCells({
      surveys: [survey(c)],
      waves: WAVES,
      themes: [{ id: "family", label: { en: "Seeing family" } }],
    });
    expect(place.themes.map((t) => t.id)).toEqual(["family", "school"]);
    expect(place.themes[0]).toMatchObject({ label: { en: "Seeing family" }, count: 30, share: 75 });
    expect(place.themes[0]!.trend.map((p) => p.count)).toEqual([10, 20]);
    expect(place.themes[1]!.count).toBeNull();
  });

  it("never shows a count from 1 to 9, whatever the answers", () => {
    const entry = fc.record({
      at: fc.record({
        band: fc.constantFrom("4-7", "8-11", "12-17", "16-25", ""),
        cohort: fc.constantFrom("children-in-care", "care-leavers", "family", ""),
        day: fc.constantFrom("2026-10-01", "2027-04-01", "2027-07-01"),
      }),
      n: fc.integer({ min: 1, max: 25 }),
      answers: fc.record({
        "feel-safe": fc.constantFrom("yes", "no", "preferNot"),
        settled: fc.constantFrom("0", "6", "7", "10"),
        "home-feel": fc.constantFrom("1", "3", "5"),
      }),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.constantFrom(undefined, "wav_spring"),
        (entries, wave) => {
          const place = placeFromCells({
            surveys: [survey(cells(entries))],
            waves: WAVES,
            wave,
            themes: [],
          });
          const numbers = JSON.stringify(place).matchAll(/"(answered|positive|count)":(\d+)/g);
          for (const [, , n] of numbers)
            expect(Number(n) === 0 || (Number(n) >= 10 && Number(n) % 5 === 0)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
