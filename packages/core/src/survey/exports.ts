import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { exportStringsCsv } from "./csv.js";
import type { SurveyVersion } from "./schema.js";

/**
 * Ways a survey's definition leaves Chorus, each written to the audit trail like every other
 * export. The caller has found the draft (and so proved it is the staff's own organisation's).
 */
export async function exportDefinition(
  db: Db,
  staff: Audit.Staff,
  draft: { surveyId: string; definition: SurveyVersion },
) {
  await recordExport(db, staff, draft.surveyId, "json");
  return { format: "chorus-survey" as const, definition: draft.definition };
}

/** The translators' sheet: every text in every language, one row per text. */
export async function exportStrings(
  db: Db,
  staff: Audit.Staff,
  draft: { surveyId: string; definition: SurveyVersion },
): Promise<string> {
  await recordExport(db, staff, draft.surveyId, "csv");
  return exportStringsCsv(draft.definition);
}

const recordExport = (db: Db, staff: Audit.Staff, surveyId: string, format: string) =>
  Audit.byStaff(db, staff, "survey.exported", { type: "survey", id: surveyId }, { format });
