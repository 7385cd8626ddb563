export * as Response from "./index.js";

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { answerIssues, flattenIssues } from "../survey/answer.js";
import { Survey } from "../survey/index.js";
import type { AgeBand, AnswerValue, ResponseCreate, SurveyVersion } from "../survey/schema.js";
import { conflict, invalid } from "../util/error.js";
import { canonicalJson, sha256 } from "../util/hash.js";

/** A stored response: what a report reads. It holds no precise time and nothing about the device. */
export interface StoredResponse {
  id: string;
  surveyId: string;
  version: number;
  language: string;
  ageBand?: string;
  /** The day it was submitted (UTC), no finer. */
  submittedOn: string;
  answers: Record<string, AnswerValue>;
  /** The child asked for their worker to be told. */
  tellMyWorker?: boolean;
}

export type SubmitResult = { id: string; duplicate: boolean };

/**
 * Stores a child's response exactly once. The id comes from the device, so a retry of the same
 * body answers as a duplicate and a different body under the same id is a conflict; neither
 * writes anything.
 */
export async function submit(db: Db, code: string, body: ResponseCreate): Promise<SubmitResult> {
  // A child who finished offline before the code closed is still heard: openness is judged at
  // the moment they submitted (never later than now), not at the moment the answers arrive.
  const submitted = new Date(Math.min(Date.parse(body.submittedAt), db.now().getTime()));
  const { survey, distribution } = await Survey.openByCode(db, code, submitted);
  const version = body.version ?? survey.publishedVersion;
  const definition =
    version <= survey.publishedVersion
      ? await Survey.getVersion(db, survey.orgId, survey.id, version)
      : undefined;
  if (!definition) {
    throw invalid(
      "response.invalid",
      "That survey version does not exist.",
      flattenIssues([
        { path: "version", message: `Use a published version up to ${survey.publishedVersion}.` },
      ]),
    );
  }
  // A code handed out for one band answers for that band, whatever the device says.
  const ageBand = body.ageBand ?? distribution?.ageBand;
  checkAgainst(definition, body, ageBand, distribution?.ageBand);

  const bodyHash = sha256(canonicalJson(body));
  const key = Keys.response(survey.orgId, survey.id, body.id);
  const item = {
    ...key,
    type: "response",
    orgId: survey.orgId,
    surveyId: survey.id,
    id: body.id,
    version,
    language: body.language,
    ageBand,
    distributionId: distribution?.id,
    cohort: distribution?.cohort,
    // Kept on the response for the safeguarding queue; only when the survey offers it.
    tellMyWorker: body.tellMyWorker && definition.tellWorker !== false ? true : undefined,
    submittedOn: body.submittedAt.slice(0, 10),
    answers: body.answers,
    bodyHash,
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: item,
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return { id: body.id, duplicate: false };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
  );
  if (Item?.bodyHash === bodyHash) return { id: body.id, duplicate: true };
  throw conflict(
    "response.conflict",
    "A different response was already stored under this id. Make a new id for a new response.",
  );
}

function checkAgainst(
  definition: SurveyVersion,
  body: ResponseCreate,
  ageBand: AgeBand | undefined,
  fixedBand: AgeBand | undefined,
) {
  const issues = answerIssues(definition, body.answers, ageBand);
  if (!definition.languages.includes(body.language)) {
    issues.push({ path: "language", message: "The survey is not offered in that language." });
  }
  if (body.ageBand && !definition.ageBands.includes(body.ageBand)) {
    issues.push({ path: "ageBand", message: "The survey is not meant for that age band." });
  } else if (body.ageBand && fixedBand && body.ageBand !== fixedBand) {
    issues.push({
      path: "ageBand",
      message: `This code is for the ${fixedBand} age band, so a response for ${body.ageBand} cannot use it.`,
    });
  }
  if (Date.parse(body.submittedAt) < Date.parse(body.startedAt)) {
    issues.push({ path: "submittedAt", message: "submittedAt is before startedAt." });
  }
  if (issues.length > 0) {
    throw invalid("response.invalid", "Some answers do not fit the survey.", flattenIssues(issues));
  }
}

/** Every stored response to one survey, page by page. */
export async function* all(db: Db, orgId: string, surveyId: string) {
  const query = partitionQuery(Keys.responsePartition(orgId, surveyId), Keys.responsePrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) yield toStored(item);
  }
}

/** How many responses a survey has, without reading their answers. */
export async function count(db: Db, orgId: string, surveyId: string): Promise<number> {
  const query = partitionQuery(Keys.responsePartition(orgId, surveyId), Keys.responsePrefix());
  let total = 0;
  for await (const page of queryPages(db, { ...query, Select: "COUNT" })) total += page.Count ?? 0;
  return total;
}

function toStored(item: Record<string, unknown>): StoredResponse {
  return {
    id: item.id as string,
    surveyId: item.surveyId as string,
    version: item.version as number,
    language: item.language as string,
    ageBand: item.ageBand as string | undefined,
    submittedOn: item.submittedOn as string,
    answers: item.answers as Record<string, AnswerValue>,
    tellMyWorker: item.tellMyWorker === true ? true : undefined,
  };
}
