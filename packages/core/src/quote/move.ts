/**
 * An officer moving one answer to another theme, exactly once.
 *
 * Three items: the move as the client sent it (under the client's id, so a resend is known), the
 * answer's override (which theme it is in now, read by a rebuild) and the aggregates' adjustment
 * (under the move's id, so it is applied once). The override is taken as a lock first, holding
 * what the move takes away and adds; the adjustment follows; then the move is marked done and
 * the lock let go. A crash anywhere is finished by a resend of the move, by the next move of the
 * same answer, or by `overridesFor` before a rebuild reads the overrides.
 */
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { type Cell, contribution, type SlotCell } from "../aggregate/cells.js";
import { Aggregate } from "../aggregate/index.js";
import type { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed, updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { conflict } from "../util/error.js";
import { movedSlot, type Overrides } from "./override.js";
import type { MoveCreate } from "./schema.js";

const Counts = v.optional(v.record(v.string(), v.number()));
/** A slot's numbers (`SlotCell` in `aggregate/cells.ts`) as an override keeps them. */
const SlotNumbers = v.object({
  a: v.number(),
  v: Counts,
  s: v.optional(v.number()),
  m: v.optional(v.number()),
  t: Counts,
  u: v.optional(v.number()),
  p: Counts,
});

const StoredOverride = v.object({
  responseId: v.string(),
  slot: v.string(),
  /** The theme the answer is in since the last finished move. */
  to: v.optional(v.string()),
  moveId: v.optional(v.string()),
  /** A move under way: what it takes away from which cell, and where the answer goes. */
  pending: v.optional(v.string()),
  pendingKey: v.optional(v.string()),
  pendingFrom: v.optional(SlotNumbers),
  pendingTo: v.optional(v.string()),
});
type StoredOverride = v.InferOutput<typeof StoredOverride>;

const StoredMove = v.object({ id: v.string(), at: v.string(), done: v.optional(v.boolean()) });

/** The adjustment id of a move: its own namespace among a survey's adjustments. */
export const adjustmentOf = (moveId: string) => `move-${moveId}`;

async function readOverride(db: Db, key: { pk: string; sk: string }) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
  );
  return Item ? readItem(StoredOverride, Item, "theme override") : undefined;
}

const slotCell = (slot: string, numbers: SlotCell): Cell => ({ n: 0, q: { [slot]: numbers } });

/** Adjusts the aggregates for the move an override holds, marks it done and lets the lock go. */
async function finish(db: Db, orgId: string, surveyId: string, found: StoredOverride) {
  const { pending, pendingKey, pendingFrom, pendingTo } = found;
  if (!pending || pendingKey === undefined || !pendingFrom || !pendingTo) return;
  await Aggregate.adjust(db, orgId, surveyId, adjustmentOf(pending), [
    { key: pendingKey, cell: slotCell(found.slot, pendingFrom), sign: -1 },
    { key: pendingKey, cell: slotCell(found.slot, movedSlot(pendingTo)), sign: 1 },
  ]);
  await updateExisting(db, Keys.themeMove(orgId, surveyId, pending), "SET done = :yes", undefined, {
    values: { ":yes": true },
  });
  await updateExisting(
    db,
    Keys.themeOverride(orgId, surveyId, found.responseId, found.slot),
    "SET #to = :to, moveId = :id REMOVE pending, pendingKey, pendingFrom, pendingTo",
    "pending = :id",
    { names: { "#to": "to" }, values: { ":to": pendingTo, ":id": pending } },
  );
}

export interface MoveSource {
  /** The answer's cell key and what it adds now (before this move), from `contribution`. */
  key: string;
  numbers: SlotCell;
}

/**
 * Moves one answer to theme `to`. `source` says what the answer adds today when no officer has
 * moved it before. Returns whether this id had been moved already (a resend).
 */
