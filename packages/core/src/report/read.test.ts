import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, type Cells, contribution, type Themer } from "../aggregate/cells.js";
import type { AnswerValue, Question } from "../survey/schema.js";
import type { Wave } from "../wave/schema.js";
import { fromCells, type ReportInput, wordsSlots } from "./read.js";
import type { ReportFilters } from "./schema.js";

const base = { prompt: { en: "?" }, allowPreferNot: true } as const;
const QUESTIONS: Question[] = [
  { ...base, id: "mood", type: "emoji", faces: 5 },
  { ...base, id: "safe", type: "yesNo" },
  {
    ...base,
    id: "travel",
    type: "multi",
    min: 1,
    options: ["bus", "train", "walk"].map((id) => ({ id, label: { en: id } })),
  },
  { ...base, id: "settled", type: "scale", minLabel: { en: "No" }, maxLabel: { en: "Yes" } },
  { ...base, id: "say", type: "text", multiline: true, maxLength: 500 },
  { ...base, id: "houses", type: "threeHouses", maxLength: 500 },
];
const TEXT = new Set(["say"]);
const WORDS = ["my family", "school is hard", "more pocket money", "nothing", "see my brother"];
/** A stand-in for the codebook: two themes found by a word; anything else is its own phrase. */
const themer: Themer = (text) => {
  const themes = [
    ...(text.includes("family") || text.includes("brother") ? ["seeing-family"] : []),
    ...(text.includes("school") ? ["school"] : []),
  ];
  return { themes, phrases: themes.length ? [] : [text] };
};
const CODEBOOK: { id: string; label: Record<string, string>; words: Record<string, string[]> }[] = [
  { id: "seeing-family", label: { en: "Seeing family" }, words: { en: ["family", "brother"] } },
  { id: "school", label: { en: "School" }, words: { en: ["=school", "teach*"], "*": ["skool"] } },
  // An organisation's own words for a built-in theme: the built-in name stays.
  { id: "school", label: { en: "Our school theme" }, words: { en: ["college"] } },
];
const DAYS = ["2027-01-05", "2027-01-20", "2027-02-10", "2027-03-01", "2027-04-15"];
const WAVES: Wave[] = [
  {
    id: "wav_winter",
    label: "Winter",
    from: "2027-01-01",
    to: "2027-02-28",
    startsOn: "2027-01-01",
  },
  {
    id: "wav_spring",
    label: "Spring",
    from: "2027-03-01",
    to: "2027-05-31",
    startsOn: "2027-03-01",
  },
  // Set on code B: its answers are in it whatever their day.
  {
    id: "wav_b",
    label: "Code B round",
    code: "BBBB",
    distributionId: "dst_b",
    startsOn: "2027-02-01",
  },
];
const CODES = [
  { distributionId: "dst_a", code: "AAAA", label: "Posters" },
  { distributionId: "dst_b", code: "BBBB", label: "Council event" },
];

interface Made {
  day: string;
  band: string;
  cohort: string;
  dist: string;
  lang: string;
  answers: Record<string, AnswerValue>;
}

function cellsOf(responses: Made[]): Cells {
  const cells: Cells = {};
  for (const r of responses) {
    const { key, cell } = contribution(
      {
        language: r.lang,
        submittedOn: r.day,
        answers: r.answers,
        ...(r.band ? { ageBand: r.band } : {}),
        ...(r.cohort ? { cohort: r.cohort } : {}),
        ...(r.dist ? { distributionId: r.dist } : {}),
      },
      TEXT,
      themer,
    );
    add(cells, key, cell);
  }
  return cells;
}

