import { describe, expect, it } from "vitest";
import { CODEBOOK } from "../theme/index.js";
import { type ThemeNumbers, themeReports } from "./themes.js";

const numbers = (themes: Record<string, number>, phrases: Record<string, number> = {}) =>
  ({
    written: Object.values(themes).reduce((a, b) => a + b, 0),
    themes: new Map(Object.entries(themes).map(([id, n]) => [id, { n, slots: new Set(["say"]) }])),
    phrases: new Map(
      Object.entries(phrases).map(([id, n]) => [id, { n, slots: new Set(["say"]) }]),
    ),
  }) satisfies ThemeNumbers;

describe("a report's 'not themed' groups", () => {
  it("count answers in a language without theme words openly, after the themes, in words", () => {
    const reports = themeReports(
      numbers({ school: 30, "not-themed:lt": 12, "not-themed:ur": 3 }, { "bus pass": 10 }),
      CODEBOOK,
      [],
      "en",
    );
    expect(reports.map((r) => r.id)).toEqual([
      "school",
      "emerging:bus pass",
      "not-themed:lt",
      "not-themed:ur",
    ]);
    const lithuanian = reports.find((r) => r.id === "not-themed:lt");
    expect(lithuanian).toMatchObject({
      label: { en: "Not themed: written in Lithuanian" },
      count: 10,
      emerging: false,
      words: [],
      quotes: [],
    });
    // Under the disclosure rule like any other group: 3 answers are "fewer than 8", not dropped.
    expect(reports.find((r) => r.id === "not-themed:ur")).toMatchObject({
      label: { en: "Not themed: written in Urdu" },
      count: null,
    });
  });
});
