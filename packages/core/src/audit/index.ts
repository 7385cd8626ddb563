export * as Audit from "./index.js";

import { PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { auditExpiry } from "../retention/backstop.js";
import { uuidv7 } from "../util/id.js";
import type { AuditAction } from "./words.js";

export { AUDIT_WORDS, type AuditAction as Action, auditWords, isAuditAction } from "./words.js";

/** Who did it: a member of staff, or the system itself (jobs, sign-in failures for unknowns). */
export type Actor = { type: "staff"; id: string; email: string } | { type: "system" };

/** The member of staff a core verb acts for, as every staff verb receives them. */
export interface Staff {
  orgId: string;
  id: string;
  email: string;
}

export interface Entry {
  orgId: string;
  actor: Actor;
  /** A dotted verb such as `auth.sign_in`, `staff.roles_changed`, `report.read`; each has plain words in `words.ts`. */
  action: AuditAction;
  /** The record acted on. */
  target?: { type: string; id: string };
  detail?: Record<string, string | number | boolean>;
}

/** An entry as read back: its action may come from an older version of Chorus. */
export interface StoredEntry extends Omit<Entry, "action"> {
  action: string;
  id: string;
  at: string;
}

/**
 * Appends an entry. Entries are only ever added: the write refuses to replace one, and nothing
 * in the code updates them; only the retention purge deletes them, by age. `fixed` gives the entry an id and time chosen earlier
 * (kept on the record it is about), so a retry of the same entry is refused as a duplicate
 * (ConditionalCheckFailedException) instead of written twice.
 */
export async function record(
  db: Db,
  entry: Entry,
  fixed?: { id: string; at: string },
): Promise<StoredEntry> {
  const at = fixed?.at ?? db.now().toISOString();
  const id = fixed?.id ?? uuidv7();
  const stored: StoredEntry = { ...entry, id, at };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.audit(entry.orgId, at, id),
        type: "audit",
        ...stored,
        expiresAt: auditExpiry(at),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return stored;
}

/**
 * The one way a core verb records what a member of staff did in their organisation. Routes
 * never write audit entries themselves: the verb that does the thing records it, so no way of
 * calling it can skip the record.
 */
export function byStaff(
  db: Db,
  staff: Staff,
  action: AuditAction,
  target?: Entry["target"],
  detail?: Entry["detail"],
): Promise<StoredEntry> {
  return record(db, {
    orgId: staff.orgId,
    actor: { type: "staff", id: staff.id, email: staff.email },
    action,
    target,
    detail,
  });
}

/**
 * `byStaff` for a change that may be retried: the entry's time and id come from the record it is
 * about (not from the clock), so a retry after a crash between the record and its entry writes
 * the entry, and any later retry writes nothing.
 */
export async function byStaffOnce(
  db: Db,
  staff: Staff,
  entry: {
    action: AuditAction;
    at: string;
    id: string;
    target?: Entry["target"];
    detail?: Entry["detail"];
  },
): Promise<void> {
  const { action, at, id, target, detail } = entry;
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.audit(staff.orgId, at, id),
          type: "audit",
          id,
          at,
          orgId: staff.orgId,
          actor: { type: "staff", id: staff.id, email: staff.email },
          action,
          expiresAt: auditExpiry(at),
          ...(target ? { target } : {}),
          ...(detail ? { detail } : {}),
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}

export interface ListFilter {
  /** `YYYY-MM`; the current month when omitted. */
  month?: string;
  action?: string;
  actorId?: string;
  limit?: number;
}

/** One month of the organisation's audit trail, newest first, optionally filtered. */
export async function list(db: Db, orgId: string, filter: ListFilter = {}): Promise<StoredEntry[]> {
  const month = filter.month ?? db.now().toISOString().slice(0, 7);
  const limit = filter.limit ?? 200;
  const entries: StoredEntry[] = [];
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.auditPartition(orgId, month) },
    ScanIndexForward: false,
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      const entry = toEntry(item);
      if (filter.action && !entry.action.startsWith(filter.action)) continue;
      if (filter.actorId && (entry.actor.type !== "staff" || entry.actor.id !== filter.actorId)) {
        continue;
      }
      entries.push(entry);
      if (entries.length >= limit) return entries;
    }
  }
  return entries;
}

function toEntry(item: Record<string, unknown>): StoredEntry {
  return readItem(StoredAuditEntry, item, "audit entry");
}

const StoredAuditEntry = v.object({
  id: v.string(),
  at: v.string(),
  orgId: v.string(),
  actor: v.variant("type", [
    v.object({ type: v.literal("staff"), id: v.string(), email: v.string() }),
    v.object({ type: v.literal("system") }),
  ]),
  action: v.string(),
  target: v.optional(v.object({ type: v.string(), id: v.string() })),
  detail: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]))),
});