const input = (cells: Cells, filters: ReportFilters = {}, extra: Partial<ReportInput> = {}) =>
  fromCells({
    summary: {
      id: "srv_x",
      title: { en: "X" },
      staffName: "X",
      defaultLanguage: "en",
      code: "AAAA",
      status: "published",
      version: 1,
      responseCount: 0,
    },
    questions: QUESTIONS,
    cells,
    filters,
    codes: CODES,
    waves: WAVES,
    codebook: CODEBOOK,
    quotes: [
      { id: "quo_1", themeId: "seeing-family", slot: "say", text: "I want to see my brother" },
      { id: "quo_2", themeId: "school", slot: "say", text: "School is hard" },
    ],
    ...extra,
  });

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const response = fc.record({
  day: pick(DAYS),
  band: pick(["", "8-11", "12-17"]),
  cohort: pick(["", "children-in-care", "care-leavers"]),
  dist: pick(["", "dst_a", "dst_b"]),
  lang: pick(["en", "pl"]),
  answers: fc.record(
    {
      mood: fc.integer({ min: 1, max: 5 }),
      safe: pick(["yes", "no", "notSure", "preferNot"]),
      travel: fc.subarray(["bus", "train", "walk"], { minLength: 1 }),
      settled: fc.integer({ min: 0, max: 10 }),
      say: pick(WORDS),
      houses: fc.record({ worries: pick(WORDS), dreams: pick(WORDS) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
}) as fc.Arbitrary<Made>;
const filters = fc.record(
  {
    band: pick(["8-11", "12-17", "16-25"] as const),
    cohort: pick(["children-in-care", "care-leavers"] as const),
    code: pick(["AAAA", "BBBB"]),
    language: pick(["en", "pl", "ar"]),
    wave: pick(["wav_winter", "wav_spring", "wav_b"]),
    from: pick(DAYS),
    to: pick(DAYS),
    by: pick(["band", "cohort", "code", "language", "wave"] as const),
  },
  { requiredKeys: [] },
);

/** Every count, base and answered in a report's JSON, wherever it is. */
function countsIn(json: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(json)) for (const item of json) countsIn(item, found);
  else if (json && typeof json === "object") {
    for (const [key, value] of Object.entries(json)) {
      if (key === "count" || key === "base" || key === "answered") found.push(value);
      else countsIn(value, found);
    }
  }
  return found;
}

describe("fromCells", () => {
  it("never gives a count from 1 to 9, nor one that is not a multiple of 5 (property)", () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 120 }), filters, (responses, chosen) => {
        const report = JSON.parse(JSON.stringify(input(cellsOf(responses), chosen)));
        const counts = countsIn(report);
        expect(counts.length).toBeGreaterThan(0);
        for (const count of counts) {
          if (count === null) continue;
          expect(typeof count).toBe("number");
          expect((count as number) === 0 || (count as number) >= 10).toBe(true);
          expect((count as number) % 5).toBe(0);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("puts an answer through a code with a wave in that wave, whatever its day", () => {
    const answers = { safe: "yes" };
    const made = (dist: string, day: string) => ({
      day,
      band: "",
      cohort: "",
      dist,
      lang: "en",
      answers,
    });
    const cells = cellsOf([
      ...Array.from({ length: 10 }, () => made("dst_b", "2027-03-01")),
      ...Array.from({ length: 12 }, () => made("dst_a", "2027-03-02")),
      ...Array.from({ length: 9 }, () => made("dst_a", "2027-01-05")),
    ]);
    const report = input(cells, { by: "wave" });
    expect(report.groups?.groups.map((g) => [g.key, g.base])).toEqual([
      ["wav_winter", 10],
      ["wav_b", 10],
      ["wav_spring", 10],
    ]);
    expect(input(cells, { wave: "wav_spring" }).base).toBe(10);
    expect(report.trend.waves.map((w) => w.id)).toEqual(["wav_winter", "wav_b", "wav_spring"]);
    expect(input(cells, { code: "AAAA" }).base).toBe(20);
  });

  it("lists themes by shown count with their words, emerging groups of 8 or more, quotes from 8", () => {
    const says = [
      ...Array.from({ length: 14 }, () => "see my brother"),
      ...Array.from({ length: 5 }, () => "school is hard"),
      ...Array.from({ length: 9 }, () => "more pocket money"),
      ...Array.from({ length: 3 }, () => "nothing"),
    ];
    const cells = cellsOf(
      says.map((say) => ({
        day: "2027-03-01",
        band: "",
        cohort: "",
        dist: "",
        lang: "en",
        answers: { say },
      })),
    );
    const { themes } = input(cells);
    expect(themes.map((t) => [t.id, t.count, t.share, t.emerging])).toEqual([
      ["seeing-family", 15, 50, false],
      ["school", null, null, false],
      ["emerging:more pocket money", 10, 33.3, true],
    ]);
    expect(themes[0]).toMatchObject({
      label: { en: "Seeing family" },
      words: ["family", "brother"],
      slots: ["say"],
      quotes: [{ id: "quo_1", text: "I want to see my brother" }],
    });
    // School has an approved quote, but fewer than 8 answers: it is not shown.
    expect(themes[1]).toMatchObject({
      label: { en: "School" },
      words: ["school", "teach", "skool", "college"],
      quotes: [],
    });
    expect(input(cells).trend.themes.find((t) => t.id === "school")?.points).toEqual([
      { wave: "wav_spring", count: null, share: null, small: false },
    ]);
  });

  it("finds the words slots of text questions and of each house", () => {
    expect(wordsSlots(QUESTIONS)).toEqual([
      "say",
      "houses.worries",
      "houses.goodThings",
      "houses.dreams",
    ]);
  });

  it("leaves information screens out: they ask nothing, so they are never a question", () => {
    const hello: Question = { ...base, id: "hello", type: "info" };
    const report = input({}, {}, { questions: [hello, ...QUESTIONS] });
    expect(report.questions.map((q) => q.questionId)).toEqual(QUESTIONS.map((q) => q.id));
    expect(report.questions.some((q) => q.type === "info")).toBe(false);
  });

  it("refuses a code or wave the survey does not have", () => {
    expect(() => input({}, { code: "ZZZZ" })).toThrow(/not handed out/);
    expect(() => input({}, { wave: "wav_none" })).toThrow(/no such wave/);
    expect(input({}).base).toBe(0);
  });
});
