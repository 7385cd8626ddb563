/**
 * The retention purge of one organisation: deletes what its settings say has been kept long
 * enough, a page at a time, and records one audit entry with the counts (never contents).
 *
 * Crash-safe with exact counts: the organisation's run item (`Keys.retentionRun`) holds the
 * counts so far and the page being deleted. A page is first written to it, with its count
 * added, in one conditional write; then its items are deleted; then the page is cleared. A run
 * cut off anywhere is finished by the next one: a page left in the item is deleted again
 * (deleting what is gone changes nothing) and never counted again, and what was never reached is
 * found by the same queries, because everything deleted is gone from them. Two purges at once
 * meet on the item's version: the second stops.
 *
 * One run a day per organisation (the nightly job); its cut-off times come from the run's start,
 * so a run finished the next morning deletes what the first part would have.
 */
import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed, isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { Effects } from "../effects/index.js";
import type { RetentionSave } from "./schema.js";
import { addMonths, monthsBetween } from "./time.js";

export const KINDS = ["alerts", "responses", "helpRequests", "audit", "sessions"] as const;
export type Kind = (typeof KINDS)[number];

interface ItemKey {
  pk: string;
  sk: string;
}

export interface Run {
  /** The day it started (one run a day). */
  day: string;
  startedAt: string;
  settings: RetentionSave;
  version: number;
  done: boolean;
  counts: Record<Kind, number>;
  /** The page being deleted: already counted. */
  inFlight?: { kind: Kind; keys: ItemKey[] };
}

/** Items read per query page; a page of deletions is at most this many. */
const PAGE = 100;
/** The first month Chorus could have written audit entries in: where the audit sweep starts. */
export const FIRST_MONTH = "2024-01";

/** Lets a test stop the purge between two of its writes, as a crash would. */
export type Crash = (point: "counted" | "deleted") => void;

export async function readRun(db: Db, orgId: string): Promise<Run | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.retentionRun(orgId), ConsistentRead: true }),
  );
  return Item ? (Item.run as Run) : undefined;
}

/** Writes the run if nobody else moved it on; undefined if another purge did. */
async function saveRun(db: Db, orgId: string, from: Run | undefined, run: Run) {
  const next = { ...run, version: (from?.version ?? 0) + 1 };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...Keys.retentionRun(orgId), type: "retentionRun", orgId, run: next },
        ConditionExpression: from ? "#run.#version = :v" : "attribute_not_exists(pk)",
        ExpressionAttributeNames: from ? { "#run": "run", "#version": "version" } : undefined,
        ExpressionAttributeValues: from ? { ":v": from.version } : undefined,
      }),
    );
    return next;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

async function deleteAll(db: Db, keys: ItemKey[]) {
  await Promise.all(
    keys.map((Key) => db.doc.send(new DeleteCommand({ TableName: db.table, Key }))),
  );
}

/** Deletes one page: counted first, deleted, then cleared. Undefined if another purge owns it. */
async function deletePage(
  db: Db,
  orgId: string,
  run: Run,
  kind: Kind,
  keys: ItemKey[],
  crash?: Crash,
): Promise<Run | undefined> {
  if (keys.length === 0) return run;
  const counted = await saveRun(db, orgId, run, {
    ...run,
    counts: { ...run.counts, [kind]: run.counts[kind] + keys.length },
    inFlight: { kind, keys },
  });
  if (!counted) return undefined;
  crash?.("counted");
  await deleteAll(db, keys);
  crash?.("deleted");
  const { inFlight: _, ...cleared } = counted;
  return saveRun(db, orgId, counted, cleared);
}

/** The first day of the month `months` before the run started: raw answers before it go. */
function rawCutoff(run: Run, months: number) {
  return `${addMonths(run.startedAt.slice(0, 7), -months)}-01`;
}

async function surveyIds(db: Db, orgId: string): Promise<string[]> {
  const ids: string[] = [];
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": Keys.org(orgId).pk, ":prefix": Keys.surveyPrefix() },
    ProjectionExpression: "sk",
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? [])
      ids.push(String(item.sk).slice(Keys.surveyPrefix().length));
  }
  return ids;
}

/** Whether the item's alert is still kept: then so are the answers it was raised by. */
async function alertKept(db: Db, orgId: string, key: ItemKey) {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.alert(orgId, `alr_${Effects.ref(key)}`),
      ProjectionExpression: "pk",
    }),
  );
  return Item !== undefined;
}

/**
 * Pages of a survey's raw items (responses or help requests) given before the cut-off, leaving
 * any whose alert is still kept or whose follow-up effects are unfinished (a later run takes them).
 */
async function* rawPages(db: Db, orgId: string, pk: string, before: string) {
  const query = {
    KeyConditionExpression: "pk = :pk",
    FilterExpression: "submittedOn < :before AND attribute_not_exists(pending)",
    ExpressionAttributeValues: { ":pk": pk, ":before": before },
    ProjectionExpression: "pk, sk, submittedOn",
    Limit: PAGE,
    ConsistentRead: true,
  };
  for await (const page of queryPages(db, query)) {
    const items = page.Items ?? [];
    const kept = await Promise.all(
      items.map((item) => alertKept(db, orgId, { pk: String(item.pk), sk: String(item.sk) })),
    );
    const gone = items.filter((_, i) => !kept[i]);
    if (gone.length > 0) yield gone;
  }
}

const keyOf = (item: Record<string, unknown>): ItemKey => ({
  pk: String(item.pk),
  sk: String(item.sk),
});

/** One kind's part of the run. Returns the run as it stands, or undefined to stop. */
type Step = (db: Db, orgId: string, run: Run, crash?: Crash) => Promise<Run | undefined>;

