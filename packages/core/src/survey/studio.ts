/**
 * What participation officers do with surveys: start one, save the draft as they type, publish an
 * immutable version, archive and restore. Drafts carry a revision number so that two officers
 * editing at once get a conflict instead of silently overwriting each other.
 */
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { withRecordings } from "../audio/recordings.js";
import type { Recordings } from "../audio/schema.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed, updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { readItem } from "../db/read.js";
import { ChorusError, conflict, invalid } from "../util/error.js";
import { uuidv7 } from "../util/id.js";
import { noSuchSurvey } from "./errors.js";
import { logicProblems } from "./logic.js";
import { pick } from "./parts.js";
import { type SurveyInput, SurveyVersion } from "./schema.js";
import { StoredDraft, StoredSurvey, type SurveyStatus } from "./stored.js";
import { translationReport } from "./translation.js";
import { publishWarnings } from "./warnings.js";

type Actor = { id: string; email: string; orgId: string };

export interface Draft {
  surveyId: string;
  /** What staff call the survey (`staffNameOf`); children see only the definition's title. */
  staffName: string;
  revision: number;
  savedAt: string;
  savedBy: string;
  definition: SurveyVersion;
  publishedVersion: number;
  status: SurveyStatus;
  /** True when the draft or its recordings differ from what children are given now. */
  unpublishedChanges: boolean;
  /**
   * The survey's languages whose words came from Chorus's phrasebooks and that nobody has yet
   * marked as checked, in the order the survey lists them.
   */
  unreviewedLanguages: string[];
  /** Recordings on the draft's words, by string key and language (see `Audio`). */
  audio: Recordings;
}

/**
 * What staff call a survey: the name an officer gave it, or, for a survey made before names for
 * staff existed, its title in its default language.
 */
export function staffNameOf(survey: {
  staffName?: string;
  title?: Record<string, string>;
  defaultLanguage?: string;
  draft?: { title: Record<string, string>; defaultLanguage: string };
}): string {
  if (survey.staffName) return survey.staffName;
  const title = survey.title ?? survey.draft?.title;
  const language = survey.defaultLanguage ?? survey.draft?.defaultLanguage ?? "en";
  return pick(title, language, "en") || "Untitled survey";
}

/** A fingerprint of what a definition says, whatever version number it carries. */
const contentHash = (definition: SurveyVersion) => fingerprint({ ...definition, version: 0 });

/**
 * What a version made from this draft would say, recordings included: compared with
 * `publishedHash` to tell whether publishing would change anything.
 */
const versionHash = (item: StoredDraft) => contentHash(withRecordings(item.draft, item.draftAudio));

/**
 * Parses a definition for survey `surveyId`; the version number is the server's to set.
 * Recordings are not taken from a posted definition: they are set only through `Audio`, so
 * saving a draft never undoes an upload, and an imported file cannot point at another
 * council's recordings.
 */
export function parseDefinition(surveyId: string, input: unknown, version: number): SurveyVersion {
  const { audio: _ignored, ...posted } = input as { audio?: unknown };
  const result = v.safeParse(SurveyVersion, { ...posted, surveyId, version });
  if (!result.success) {
    throw invalid("survey.invalid", "The survey is not valid yet.", v.flatten(result.issues));
  }
  return result.output;
}

const audit = (
  db: Db,
  actor: Actor,
  action: Audit.Action,
  surveyId: string,
  detail?: Record<string, string | number>,
) =>
  Audit.record(db, {
    orgId: actor.orgId,
    actor: { type: "staff", id: actor.id, email: actor.email },
    action,
    target: { type: "survey", id: surveyId },
    detail,
  });

/**
 * Starts a survey from a definition (a template's or an imported one). The id comes from the
 * client: creating it again with the same definition is a success, with another a conflict.
 */
