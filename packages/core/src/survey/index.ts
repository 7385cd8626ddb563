export * as Survey from "./index.js";

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { Distribution } from "../distribution/index.js";
import { ChorusError, notFound } from "../util/error.js";
import { normaliseCode } from "./code.js";
import { type SurveyVersion, type Text, upgradeSurvey } from "./schema.js";
import { completeLanguages } from "./translation.js";

export { answerIssues } from "./answer.js";
export { CODE_BITS, newAccessCode } from "./code.js";
export { exportStringsCsv, importStringsCsv } from "./csv.js";
export { isShown, logicProblems, questionForBand, visibleQuestions } from "./logic.js";
export { allQuestions, upgradeSurvey } from "./schema.js";
export {
  create,
  type Draft,
  getDraft,
  publish,
  publishProblems,
  saveDraft,
  setArchived,
} from "./studio.js";
export { findTemplate, fromTemplate, type Template, templates } from "./templates/index.js";
export { completeLanguages, translationReport } from "./translation.js";

export type SurveyStatus = "draft" | "published" | "archived";

export interface Survey {
  id: string;
  orgId: string;
  title: Text;
  defaultLanguage: string;
  status: SurveyStatus;
  /** The version children are given now (0 before the first publish). */
  publishedVersion: number;
  code: string | null;
}

/** Where an access code leads. */
export interface CodeTarget {
  orgId: string;
  surveyId: string;
  distributionId?: string;
}

const surveyNotFound = () =>
  notFound(
    "survey.not_found",
    "There is no open survey with that code. Check the code and try again.",
  );

/** Resolves a child's access code (any letter case) to its survey. */
export async function resolveCode(db: Db, code: string): Promise<CodeTarget> {
  const normalised = normaliseCode(code);
  if (!/^[A-Z0-9]{4,16}$/.test(normalised)) throw surveyNotFound();
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.accessCode(normalised) }),
  );
  if (!Item) throw surveyNotFound();
  return { orgId: Item.orgId, surveyId: Item.surveyId, distributionId: Item.distributionId };
}

export async function get(db: Db, orgId: string, surveyId: string): Promise<Survey | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.survey(orgId, surveyId) }),
  );
  return Item ? toSurvey(Item) : undefined;
}

export async function getVersion(
  db: Db,
  orgId: string,
  surveyId: string,
  version: number,
): Promise<SurveyVersion | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.surveyVersion(orgId, surveyId, version) }),
  );
  // Versions stored before pages existed are read in today's shape.
  return Item ? (upgradeSurvey(Item.definition) as SurveyVersion) : undefined;
}

/**
 * The version a child is given for an access code: published, not archived, the code's
 * distribution open today, and offered only in the languages that are completely translated.
 */
export async function openByCode(db: Db, code: string, at: Date = db.now()) {
  const target = await resolveCode(db, code);
  const [survey, distribution] = await Promise.all([
    get(db, target.orgId, target.surveyId),
    target.distributionId ? Distribution.get(db, target.orgId, target.distributionId) : undefined,
  ]);
  if (distribution) Distribution.checkOpen(distribution, at);
  if (!survey || survey.publishedVersion < 1) throw surveyNotFound();
  if (survey.status === "archived") {
    throw new ChorusError(
      "closed",
      "survey.closed",
      "This survey has closed. Thank you for looking.",
    );
  }
  const stored = await getVersion(db, survey.orgId, survey.id, survey.publishedVersion);
  if (!stored) throw surveyNotFound();
  const languages = completeLanguages(stored);
  const version = {
    ...stored,
    languages: languages.length > 0 ? languages : [stored.defaultLanguage],
  };
  return { survey, version, distribution };
}

export async function list(db: Db, orgId: string): Promise<Survey[]> {
  const surveys: Survey[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.surveyPrefix());
  for await (const page of queryPages(db, query)) surveys.push(...(page.Items ?? []).map(toSurvey));
  return surveys;
}

function toSurvey(item: Record<string, unknown>): Survey {
  return {
    id: item.id as string,
    orgId: item.orgId as string,
    title: item.title as Text,
    defaultLanguage: item.defaultLanguage as string,
    status: item.status as SurveyStatus,
    publishedVersion: (item.publishedVersion as number | undefined) ?? 0,
    code: (item.code as string | undefined) ?? null,
  };
}
