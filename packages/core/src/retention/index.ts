export * as Retention from "./index.js";

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { registered } from "../aggregate/store.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { Org } from "../org/index.js";
import { type Crash, KINDS, purgeOrg, readRun } from "./purge.js";
import {
  RETENTION_DEFAULTS,
  RETENTION_LIMITS,
  RetentionSave,
  type RetentionSettings,
} from "./schema.js";

export { auditExpiry, rawExpiry } from "./backstop.js";
export { type Crash, KINDS, type Run } from "./purge.js";
export { RETENTION_DEFAULTS, RETENTION_LIMITS };

const Stored = v.object({
  settings: RetentionSave,
  /** Raised by every change: the audit entry of change n has a fixed id from it. */
  version: v.number(),
  updatedAt: v.string(),
  /** What the change replaced, for its audit entry's before values. */
  previous: v.optional(RetentionSave),
});
type Stored = v.InferOutput<typeof Stored>;

async function stored(db: Db, orgId: string): Promise<Stored | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.retentionSettings(orgId),
      ConsistentRead: true,
    }),
  );
  return Item ? readItem(Stored, Item, "retention settings") : undefined;
}

/** The organisation's retention periods: its own once an admin saved them, else the defaults. */
export async function settingsOf(db: Db, orgId: string): Promise<RetentionSave> {
  return (await stored(db, orgId))?.settings ?? RETENTION_DEFAULTS;
}

/** The settings as the admin page shows them, with the last finished purge's counts. */
export async function get(db: Db, orgId: string): Promise<RetentionSettings> {
  const [saved, run] = await Promise.all([stored(db, orgId), readRun(db, orgId)]);
  return {
    ...(saved?.settings ?? RETENTION_DEFAULTS),
    saved: saved !== undefined,
    ...(run?.done ? { lastPurge: { on: run.day, deleted: { ...run.counts } } } : {}),
  };
}

const same = (a: RetentionSave, b: RetentionSave) =>
  (Object.keys(RETENTION_DEFAULTS) as (keyof RetentionSave)[]).every((key) => a[key] === b[key]);

/** The audit entry of one change, under an id and time fixed by the change itself. */
async function auditChange(db: Db, staff: Audit.Staff, from: RetentionSave, saved: Stored) {
  const detail: Record<string, number> = {};
  for (const key of Object.keys(RETENTION_DEFAULTS) as (keyof RetentionSave)[]) {
    detail[`${key}Before`] = from[key];
    detail[`${key}After`] = saved.settings[key];
  }
  await Audit.byStaffOnce(db, staff, {
    action: "retention.settings_changed",
    at: saved.updatedAt,
    id: `retention_${saved.version}`,
    target: { type: "organisation", id: staff.orgId },
    detail,
  });
}

/**
 * Replaces the retention periods (a PUT). Saving what is already saved writes nothing new but
 * makes sure the change that saved it is audited (a crash between the two writes is mended by
 * the retry). Each change is audited once, with the values before and after.
 */
export async function save(
  db: Db,
  staff: Audit.Staff,
  body: RetentionSave,
): Promise<RetentionSettings> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await stored(db, staff.orgId);
    if (found && same(found.settings, body)) {
      // The before values of that change are on its entry already; this only fills a gap.
      await auditChange(db, staff, found.previous ?? RETENTION_DEFAULTS, found);
      return get(db, staff.orgId);
    }
    const next = {
      settings: body,
      version: (found?.version ?? 0) + 1,
      updatedAt: db.now().toISOString(),
      previous: found?.settings ?? RETENTION_DEFAULTS,
    };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: {
            ...Keys.retentionSettings(staff.orgId),
            type: "retentionSettings",
            orgId: staff.orgId,
            ...next,
          },
          ConditionExpression: found ? "version = :v" : "attribute_not_exists(pk)",
          ExpressionAttributeValues: found ? { ":v": found.version } : undefined,
        }),
      );
    } catch (error) {
      // Another admin saved at the same moment: read theirs and go again.
      if (isConditionFailed(error)) continue;
      throw error;
    }
    await auditChange(db, staff, next.previous, next);
    return get(db, staff.orgId);
  }
  throw new Error("The retention settings kept changing while saving; try again");
}

/**
 * Every organisation: the `ORGS` index, and for organisations made before it, those with report
 * numbers (every one with answers to purge has them).
 */
async function organisations(db: Db): Promise<Set<string>> {
  const found = new Set<string>();
  for await (const orgId of Org.ids(db)) found.add(orgId);
  for await (const { orgId } of registered(db)) found.add(orgId);
  return found;
}

/**
 * The nightly job: purges every organisation by its own settings. Returns the counts deleted
 * per kind across all of them (organisations whose run was already done today add nothing).
 */
export async function purgeAll(db: Db, crash?: Crash): Promise<Record<string, number>> {
  const totals: Record<string, number> = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  let done = 0;
  for (const orgId of await organisations(db)) {
    const counts = await purgeOrg(db, orgId, await settingsOf(db, orgId), crash);
    if (!counts) continue;
    done++;
    for (const kind of KINDS) totals[kind] = (totals[kind] ?? 0) + counts[kind];
  }
  return { organisations: done, ...totals };
}