export async function move(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  body: MoveCreate,
  source: () => MoveSource,
): Promise<{ duplicate: boolean; at: string }> {
  const { orgId } = staff;
  const record = await createOnce(db, {
    item: {
      ...Keys.themeMove(orgId, surveyId, body.id),
      type: "themeMove",
      orgId,
      surveyId,
      id: body.id,
      responseId: body.responseId,
      slot: body.slot,
      to: body.to,
      by: staff.id,
      at: db.now().toISOString(),
      bodyHash: fingerprint({ responseId: body.responseId, slot: body.slot, to: body.to }),
    },
    field: "bodyHash",
    conflict: () =>
      conflict("theme.move_conflict", "Another move was already made with this id. Make a new id."),
  });
  const { done, at } = readItem(StoredMove, record.item, "theme move");
  if (done) return { duplicate: true, at };

  const key = Keys.themeOverride(orgId, surveyId, body.responseId, body.slot);
  // A few rounds at most: each either finds this move applied, finishes another one left half
  // done, or takes the lock; only a burst of officers moving the same answer at once can lose.
  for (let round = 0; round < 4; round++) {
    const found = await readOverride(db, key);
    if (found?.moveId === body.id) return { duplicate: !record.created, at };
    if (found?.pending && found.pending !== body.id) {
      await finish(db, orgId, surveyId, found);
      continue;
    }
    if (found?.pending === body.id) {
      await finish(db, orgId, surveyId, found);
      return { duplicate: !record.created, at };
    }
    const from = found?.to ? { key: source().key, numbers: movedSlot(found.to) } : source();
    const locked: StoredOverride = {
      responseId: body.responseId,
      slot: body.slot,
      ...(found?.to ? { to: found.to } : {}),
      ...(found?.moveId ? { moveId: found.moveId } : {}),
      pending: body.id,
      pendingKey: from.key,
      pendingFrom: from.numbers,
      pendingTo: body.to,
    };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { ...key, type: "themeOverride", orgId, surveyId, ...locked },
          ConditionExpression: found?.moveId
            ? "attribute_not_exists(pending) AND moveId = :prev"
            : "attribute_not_exists(pk)",
          ...(found?.moveId ? { ExpressionAttributeValues: { ":prev": found.moveId } } : {}),
        }),
      );
    } catch (error) {
      if (isConditionFailed(error)) continue;
      throw error;
    }
    await finish(db, orgId, surveyId, locked);
    return { duplicate: !record.created, at };
  }
  throw conflict(
    "theme.move_busy",
    "Someone else is moving this answer at the same moment. Reload and try again.",
  );
}

/**
 * Which theme each moved answer of a survey is in, for a rebuild (engineer A) to apply with
 * `withOverrides`. A move a crash left half done is finished first, so what a rebuild reads is
 * settled: a rebuild that applies these must not apply the moves' adjustments (`move-…`) again.
 */
export async function overridesFor(db: Db, orgId: string, surveyId: string): Promise<Overrides> {
  const overrides: Overrides = new Map();
  const query = partitionQuery(
    Keys.themeOverridePartition(orgId, surveyId),
    Keys.themeOverridePrefix(),
  );
  for await (const page of queryPages(db, { ...query, ConsistentRead: true })) {
    for (const item of page.Items ?? []) {
      let found = readItem(StoredOverride, item, "theme override");
      if (found.pending) {
        await finish(db, orgId, surveyId, found);
        found =
          (await readOverride(
            db,
            Keys.themeOverride(orgId, surveyId, found.responseId, found.slot),
          )) ?? found;
      }
      const to = found.to ?? found.pendingTo;
      if (!to) continue;
      overrides.set(found.responseId, { ...overrides.get(found.responseId), [found.slot]: to });
    }
  }
  return overrides;
}

/** What one answer adds to the aggregates today, unmoved: its cell key and its slot's numbers. */
export function sourceOf(
  response: Parameters<typeof contribution>[0],
  text: ReadonlySet<string>,
  themer: Parameters<typeof contribution>[2],
  slot: string,
): MoveSource | undefined {
  const { key, cell } = contribution(response, text, themer);
  const numbers = cell.q[slot];
  return numbers ? { key, numbers } : undefined;
}
