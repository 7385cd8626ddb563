import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { SurveyReport } from "../report/schema.js";
import { parseCsv } from "../survey/csv.js";
import { controlReport, shareOf, shown } from "./control.js";
import { toCsv, toXlsx } from "./files.js";
import { fileName } from "./index.js";
import { HIDDEN_WORDS, METHOD_NOTE, reportTables, type Table } from "./table.js";

/** What a child or an officer might type that a spreadsheet would otherwise run. */
const PAYLOADS = [
  '=HYPERLINK("http://evil.example","Click")',
  "+cmd|' /C calc'!A0",
  "-1+1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];

function reportWith(
  counts: { answered: number; rows: number[]; theme: number; base: number },
  words: string[] = ["Yes", "No", "Not sure"],
): SurveyReport {
  return {
    survey: {
      id: "srv_x",
      title: { en: words[0] ?? "Survey" },
      staffName: `${words[0] ?? "Survey"} for staff`,
      defaultLanguage: "en",
      code: "CODE1",
      status: "published",
      version: 1,
      responseCount: counts.base,
    },
    threshold: 8,
    rule: { hiddenBelow: 8, roundTo: 5, smallBase: 30, meanBelow: 8 },
    filters: { band: "8-11" },
    options: {
      bands: [],
      cohorts: [],
      codes: [],
      languages: [],
      waves: [],
      firstDay: null,
      lastDay: null,
    },
    base: counts.base,
    small: false,
    questions: [
      {
        questionId: "q1",
        type: "choice",
        prompt: { en: words[1] ?? "Question" },
        answered: counts.answered,
        small: false,
        mean: 3.2,
        rows: counts.rows.map((count, i) => ({
          value: `o${i}`,
          label: { en: words[i % words.length] ?? "x" },
          count,
          share: null,
        })),
      },
    ],
    groups: {
      by: "band",
      groups: [
        {
          key: "8-11",
          label: words[2] ?? "8-11",
          base: counts.answered,
          small: false,
          questions: [
            {
              questionId: "q1",
              answered: counts.answered,
              mean: null,
              rows: counts.rows.map((count, i) => ({ value: `o${i}`, count, share: null })),
            },
          ],
        },
      ],
    },
    themes: [
      {
        id: "t1",
        label: { en: words[3] ?? "Theme" },
        count: counts.theme,
        share: 12.5,
        emerging: false,
        words: [words[4] ?? "word"],
        slots: ["q2"],
        quotes: [{ id: "qt1", text: words[5] ?? "a quote" }],
      },
    ],
    trend: {
      waves: [{ id: "w1", label: words[0] ?? "Spring", base: counts.base, small: false }],
      questions: [],
      themes: [],
    },
  };
}

const context = {
  orgName: PAYLOADS[0]!,
  exportedAt: "2026-11-30",
  filters: { band: "8-11" as const },
};

/** The cells of a CSV file, the byte-order mark taken off. */
function csvCells(csv: string): string[][] {
  const parsed = parseCsv(csv.replace(/^\uFEFF/, ""));
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed.rows;
}

/** Each sheet's XML and the shared strings of a workbook. */
function workbook(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes));
  const sheets = Object.entries(files)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data));
  const shared = [
    ...strFromU8(files["xl/sharedStrings.xml"]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g),
  ].map((m) => m[1]!.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&apos;", "'"));
  return { sheets, shared };
}

