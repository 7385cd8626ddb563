// How long the export files take to write and how big they are: a large survey report (49
// questions of 6 answers, broken down by 4 bands, 40 themes with quotes, 4 waves) as CSV and
// XLSX, and a raw-answer CSV of 10k and 100k responses of 50 columns. Pure writing, no store:
// the report's numbers come from aggregates whose reading is measured by bench/report.ts.
//   pnpm tsx bench/export.ts            median of 5 runs each
import { performance } from "node:perf_hooks";
import { controlReport } from "../packages/core/src/export/control.js";
import { toCsv, toXlsx } from "../packages/core/src/export/files.js";
import { reportTables, type Table } from "../packages/core/src/export/table.js";
import type { SurveyReport } from "../packages/core/src/report/schema.js";

const RUNS = Number(process.env.EXPORT_RUNS ?? 5);
const rows = (q: number) =>
  Array.from({ length: 6 }, (_, i) => ({
    value: `o${i}`,
    label: { en: `Answer ${i} to question ${q}` },
    count: (q * 7 + i * 13) % 90,
    share: null,
  }));
const questions = Array.from({ length: 49 }, (_, q) => ({
  questionId: `q${q}`,
  type: "choice",
  prompt: { en: `Question number ${q}: how do you feel about where you live now?` },
  answered: 200 + q,
  small: false,
  mean: null,
  rows: rows(q),
}));
const report: SurveyReport = {
  survey: {
    id: "srv_big",
    title: { en: "A big survey" },
    staffName: "A big survey",
    defaultLanguage: "en",
    code: null,
    status: "published",
    version: 1,
    responseCount: 4000,
  },
  threshold: 8,
  rule: { hiddenBelow: 8, roundTo: 5, smallBase: 30, meanBelow: 8 },
  filters: {},
  options: {
    bands: [],
    cohorts: [],
    codes: [],
    languages: [],
    waves: [],
    firstDay: null,
    lastDay: null,
  },
  questions,
  base: 4000,
  small: false,
  groups: {
    by: "band" as const,
    groups: ["4-7", "8-11", "12-17", "16-25"].map((band) => ({
      key: band,
      label: band,
      base: 1000,
      small: false,
      questions: questions.map((q) => ({
        questionId: q.questionId,
        answered: 50,
        mean: null,
        rows: q.rows.map((r) => ({ value: r.value, count: r.count, share: null })),
      })),
    })),
  },
  themes: Array.from({ length: 40 }, (_, t) => ({
    id: `t${t}`,
    label: { en: `Theme ${t}` },
    count: 10 + t * 5,
    share: 10,
    emerging: t > 30,
    words: ["family", "see", "mum"],
    slots: ["tell-us"],
    quotes: Array.from({ length: 3 }, () => ({
      id: "q",
      text: "I want to see my mum more often.",
    })),
  })),
  trend: {
    waves: ["w1", "w2", "w3", "w4"].map((id) => ({ id, label: id, base: 1000, small: false })),
    questions: [],
    themes: [],
  },
};

const raw = (n: number): Table[] => [
  {
    name: "Raw answers",
    columns: Array.from({ length: 50 }, (_, i) => ({ label: `q${i}`, kind: "text" as const })),
    rows: Array.from({ length: n }, (_, r) =>
      Array.from({ length: 50 }, (_, c) =>
        c % 10 === 9 ? `Some words ${r}, "quoted"` : `o${(r + c) % 5}`,
      ),
    ),
  },
];

async function time(name: string, make: () => Promise<string | Buffer> | string | Buffer) {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = await make();
    ms.push(performance.now() - start);
    bytes = typeof out === "string" ? Buffer.byteLength(out) : out.byteLength;
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} ${ms[Math.floor(ms.length / 2)]!.toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0).padStart(7)} KiB`,
  );
}

const tables = () =>
  reportTables(controlReport(report), { orgName: "Demo", exportedAt: "2026-11-30", filters: {} });
console.log(`${"file".padEnd(34)} median ms     size   (${RUNS} runs)`);
await time("report CSV (49 q, 4 bands, 40 themes)", () => toCsv(tables()));
await time("report XLSX (same)", () => toXlsx(tables()));
const raw10k = raw(10_000);
await time("raw CSV, 10k responses x 50", () => toCsv(raw10k));
const raw100k = raw(100_000);
await time("raw CSV, 100k responses x 50", () => toCsv(raw100k));
