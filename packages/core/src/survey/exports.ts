import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ChorusError } from "../util/error.js";
import { exportStringsCsv } from "./csv.js";
import type { SurveyVersion } from "./schema.js";
import { stringsFileName, surveyLanguages } from "./translation.js";

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

/**
 * The translators' sheet: one row per text, in every language or (with `language`, one of the
 * survey's) the default language beside that one, and the name to save it under.
 */
export async function exportStrings(
  db: Db,
  staff: Audit.Staff,
  draft: { surveyId: string; definition: SurveyVersion },
  language?: string,
): Promise<{ csv: string; fileName: string }> {
  if (language !== undefined && !surveyLanguages(draft.definition).includes(language)) {
    throw new ChorusError(
      "invalid",
      "survey.language_unknown",
      "This survey has no such language. Add it on the Translations tab first.",
    );
  }
  await recordExport(db, staff, draft.surveyId, "csv", language);
  return {
    csv: exportStringsCsv(draft.definition, language),
    fileName: stringsFileName(draft.definition, language),
  };
}

const recordExport = (
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  format: string,
  language?: string,
) =>
  Audit.byStaff(
    db,
    staff,
    "survey.exported",
    { type: "survey", id: surveyId },
    language ? { format, language } : { format },
  );