export async function create(
  db: Db,
  actor: Actor,
  surveyId: string,
  input: SurveyInput | object,
  staffName?: string,
  /** Languages whose words came from Chorus's phrasebooks, to be shown as not checked. */
  unreviewed: readonly string[] = [],
) {
  const definition = parseDefinition(surveyId, input, 1);
  const hash = contentHash(definition);
  // A retry must name the survey the same; without a name the fingerprint is as it always was.
  const createdHash = staffName === undefined ? hash : fingerprint({ hash, staffName });
  const now = db.now().toISOString();
  const { created, item } = await createOnce(db, {
    item: {
      ...Keys.survey(actor.orgId, surveyId),
      type: "survey",
      id: surveyId,
      orgId: actor.orgId,
      title: definition.title,
      defaultLanguage: definition.defaultLanguage,
      ...(staffName === undefined ? {} : { staffName }),
      status: "draft",
      publishedVersion: 0,
      draft: definition,
      draftHash: hash,
      createdHash,
      draftRevision: 1,
      draftSavedAt: now,
      draftSavedBy: actor.email,
      // Both maps exist from the start, so a check can set one entry by its path.
      ...(unreviewed.length > 0
        ? {
            unreviewed: Object.fromEntries(unreviewed.map((code) => [code, { from: "chorus" }])),
            translationChecks: {},
          }
        : {}),
      createdAt: now,
      updatedAt: now,
    },
    // Compared with what the survey was created with, not its draft: edits since then do not
    // turn a late retry of the create into a conflict.
    field: "createdHash",
    conflict: () => conflict("survey.exists", "A different survey already has this id."),
  });
  if (created) {
    await audit(db, actor, "survey.created", surveyId, staffName ? { staffName } : undefined);
  }
  return { draft: toDraft(surveyId, readItem(StoredDraft, item, "survey draft")), created };
}

/** The survey's head item as stored, read consistently; undefined when there is none. */
export async function rawSurvey(db: Db, orgId: string, surveyId: string) {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.survey(orgId, surveyId),
      ConsistentRead: true,
    }),
  );
  return Item;
}

/** The survey with its draft; undefined if there is no such survey or it has no draft. */
async function readDraft(db: Db, orgId: string, surveyId: string) {
  const item = await rawSurvey(db, orgId, surveyId);
  return item?.draft ? readItem(StoredDraft, item, "survey draft") : undefined;
}

function toDraft(surveyId: string, item: StoredDraft): Draft {
  return {
    surveyId,
    staffName: staffNameOf(item),
    revision: item.draftRevision,
    savedAt: item.draftSavedAt,
    savedBy: item.draftSavedBy,
    definition: item.draft,
    publishedVersion: item.publishedVersion,
    status: item.status,
    unpublishedChanges: versionHash(item) !== item.publishedHash,
    unreviewedLanguages: item.draft.languages.filter((code) =>
      Object.hasOwn(item.unreviewed ?? {}, code),
    ),
    audio: item.draftAudio ?? {},
  };
}

