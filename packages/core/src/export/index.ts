export * as Export from "./index.js";

import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Org } from "../org/index.js";
import { Report } from "../report/index.js";
import type { ReportFilters, SurveyReport } from "../report/schema.js";
import { Response } from "../response/index.js";
import { noSuchSurvey } from "../survey/errors.js";
import { Survey } from "../survey/index.js";
import { HOUSES } from "../survey/parts.js";
import type { AnswerValue, Question } from "../survey/schema.js";
import { Theme } from "../theme/index.js";
import { controlReport } from "./control.js";
import { toCsv, toXlsx } from "./files.js";
import { reportTables } from "./table.js";

export { controlReport, isSmall, shareOf, shown } from "./control.js";
export { describeFilters, METHOD_NOTE } from "./table.js";

export type Format = "csv" | "xlsx";

export interface File {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPE: Record<Format, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The survey report with the filters applied, its read audited. */
export function readReport(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  filters: ReportFilters,
): Promise<SurveyReport> {
  return Report.forSurvey(db, staff, surveyId, filters);
}

/** "Voice of the child - My life 8-11 - 2026-11-30.csv", safe in any file system. */
export function fileName(title: string, day: string, extension: string): string {
  const safe = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60);
  return `${safe || "survey"}-${day}.${extension}`;
}

/**
 * A survey report as a file a leader can open in a spreadsheet, made from the controlled report
 * (the same rule as on screen, with the method note on its first sheet), filters applied.
 * Written to the audit trail with the format and filters.
 */
export async function surveyReport(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  filters: ReportFilters,
  format: Format,
): Promise<File> {
  const [report, org] = await Promise.all([
    readReport(db, staff, surveyId, filters),
    Org.get(db, staff.orgId),
  ]);
  const controlled = controlReport(report);
  const now = db.now().toISOString();
  const tables = reportTables(controlled, {
    orgName: org?.name ?? "",
    exportedAt: now.slice(0, 10),
    filters,
  });
  const body = format === "csv" ? toCsv(tables) : await toXlsx(tables);
  await Audit.byStaff(
    db,
    staff,
    "report.exported",
    { type: "survey", id: surveyId },
    { format, filters: JSON.stringify(filters) },
  );
  return {
    fileName: fileName(report.survey.staffName, now.slice(0, 10), format),
    contentType: CONTENT_TYPE[format],
    body,
  };
}

/** How free text leaves in a raw export: redacted (the default) or exactly as written. */
export type TextMode = "redacted" | "full";

/** A raw answer as a cell: option ids as they are, several joined by "; ". */
function rawCell(value: AnswerValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "object") return "";
  return String(value);
}

/**
 * Every response's answers, one row each (numbered, never the response's id), for an admin:
 * age band, group, language and day, then one column per question and one per house. Free text
 * is redacted by `Theme.redact` unless `full` is asked for. Audited with the text mode.
 */
export async function rawAnswers(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  text: TextMode,
): Promise<File> {
  const survey = await Survey.get(db, staff.orgId, surveyId);
  if (!survey || survey.publishedVersion < 1) throw noSuchSurvey();
  const definition = await Survey.getVersion(db, staff.orgId, surveyId, survey.publishedVersion);
  if (!definition) throw noSuchSurvey();

  const questions = Survey.askedQuestions(definition);
  const words = (value: string) => (text === "full" ? value : Theme.redact(value).text);
  const columns: { label: string; cell: (answers: Record<string, AnswerValue>) => string }[] = [];
  for (const question of questions as Question[]) {
    if (question.type === "threeHouses") {
      for (const house of HOUSES) {
        columns.push({
          label: `${question.id}.${house}`,
          cell: (answers) => {
            const houses = answers[question.id];
            const said =
              houses && typeof houses === "object" && !Array.isArray(houses) ? houses[house] : "";
            return said ? words(said) : "";
          },
        });
      }
    } else if (question.type === "text") {
      columns.push({
        label: question.id,
        cell: (answers) => {
          const said = answers[question.id];
          return typeof said === "string" && said !== "preferNot" ? words(said) : rawCell(said);
        },
      });
    } else {
      columns.push({ label: question.id, cell: (answers) => rawCell(answers[question.id]) });
    }
  }

  const rows: (string | number)[][] = [];
  let number = 0;
  for await (const response of Response.all(db, staff.orgId, surveyId)) {
    rows.push([
      ++number,
      response.submittedOn,
      response.ageBand ?? "",
      response.cohort ?? "",
      response.language,
      ...columns.map((column) => column.cell(response.answers)),
    ]);
  }
  const body = toCsv(
    [
      {
        name: `Raw answers (${text === "full" ? "free text in full" : "free text redacted"})`,
        columns: [
          { label: "Row", kind: "text" },
          { label: "Day", kind: "text" },
          { label: "Age band", kind: "text" },
          { label: "Group", kind: "text" },
          { label: "Language", kind: "text" },
          ...columns.map((column) => ({ label: column.label, kind: "text" as const })),
        ],
        rows,
      },
    ],
    { titles: false },
  );
  await Audit.byStaff(
    db,
    staff,
    "report.raw_exported",
    { type: "survey", id: surveyId },
    { text, responses: number },
  );
  return {
    fileName: fileName(
      `${survey.staffName} raw answers`,
      db.now().toISOString().slice(0, 10),
      "csv",
    ),
    contentType: CONTENT_TYPE.csv,
    body,
  };
}