const responses: Step = async (db, orgId, run, crash) => {
  const before = rawCutoff(run, run.settings.rawAnswersMonths);
  let current: Run | undefined = run;
  for (const surveyId of await surveyIds(db, orgId)) {
    const pk = Keys.responsePartition(orgId, surveyId);
    for await (const page of rawPages(db, orgId, pk, before)) {
      // The month's numbers become the only record of its answers first, so a rebuild after the
      // deletion leaves them as they are instead of recounting what is gone.
      const months = new Set(page.map((item) => String(item.submittedOn).slice(0, 7)));
      for (const month of months) await Aggregate.markPurged(db, orgId, surveyId, month);
      current = await deletePage(db, orgId, current, "responses", page.map(keyOf), crash);
      if (!current) return undefined;
    }
  }
  return current;
};

const helpRequests: Step = async (db, orgId, run, crash) => {
  const before = rawCutoff(run, run.settings.rawAnswersMonths);
  let current: Run | undefined = run;
  for (const surveyId of await surveyIds(db, orgId)) {
    const pk = Keys.helpRequest(orgId, surveyId, "").pk;
    for await (const page of rawPages(db, orgId, pk, before)) {
      current = await deletePage(db, orgId, current, "helpRequests", page.map(keyOf), crash);
      if (!current) return undefined;
    }
  }
  return current;
};

/** Closed alerts, closed before the cut-off. Open and acknowledged ones are casework: kept. */
const alerts: Step = async (db, orgId, run, crash) => {
  const before = new Date(run.startedAt);
  before.setUTCMonth(before.getUTCMonth() - run.settings.alertsMonths);
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    FilterExpression: "#status = :closed AND closedAt < :before",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: {
      ":pk": Keys.org(orgId).pk,
      ":prefix": Keys.alertPrefix(),
      ":closed": "closed",
      ":before": before.toISOString(),
    },
    ProjectionExpression: "pk, sk",
    Limit: PAGE,
    ConsistentRead: true,
  };
  let current: Run | undefined = run;
  for await (const page of queryPages(db, query)) {
    current = await deletePage(db, orgId, current, "alerts", (page.Items ?? []).map(keyOf), crash);
    if (!current) return undefined;
  }
  return current;
};

/** Whole months of audit entries before the cut-off month. */
const audit: Step = async (db, orgId, run, crash) => {
  const before = addMonths(run.startedAt.slice(0, 7), -run.settings.auditMonths);
  let current: Run | undefined = run;
  for (const month of monthsBetween(FIRST_MONTH, before)) {
    const query = {
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": Keys.auditPartition(orgId, month) },
      ProjectionExpression: "pk, sk",
      Limit: PAGE,
      ConsistentRead: true,
    };
    for await (const page of queryPages(db, query)) {
      const keys = (page.Items ?? []).map(keyOf);
      current = await deletePage(db, orgId, current, "audit", keys, crash);
      if (!current) return undefined;
    }
  }
  return current;
};

/** Sessions that ended more than the setting's days before the run started. */
const sessions: Step = async (db, orgId, run, crash) => {
  const before = new Date(Date.parse(run.startedAt) - run.settings.sessionsDays * 86_400_000);
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk < :before",
    ExpressionAttributeValues: {
      ":pk": Keys.sessionsOfOrgPartition(orgId),
      ":before": before.toISOString(),
    },
    Limit: PAGE,
  };
  let current: Run | undefined = run;
  for await (const page of queryPages(db, query)) {
    const keys = (page.Items ?? []).map(keyOf);
    current = await deletePage(db, orgId, current, "sessions", keys, crash);
    if (!current) return undefined;
  }
  return current;
};

/** Alerts first: the answers behind an alert that goes today go in the same run. */
const STEPS: Step[] = [alerts, responses, helpRequests, audit, sessions];

/** The audit entry of a finished run: fixed id and time, so finishing twice writes it once. */
async function audited(db: Db, orgId: string, run: Run) {
  await Audit.record(
    db,
    {
      orgId,
      actor: { type: "system" },
      action: "retention.purged",
      target: { type: "organisation", id: orgId },
      detail: { ...run.counts },
    },
    { id: `purge_${run.day}`, at: run.startedAt },
  ).catch(ignoreConditionFailed);
}

/**
 * Purges one organisation with the given settings: finishes a run cut off before, or starts
 * today's. Returns the finished run's counts, or undefined when today's run was already done or
 * another purge is running it.
 */
export async function purgeOrg(
  db: Db,
  orgId: string,
  settings: RetentionSave,
  crash?: Crash,
): Promise<Run["counts"] | undefined> {
  const now = db.now().toISOString();
  const found = await readRun(db, orgId);
  let run: Run | undefined = found;
  if (!found || (found.done && found.day < now.slice(0, 10))) {
    run = await saveRun(db, orgId, found, {
      day: now.slice(0, 10),
      startedAt: now,
      settings,
      version: 0,
      done: false,
      counts: { responses: 0, helpRequests: 0, alerts: 0, audit: 0, sessions: 0 },
    });
  } else if (found.done) return undefined;
  if (!run) return undefined;
  if (run.inFlight) {
    // Cut off after counting this page: it is deleted now and not counted again.
    await deleteAll(db, run.inFlight.keys);
    const { inFlight: _, ...cleared } = run;
    run = await saveRun(db, orgId, run, cleared);
  }
  for (const step of STEPS) {
    if (!run) return undefined;
    run = await step(db, orgId, run, crash);
  }
  if (!run) return undefined;
  await audited(db, orgId, run);
  const done = await saveRun(db, orgId, run, { ...run, done: true });
  return done?.counts;
}