export async function getDraft(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<Draft | undefined> {
  const item = await readDraft(db, orgId, surveyId);
  return item && toDraft(surveyId, item);
}

/**
 * Saves the draft if nobody else saved since `revision`. Sending the same save again after it
 * worked is answered as a success, so a retry on a flaky connection is harmless. `how` says
 * whether the officer edited it or read in a translator's file, for the audit log.
 */
export async function saveDraft(
  db: Db,
  actor: Actor,
  surveyId: string,
  revision: number,
  input: object,
  how: "edited" | "imported" = "edited",
) {
  const current = await getDraft(db, actor.orgId, surveyId);
  if (!current) throw noSuchSurvey();
  const definition = parseDefinition(surveyId, input, current.publishedVersion + 1);
  const hash = contentHash(definition);
  const now = db.now().toISOString();
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.survey(actor.orgId, surveyId),
        UpdateExpression:
          "SET draft = :draft, draftHash = :hash, draftRevision = :next, draftSavedAt = :now, " +
          "draftSavedBy = :who, title = :title, defaultLanguage = :lang, updatedAt = :now",
        ConditionExpression: "draftRevision = :revision",
        ExpressionAttributeValues: {
          ":draft": definition,
          ":hash": hash,
          ":next": revision + 1,
          ":revision": revision,
          ":now": now,
          ":who": actor.email,
          ":title": definition.title,
          ":lang": definition.defaultLanguage,
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const raw = await rawSurvey(db, actor.orgId, surveyId);
    const latest = raw && readItem(StoredSurvey, raw, "survey");
    if (latest?.draftHash === hash && latest.draftRevision === revision + 1) {
      // A retry: the entry the first try may not have reached is written now, the same one.
      await recordSave(db, actor, surveyId, how, latest.draftSavedAt ?? now, revision + 1);
      return (await getDraft(db, actor.orgId, surveyId))!;
    }
    throw new ChorusError(
      "conflict",
      "survey.edit_conflict",
      `${latest?.draftSavedBy ?? "Someone"} saved this survey while you were editing. Reload to see their changes, then make yours again.`,
      {
        revision: latest?.draftRevision,
        savedBy: latest?.draftSavedBy,
        savedAt: latest?.draftSavedAt,
      },
    );
  }
  await recordSave(db, actor, surveyId, how, now, revision + 1);
  return (await getDraft(db, actor.orgId, surveyId))!;
}

/**
 * Gives the survey a new name for staff (already trimmed and checked by `StaffName`). The
 * survey keeps the last rename's id, time and old name, and its audit entry is written with
 * them (`Audit.byStaffOnce`): naming it what it is already called changes nothing, but still
 * writes that entry if a crash came between the rename and its record, never twice.
 */
export async function rename(db: Db, actor: Actor, surveyId: string, staffName: string) {
  const raw = await rawSurvey(db, actor.orgId, surveyId);
  if (!raw) throw noSuchSurvey();
  const item = readItem(StoredSurvey, raw, "survey");
  let last = item.lastRename;
  const changed = item.staffName !== staffName;
  if (changed) {
    last = {
      id: uuidv7(),
      at: db.now().toISOString(),
      from: staffNameOf({
        ...item,
        title: raw.title as Record<string, string> | undefined,
        defaultLanguage: raw.defaultLanguage as string | undefined,
      }),
    };
    await updateExisting(
      db,
      Keys.survey(actor.orgId, surveyId),
      "SET staffName = :name, lastRename = :last, updatedAt = :now",
      undefined,
      { values: { ":name": staffName, ":last": last, ":now": last.at } },
    );
  }
  if (last) {
    await Audit.byStaffOnce(db, actor, {
      action: "survey.renamed",
      at: last.at,
      id: last.id,
      target: { type: "survey", id: surveyId },
      detail: { from: last.from, to: staffName },
    });
  }
  return { staffName, changed };
}

/**
 * The audit entry for a draft save. Drafts save a second after the officer stops typing, so an
 * entry per save would bury the log: edits get one entry per person, survey and hour, timed at
 * the start of the hour (its id and time are fixed, so later saves in the hour write nothing).
 * Reading in a translator's file is a deliberate act and gets its own entry, keyed by revision.
 */
function recordSave(
  db: Db,
  actor: Actor,
  surveyId: string,
  how: "edited" | "imported",
  savedAt: string,
  revision: number,
) {
  const target = { type: "survey", id: surveyId };
  if (how === "imported") {
    return Audit.byStaffOnce(db, actor, {
      action: "survey.translations_imported",
      at: savedAt,
      id: `strings-${surveyId}-${revision}`,
      target,
      detail: { revision },
    });
  }
  return Audit.byStaffOnce(db, actor, {
    action: "survey.draft_edited",
    at: `${savedAt.slice(0, 13)}:00:00.000Z`,
    id: `draft-${surveyId}-${actor.id}`,
    target,
  });
}

/** Why a draft cannot be published yet, in words an officer can act on (empty when it can). */
export function publishProblems(definition: SurveyVersion): string[] {
  const problems = [...logicProblems(definition)];
  const defaults = translationReport(definition).find(
    (r) => r.language === definition.defaultLanguage,
  );
  if (defaults && defaults.missing.length > 0) {
    problems.push(
      `Some words are missing in ${definition.defaultLanguage}: ${defaults.missing.slice(0, 5).join(", ")}.`,
    );
  }
  return problems;
}

/** What an officer says when publishing, besides the revision they looked at. */
export interface PublishChoices {
  /**
   * Publish although questions about safety have no safeguarding rule, so no answer to them
   * alerts anyone: a deliberate choice, recorded in the audit log. @default false
   */
  confirmNoSafeguardingRule?: boolean;
}

/**
 * Publishes the draft at `revision` as a new, immutable version. Publishing the same revision
 * again answers with the version it already made. A survey that asks about safety with no rule
 * to alert anyone is refused unless the officer confirms it (`survey.safeguarding_unconfirmed`).
 */
export async function publish(
  db: Db,
  actor: Actor,
  surveyId: string,
  revision: number,
  choices: PublishChoices = {},
) {
  const item = await readDraft(db, actor.orgId, surveyId);
  if (!item) throw noSuchSurvey();
  if (item.publishedRevision === revision)
    return { version: item.publishedVersion, created: false };
  if (item.draftRevision !== revision) {
    throw new ChorusError(
      "conflict",
      "survey.edit_conflict",
      "The survey changed since you looked. Reload, check it, and publish again.",
      {
        revision: item.draftRevision,
      },
    );
  }
  // A draft that says what the published version says makes no new version: publishing it
  // answers with the one children already get, so "publish" twice never means two versions.
  if (item.publishedVersion > 0 && versionHash(item) === item.publishedHash) {
    return { version: item.publishedVersion, created: false };
  }
  const version = item.publishedVersion + 1;
  // The version carries the draft's recordings, so children hear what the officer uploaded.
  const definition = withRecordings({ ...item.draft, version }, item.draftAudio);
  const problems = publishProblems(definition);
  if (problems.length > 0) {
    throw invalid("survey.not_ready", "The survey cannot be published yet.", {
      nested: { survey: problems },
    });
  }
  const unruled = publishWarnings(definition).find((w) => w.kind === "noSafeguardingRule");
  if (unruled && !choices.confirmNoSafeguardingRule) {
    throw invalid(
      "survey.safeguarding_unconfirmed",
      "This survey asks about safety but no answer alerts anyone. Add a safeguarding rule, or " +
        "confirm that you mean to publish it without one.",
      { nested: { confirmNoSafeguardingRule: [unruled.message] } },
    );
  }
  const now = db.now().toISOString();
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.surveyVersion(actor.orgId, surveyId, version),
          type: "surveyVersion",
          orgId: actor.orgId,
          surveyId,
          version,
          definition,
          publishedAt: now,
          publishedBy: actor.email,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    // Another publish of this survey won the race for this version number.
    throw conflict(
      "survey.edit_conflict",
      "Someone published this survey a moment ago. Reload and check.",
    );
  }
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.survey(actor.orgId, surveyId),
      UpdateExpression:
        "SET publishedVersion = :v, publishedRevision = :revision, publishedHash = :publishedHash, " +
        "draftHash = :hash, #status = :published, draft = :draft, updatedAt = :now",
      ConditionExpression: "draftRevision = :revision",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":v": version,
        ":revision": revision,
        // Computed here, not copied: surveys seeded before the studio existed carry no draftHash.
        ":hash": contentHash(item.draft),
        ":publishedHash": versionHash(item),
        ":published": "published",
        // The draft now prepares the next version; its recordings stay beside it.
        ":draft": { ...item.draft, version: version + 1 },
        ":now": now,
      },
    }),
  );
  await audit(db, actor, "survey.published", surveyId, {
    version,
    // Who chose to publish questions about safety that alert nobody, and which.
    ...(unruled ? { withoutSafeguardingRule: unruled.questionIds.join(", ") } : {}),
  });
  return { version, created: true };
}

/** Archiving stops every code for the survey; restoring brings it back as it was. */
export async function setArchived(db: Db, actor: Actor, surveyId: string, archived: boolean) {
  const raw = await rawSurvey(db, actor.orgId, surveyId);
  if (!raw) throw noSuchSurvey();
  const item = readItem(StoredSurvey, raw, "survey");
  const status = archived ? "archived" : item.publishedVersion > 0 ? "published" : "draft";
  if (item.status === status) return status;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.survey(actor.orgId, surveyId),
      UpdateExpression: "SET #status = :status, updatedAt = :now",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":status": status, ":now": db.now().toISOString() },
    }),
  );
  await audit(db, actor, archived ? "survey.archived" : "survey.restored", surveyId);
  return status;
}
