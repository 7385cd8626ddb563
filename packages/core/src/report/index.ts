export * as Report from "./index.js";

import * as v from "valibot";
import { total } from "../aggregate/cells.js";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Distribution } from "../distribution/index.js";
import { Quote } from "../quote/index.js";
import { Response } from "../response/index.js";
import { noSuchSurvey } from "../survey/errors.js";
import { Survey } from "../survey/index.js";
import { askedQuestions } from "../survey/schema.js";
import { Theme } from "../theme/index.js";
import { invalid } from "../util/error.js";
import { Wave } from "../wave/index.js";
import { fromCells } from "./read.js";
import {
  type ReportFilters,
  ReportQuery,
  type SurveyReport,
  type SurveySummary,
} from "./schema.js";

export { isSmall, meanOf, RULE, shareOf, shown } from "./disclosure.js";
export { type CodeOf, fromCells, type ReportInput, wordsSlots } from "./read.js";

function summary(survey: Survey.Survey, responseCount: number): SurveySummary {
  return {
    id: survey.id,
    title: survey.title,
    staffName: survey.staffName,
    defaultLanguage: survey.defaultLanguage,
    code: survey.code,
    status: survey.status,
    version: survey.publishedVersion,
    responseCount,
  };
}

/** The organisation's surveys with how many responses each has. */
export async function surveys(db: Db, orgId: string): Promise<SurveySummary[]> {
  const list = await Survey.list(db, orgId);
  return Promise.all(
    list.map(async (survey) => summary(survey, await Response.count(db, orgId, survey.id))),
  );
}

/**
 * A report's filters from a query string, or `report.invalid_filter` (a 400) naming what is
 * wrong. Share links and exports read their filters through it too.
 */
export function parseFilters(query: Record<string, string | undefined>): ReportFilters {
  const present = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));
  const result = v.safeParse(ReportQuery, present);
  if (!result.success) {
    throw invalid(
      "report.invalid_filter",
      "One of the report's filters is not valid.",
      v.flatten(result.issues),
    );
  }
  return result.output;
}

/**
 * A survey's report, filtered and broken down as asked, from its aggregates (question ids are
 * stable between versions, so the current version's questions read every response). Exact
 * numbers stay here: what leaves is under the disclosure rule, but for the survey's exact total
 * of responses, which staff may see. Reading it is written to the audit trail; a refused read
 * (unknown survey, code or wave) records nothing and changes nothing.
 */
export async function forSurvey(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  filters: ReportFilters = {},
): Promise<SurveyReport> {
  const report = await read(db, staff.orgId, surveyId, filters);
  await Audit.byStaff(
    db,
    staff,
    "report.read",
    { type: "survey", id: surveyId },
    Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
  );
  return report;
}

/**
 * The report as `forSurvey` reads it, without the audit record: for a share link, whose open
 * is audited as the link's.
 */
export async function read(
  db: Db,
  orgId: string,
  surveyId: string,
  filters: ReportFilters = {},
): Promise<SurveyReport> {
  const survey = await Survey.get(db, orgId, surveyId);
  if (!survey || survey.publishedVersion < 1) throw noSuchSurvey();
  const [definition, distributions, waves, orgThemes, quotes, { cells }] = await Promise.all([
    Survey.getVersion(db, orgId, surveyId, survey.publishedVersion),
    Distribution.list(db, orgId, surveyId),
    Wave.list(db, orgId),
    Theme.orgThemes(db, orgId),
    Quote.approvedFor(db, orgId, surveyId),
    Aggregate.read(db, orgId, surveyId),
  ]);
  if (!definition) throw noSuchSurvey();
  return fromCells({
    summary: summary(survey, total(cells).n),
    questions: askedQuestions(definition),
    cells,
    filters,
    codes: distributions.map((d) => ({ distributionId: d.id, code: d.code, label: d.label })),
    waves,
    codebook: [...Theme.CODEBOOK, ...orgThemes],
    quotes,
  });
}
