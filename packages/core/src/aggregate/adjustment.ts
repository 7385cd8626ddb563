/**
 * An officer's change to a survey's numbers, e.g. an answer moved from one theme to another:
 * its old contribution taken away, its new one added. Stored once under the caller's id (one
 * item per month it touches, each queued and folded like a response), so the same change sent
 * again changes nothing, and kept after folding so a rebuild can apply it again.
 */
import * as v from "valibot";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { conflict, invalid } from "../util/error.js";
import { type Cell, monthOf } from "./cells.js";
import { queueAttributes } from "./queue.js";

const Counts = v.record(v.string(), v.number());
const SlotCell = v.object({
  a: v.number(),
  v: v.optional(Counts),
  s: v.optional(v.number()),
  m: v.optional(v.number()),
  t: v.optional(Counts),
  u: v.optional(v.number()),
  p: v.optional(Counts),
});
export const Change = v.object({
  key: v.string(),
  cell: v.object({ n: v.number(), q: v.record(v.string(), SlotCell) }),
  sign: v.picklist([1, -1]),
});
export interface Change {
  key: string;
  cell: Cell;
  sign: 1 | -1;
}

export const Adjustment = v.object({
  adjustmentId: v.string(),
  month: v.string(),
  /** When it was made: a rebuild applies adjustments in this order. */
  at: v.string(),
  changes: v.array(Change),
});
export type Adjustment = v.InferOutput<typeof Adjustment>;

const MONTH = /^\d{4}-\d{2}$/;

/** Stores a change once per month it touches, each item queued for the fold. */
export async function adjust(
  db: Db,
  orgId: string,
  surveyId: string,
  adjustmentId: string,
  changes: Change[],
  /** Kept on each item beside the changes, e.g. what an erasure cancels (see rebuild.ts). */
  extra: Record<string, unknown> = {},
): Promise<void> {
  const byMonth = new Map<string, Change[]>();
  for (const change of changes) {
    const month = monthOf(change.key);
    if (!MONTH.test(month) || (change.sign !== 1 && change.sign !== -1)) {
      throw invalid("aggregate.invalid_change", "A change names a cell that cannot exist.");
    }
    byMonth.set(month, [...(byMonth.get(month) ?? []), change]);
  }
  // The whole change's print on each item: the same id with other changes is a conflict.
  const hash = fingerprint({ adjustmentId, changes });
  const at = db.now().toISOString();
  for (const [month, monthChanges] of byMonth) {
    const key = Keys.adjustment(orgId, surveyId, adjustmentId, month);
    await createOnce(db, {
      item: {
        ...extra,
        ...key,
        type: "adjustment",
        orgId,
        surveyId,
        adjustmentId,
        month,
        at,
        changes: monthChanges,
        changesHash: hash,
        ...queueAttributes(orgId, surveyId, month, key),
      },
      field: "changesHash",
      conflict: () =>
        conflict(
          "aggregate.adjustment_conflict",
          "Another change was already made under this id. Use a new id for a new change.",
        ),
    });
  }
}
