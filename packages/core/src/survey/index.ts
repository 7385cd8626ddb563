export * as Survey from "./index.js";

import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { Distribution } from "../distribution/index.js";
import { ChorusError, notFound } from "../util/error.js";
import { normaliseCode } from "./code.js";
import { type AgeBand, type SurveyVersion, type Text, upgradeSurvey } from "./schema.js";
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
export { findTemplate, fromTemplate, TEMPLATES, type Template } from "./templates/index.js";
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

/**
 * Puts a ready-made, published survey in place under a fixed access code: demo data and tests
 * only (officers publish through the studio). Re-running it changes nothing. `ageBand` fixes the
 * code's band, as an officer's distribution may.
 */
export async function seedPublished(
  db: Db,
  input: { orgId: string; code: string; definition: SurveyVersion; ageBand?: AgeBand },
): Promise<void> {
  const { orgId, code, definition, ageBand } = input;
  const now = db.now().toISOString();
  const put = (Item: Record<string, unknown>) =>
    db.doc
      .send(
        new PutCommand({
          TableName: db.table,
          Item,
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .catch(ignoreConditionFailed);

  // Version first, then the code, then the survey record that points at both: a crash part way
  // leaves nothing a child can reach that is not complete.
  await put({
    ...Keys.surveyVersion(orgId, definition.surveyId, definition.version),
    type: "surveyVersion",
    orgId,
    surveyId: definition.surveyId,
    version: definition.version,
    definition,
    publishedAt: now,
  });
  const distributionId = `dst_seed${code.toUpperCase()}`;
  await put({
    ...Keys.distribution(orgId, distributionId),
    type: "distribution",
    id: distributionId,
    orgId,
    surveyId: definition.surveyId,
    code: code.toUpperCase(),
    label: "Demo code",
    cohort: definition.ageBands.includes("16-25") ? "care-leavers" : "children-in-care",
    ...(ageBand ? { ageBand } : {}),
    closed: false,
    createdAt: now,
  });
  await put({
    ...Keys.accessCode(code),
    type: "accessCode",
    orgId,
    surveyId: definition.surveyId,
    distributionId,
    code: code.toUpperCase(),
  });
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.survey(orgId, definition.surveyId),
      UpdateExpression:
        "SET #type = :type, orgId = :org, id = :id, title = :title, defaultLanguage = :lang, " +
        "#status = :published, publishedVersion = :v, code = :code, draft = :draft, " +
        "draftRevision = if_not_exists(draftRevision, :one), draftSavedAt = :now, draftSavedBy = :who, " +
        "createdAt = if_not_exists(createdAt, :now), updatedAt = :now",
      ConditionExpression: "attribute_not_exists(publishedVersion) OR publishedVersion <= :v",
      ExpressionAttributeNames: { "#type": "type", "#status": "status" },
      ExpressionAttributeValues: {
        ":type": "survey",
        ":org": orgId,
        ":id": definition.surveyId,
        ":title": definition.title,
        ":lang": definition.defaultLanguage,
        ":published": "published",
        ":v": definition.version,
        ":code": code.toUpperCase(),
        ":draft": { ...definition, version: definition.version + 1 },
        ":one": 1,
        ":who": "Chorus",
        ":now": now,
      },
    }),
  );
}

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
