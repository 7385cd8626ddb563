/**
 * A controlled report laid out as plain tables, the one model both the CSV and the XLSX writer
 * read, so the two files always say the same thing. Pure.
 */
import type { ReportFilters, SurveyReport } from "../report/schema.js";
import type { Text } from "../survey/base.js";
import { MIN_SHOWN, ROUND_TO, SMALL_BASE } from "./control.js";

/** A cell: words, a number, or a count hidden by the rule (written "fewer than 8"). */
export type Cell = string | number | { hidden: true };
export type ColumnKind = "text" | "count" | "share" | "mean";

export interface Table {
  /** Section and sheet name. */
  name: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: Cell[][];
}

export const HIDDEN: Cell = { hidden: true };
export const HIDDEN_WORDS = `fewer than ${MIN_SHOWN}`;
export const SMALL_WORDS = "small group";

/** What every export says about its numbers, in words a busy reader takes in at once. */
export const METHOD_NOTE =
  `To protect children's privacy, no exact count of a group is shown. 0 is shown as 0; ` +
  `1 to ${MIN_SHOWN - 1} is shown as "${HIDDEN_WORDS}"; ${MIN_SHOWN} or more is rounded to the ` +
  `nearest ${ROUND_TO}. Percentages are worked out from the rounded numbers, so they may not ` +
  `add up to 100. A group of fewer than ${SMALL_BASE} is marked "${SMALL_WORDS}": read it with ` +
  `care. An average is shown only when ${MIN_SHOWN} or more answered.`;

const count = (n: number | null | undefined): Cell => (n === null || n === undefined ? HIDDEN : n);
const share = (n: number | null | undefined): Cell => (n === null || n === undefined ? "" : n);
const note = (small: boolean | undefined) => (small ? SMALL_WORDS : "");

/** A label in the report's language, else English, else any. */
export function words(text: Text | string, language: string): string {
  if (typeof text === "string") return text;
  return text[language] ?? text.en ?? Object.values(text)[0] ?? "";
}

const FILTER_NAMES: Record<string, string> = {
  band: "Age band",
  cohort: "Group",
  code: "Code",
  language: "Language",
  wave: "Wave",
  from: "From",
  to: "To",
  by: "Broken down by",
};

/** "Age band 8-11; Wave spring-2027", or "None" when nothing was filtered. */
export function describeFilters(filters: ReportFilters): string {
  const parts = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${FILTER_NAMES[key] ?? key} ${value}`);
  return parts.length ? parts.join("; ") : "None";
}

/** The tables of a controlled report (see `controlReport`), first the cover, then the numbers. */
export function reportTables(
  report: SurveyReport,
  context: { orgName: string; exportedAt: string; filters: ReportFilters },
): Table[] {
  const language = report.survey.defaultLanguage;
  const text = (t: Text | string) => words(t, language);
  const tables: Table[] = [
    {
      name: "About",
      columns: [
        { label: "About this report", kind: "text" },
        { label: "", kind: "text" },
      ],
      rows: [
        ["Council", context.orgName],
        ["Survey", report.survey.staffName],
        ["Title children see", text(report.survey.title)],
        ["Filters", describeFilters(report.filters ?? context.filters)],
        ["Exported", context.exportedAt],
        ["How to read the numbers", METHOD_NOTE],
      ],
    },
    {
      name: "Responses",
      columns: [
        { label: "Responses matching the filters", kind: "count" },
        { label: "Note", kind: "text" },
      ],
      rows: [[count(report.base), note(report.small)]],
    },
    {
      name: "Questions",
      columns: [
        { label: "Question", kind: "text" },
        { label: "Answer", kind: "text" },
        { label: "Count", kind: "count" },
        { label: "Per cent", kind: "share" },
        { label: "Average", kind: "mean" },
        { label: "Note", kind: "text" },
      ],
      rows: report.questions.flatMap((question) => {
        const prompt = text(question.prompt);
        const mean = question.mean === null || question.mean === undefined ? "" : question.mean;
        return [
          [prompt, "Answered", count(question.answered), "", mean, note(question.small)],
          ...question.rows.map((row) => [
            prompt,
            text(row.label),
            count(row.count),
            share(row.share),
            "",
            "",
          ]),
        ];
      }),
    },
  ];

  if (report.groups && report.groups.groups.length > 0) {
    const prompts = new Map(report.questions.map((q) => [q.questionId, q]));
    tables.push({
      name: "Breakdown",
      columns: [
        { label: `Group (${FILTER_NAMES[report.groups.by] ?? report.groups.by})`, kind: "text" },
        { label: "Question", kind: "text" },
        { label: "Answer", kind: "text" },
        { label: "Count", kind: "count" },
        { label: "Per cent", kind: "share" },
        { label: "Note", kind: "text" },
      ],
      rows: report.groups.groups.flatMap((group) =>
        [
          [group.label, "All responses", "", count(group.base), "", note(group.small)] as Cell[],
        ].concat(
          group.questions.flatMap((question) => {
            const asked = prompts.get(question.questionId);
            const prompt = asked ? text(asked.prompt) : question.questionId;
            const label = (value: string | number) => {
              const found = asked?.rows.find((row) => row.value === value);
              return found ? text(found.label) : String(value);
            };
            return [
              [group.label, prompt, "Answered", count(question.answered), "", ""],
              ...question.rows.map((row) => [
                group.label,
                prompt,
                label(row.value),
                count(row.count),
                share(row.share),
                "",
              ]),
            ];
          }),
        ),
      ),
    });
  }

  if (report.themes && report.themes.length > 0) {
    tables.push({
      name: "Themes",
      columns: [
        { label: "Theme", kind: "text" },
        { label: "Answers", kind: "count" },
        { label: "Per cent", kind: "share" },
        { label: "Note", kind: "text" },
        { label: "Words that put answers in it", kind: "text" },
        { label: "Approved quotes", kind: "text" },
      ],
      rows: report.themes.map((theme) => [
        text(theme.label),
        count(theme.count),
        share(theme.share),
        theme.emerging ? "emerging: not yet named by an officer" : "",
        theme.words.join(", "),
        theme.quotes.map((quote) => quote.text).join(" | "),
      ]),
    });
  }

  if (report.trend && report.trend.waves.length > 0) {
    tables.push({
      name: "Waves",
      columns: [
        { label: "Wave", kind: "text" },
        { label: "Responses", kind: "count" },
        { label: "Note", kind: "text" },
      ],
      rows: report.trend.waves.map((wave) => [wave.label, count(wave.base), note(wave.small)]),
    });
  }
  return tables;
}
