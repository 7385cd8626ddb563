export * as Survey from "./index.js";

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { surveyClosed, surveyNotFound } from "../admission/errors.js";
import { fittingRecordings } from "../audio/recordings.js";
import { ImmutableCache } from "../db/cache.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { canonicalJson } from "../util/hash.js";
import { type Changes, changesBetween, hasChanges } from "./changes.js";
import { type SurveyVersion, type Text, upgradeSurvey } from "./schema.js";
import { SurveyHead } from "./stored.js";
import { type Draft, staffNameOf } from "./studio.js";
import { completeLanguages } from "./translation.js";

export { answerIssues } from "./answer.js";
export { type Changes, changesBetween, hasChanges } from "./changes.js";
export { CODE_BITS, newAccessCode } from "./code.js";
export { exportStringsCsv, importStringsCsv } from "./csv.js";
export { exportDefinition, exportStrings } from "./exports.js";
export { isShown, logicProblems, questionForBand, visibleQuestions } from "./logic.js";
export { checkTranslation } from "./review.js";
export { allQuestions, askedQuestions, isAsked, upgradeSurvey } from "./schema.js";
export {
  create,
  type Draft,
  getDraft,
  type PublishChoices,
  publish,
  publishProblems,
  rename,
  saveDraft,
  setArchived,
  staffNameOf,
} from "./studio.js";
export { findTemplate, fromTemplate, type Template, templates } from "./templates/index.js";
export {
  hasPhrasebook,
  loadPhrasebook,
  loadPhrasebooks,
  PHRASEBOOK_LANGUAGES,
  type Phrasebook,
} from "./templates/phrases/index.js";
export {
  startFromTemplate,
  type TemplateStart,
  templateLanguages,
  usualLanguages,
} from "./templates/start.js";
export { completeLanguages, translationReport } from "./translation.js";
export { type PublishWarning, publishWarnings } from "./warnings.js";

export type SurveyStatus = "draft" | "published" | "archived";

export interface Survey {
  id: string;
  orgId: string;
  title: Text;
  /** What staff call it: its own name, or its title for surveys made before names existed. */
  staffName: string;
  defaultLanguage: string;
  status: SurveyStatus;
  /** The version children are given now (0 before the first publish). */
  publishedVersion: number;
  code: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export async function get(db: Db, orgId: string, surveyId: string): Promise<Survey | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.survey(orgId, surveyId) }),
  );
  return Item ? fromItem(Item) : undefined;
}

/** Published versions never change, so each is read from the table once per process. */
const versions = new ImmutableCache<SurveyVersion | undefined>();

export function getVersion(
  db: Db,
  orgId: string,
  surveyId: string,
  version: number,
): Promise<SurveyVersion | undefined> {
  return versions.get(db, `${orgId}#${surveyId}#${version}`, async () => {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: Keys.surveyVersion(orgId, surveyId, version) }),
    );
    // Versions stored before pages existed are read in today's shape.
    return Item ? (upgradeSurvey(Item.definition) as SurveyVersion) : undefined;
  });
}

/**
 * Whether children may answer this survey at all: published, and not archived. (A code's own
 * dates and closing are the distribution's, see `Distribution.checkOpen`.)
 */
export function admitting(survey: Survey | undefined): Survey {
  if (!survey || survey.publishedVersion < 1) throw surveyNotFound();
  if (survey.status === "archived") throw surveyClosed();
  return survey;
}

/** What children are given of each cached version: worked out once, as it cannot change. */
const given = new WeakMap<SurveyVersion, SurveyVersion>();

/** The version children are given now, offered only in the languages completely translated. */
export async function currentVersion(db: Db, survey: Survey): Promise<SurveyVersion> {
  const stored = await getVersion(db, survey.orgId, survey.id, survey.publishedVersion);
  if (!stored) throw surveyNotFound();
  let current = given.get(stored);
  if (!current) {
    const languages = completeLanguages(stored);
    current = { ...stored, languages: languages.length > 0 ? languages : [stored.defaultLanguage] };
    given.set(stored, current);
  }
  return current;
}

export async function list(db: Db, orgId: string): Promise<Survey[]> {
  const surveys: Survey[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.surveyPrefix());
  for await (const page of queryPages(db, query)) surveys.push(...(page.Items ?? []).map(fromItem));
  return surveys;
}

/** A stored survey item as a survey (for reads that fetch it with other items). */
export function fromItem(item: Record<string, unknown>): Survey {
  const stored = readItem(SurveyHead, item, "survey");
  return { ...stored, staffName: staffNameOf(stored), code: stored.code ?? null };
}

/** What the publish button would do: the version it makes and what differs from the current. */
export interface PublishPreview {
  /** The version children get now (0 before the first publish). */
  publishedVersion: number;
  /** The version publishing would make. */
  nextVersion: number;
  /** The draft revision this was worked out from: publish that one to publish what was shown. */
  revision: number;
  /** False when publishing would change nothing children see. */
  changed: boolean;
  changes: Changes;
}

/** Compares the draft with the version children get now, for the publish confirmation. */
export async function publishPreview(db: Db, orgId: string, draft: Draft): Promise<PublishPreview> {
  const current = draft.publishedVersion;
  const previous = current > 0 ? await getVersion(db, orgId, draft.surveyId, current) : undefined;
  const changes = changesBetween(previous, draft.definition);
  // A recording put on, replaced or taken off is a change children hear.
  const recordingsChanged =
    canonicalJson(previous?.audio ?? {}) !==
    canonicalJson(fittingRecordings(draft.definition, draft.audio));
  // Listed with the survey's own settings: "The recordings … changed."
  if (previous && recordingsChanged) {
    changes.details.push("The recordings played instead of the tablet's voice");
  }
  return {
    publishedVersion: current,
    nextVersion: current + 1,
    revision: draft.revision,
    changed: !previous || hasChanges(changes),
    changes,
  };
}