describe("the disclosure rule on what leaves", () => {
  it("shows 0, hides 1 to 7 and rounds the rest to 5, again and again the same", () => {
    expect([0, 1, 7, 8, 12, 13, 101].map(shown)).toEqual([0, null, null, 10, 10, 15, 100]);
    for (const n of [0, 8, 12, 13, 99]) expect(shown(shown(n))).toBe(shown(n));
    expect(shareOf(10, 30)).toBe(33.3);
    expect(shareOf(null, 30)).toBeNull();
  });

  it("never lets a count from 1 to 9 into a CSV or XLSX, whatever the report holds", async () => {
    const exact = fc.integer({ min: 0, max: 60 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          answered: exact,
          rows: fc.array(exact, { maxLength: 5 }),
          theme: exact,
          base: exact,
        }),
        async (counts) => {
          const tables = reportTables(controlReport(reportWith(counts)), context);
          // Every cell in a count column of the model, then of both files.
          for (const table of tables) {
            table.columns.forEach((column, i) => {
              if (column.kind !== "count") return;
              for (const row of table.rows) {
                const cell = row[i];
                if (typeof cell === "number")
                  expect(cell === 0 || (cell >= 10 && cell % 5 === 0)).toBe(true);
              }
            });
          }
          for (const row of csvCells(toCsv(tables))) {
            for (const cell of row) expect(/^[1-9]$/.test(cell)).toBe(false);
          }
          const { sheets } = workbook(await toXlsx(tables));
          for (const sheet of sheets) {
            for (const [, attributes, value] of sheet.matchAll(
              /<c ([^>]*)><v>([^<]*)<\/v><\/c>/g,
            )) {
              if (attributes!.includes('t="s"')) continue; // an index into the shared strings
              // Numbers: counts (0 or 10+) and per cents; a single digit 1-9 is never written.
              expect(/^[1-9]$/.test(value!)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("writes hidden counts as words and marks small groups, with the method note", () => {
    const tables = reportTables(
      controlReport(reportWith({ answered: 12, rows: [3, 9], theme: 5, base: 12 })),
      context,
    );
    const csv = csvCells(toCsv(tables));
    const flat = csv.flat();
    expect(flat).toContain(HIDDEN_WORDS);
    expect(flat).toContain("small group");
    expect(flat).toContain(METHOD_NOTE);
    expect(flat).toContain("Age band 8-11");
    // The 9 is shown as 10 and its share is worked out from the rounded numbers (10 of 10).
    const row = csv.find((r) => r[1] === "No" && r[2] === "10");
    expect(row?.[3]).toBe("100");
    expect(csv.find((r) => r[1] === "Answered")?.[4]).toBe("3.2");
    // A theme of fewer than 8 shows no quote.
    expect(flat.join(" ")).not.toContain("a quote");
  });

  it("heads the file with the survey's name for staff, and the title children see under it", () => {
    const [about] = reportTables(
      controlReport(reportWith({ answered: 12, rows: [3, 9], theme: 5, base: 12 })),
      context,
    );
    expect(about?.rows.slice(1, 3)).toEqual([
      ["Survey", "Yes for staff"],
      ["Title children see", "Yes"],
    ]);
  });
});

describe("formula payloads", () => {
  const report = controlReport(
    reportWith({ answered: 40, rows: [20, 10, 10, 0, 0, 0], theme: 20, base: 40 }, PAYLOADS),
  );
  const tables: Table[] = reportTables(report, context);

  it("are escaped in every CSV cell, and read back as the words they were", () => {
    const cells = csvCells(toCsv(tables)).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const payload of PAYLOADS) expect(cells).toContain(`'${payload}`);
  });

  it("are text cells in the XLSX, never formulas", async () => {
    const { sheets, shared } = workbook(await toXlsx(tables));
    expect(sheets.length).toBe(tables.length);
    for (const sheet of sheets) expect(sheet).not.toMatch(/<f[\s>]/);
    // The payloads are in the shared strings, as written, and every cell holding one is a string.
    for (const payload of PAYLOADS.slice(0, 4)) expect(shared).toContain(payload);
    const payloadIndexes = new Set(
      shared.flatMap((text, i) =>
        PAYLOADS.some((p) => text.includes(p.trim())) ? [String(i)] : [],
      ),
    );
    expect(payloadIndexes.size).toBeGreaterThan(3);
    let payloadCells = 0;
    for (const sheet of sheets) {
      for (const [, attributes, value] of sheet.matchAll(/<c ([^>]*)><v>([^<]*)<\/v><\/c>/g)) {
        if (attributes!.includes('t="s"') && payloadIndexes.has(value!)) payloadCells++;
      }
      // No cell is a formula's cached string either.
      for (const [, attributes] of sheet.matchAll(/<c ([^>]*)>/g)) {
        expect(attributes).not.toContain('t="str"');
      }
    }
    expect(payloadCells).toBeGreaterThan(5);
  });

  it("make a safe file name", () => {
    expect(fileName('=HYPERLINK("x") / ../My life', "2026-11-30", "csv")).toBe(
      "HYPERLINKx-My-life-2026-11-30.csv",
    );
    expect(fileName("!!!", "2026-11-30", "xlsx")).toBe("survey-2026-11-30.xlsx");
  });
});
