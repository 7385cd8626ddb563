/**
 * A rebuild recounts a survey's month items from its raw responses and adjustments, for after
 * its definition or the theme codebook changed (nightly, and on demand).
 *
 * Safe beside a running fold: each month is recounted from what its item says is folded (every
 * response not queued, and queued ones named in its lastBatch) and written only if the item is
 * still at the version read before the responses were: a fold in between makes the write fail,
 * and that month is recounted again. Queued responses stay queued and are folded as usual.
 *
 * Limit: a month marked purged (its raw answers deleted by retention) is left as it is, so its
 * numbers keep the codebook they were folded with; the rebuild cannot recount what is gone.
 */
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Adjustment } from "./adjustment.js";
import { add, type Cell, type Cells, monthOf } from "./cells.js";
import { type Context, fold } from "./fold.js";
import { type Month, readMonths, register, writeMonth } from "./store.js";

type Item = Record<string, unknown>;

async function partition(db: Db, pk: string, prefix: string): Promise<Item[]> {
  const items: Item[] = [];
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
    ConsistentRead: true,
  };
  for await (const page of queryPages(db, query)) items.push(...(page.Items ?? []));
  return items;
}

const negative = (cell: Cell | undefined) =>
  cell !== undefined &&
  (cell.n < 0 ||
    Object.values(cell.q).some(
      (slot) =>
        slot.a < 0 ||
        (slot.m ?? 0) < 0 ||
        (slot.u ?? 0) < 0 ||
        [slot.v, slot.t, slot.p].some((counts) => Object.values(counts ?? {}).some((n) => n < 0)),
    ));

/**
 * The adjustments that still hold: applied in the order they were made to every response, one
 * that would take away what is no longer there (an answer the new codebook no longer puts in
 * the theme it was moved from) is dropped.
 */
export function validAdjustments(responses: Item[], adjustments: Item[], context: Context) {
  const cells: Cells = {};
  for (const response of responses) fold(cells, response, context);
  const ordered = adjustments
    .map((item) => ({ item, adjustment: readItem(Adjustment, item, "adjustment") }))
    .sort(
      (a, b) =>
        a.adjustment.at.localeCompare(b.adjustment.at) ||
        a.adjustment.adjustmentId.localeCompare(b.adjustment.adjustmentId),
    );
  const valid = new Set<string>();
  for (const { item, adjustment } of ordered) {
    for (const change of adjustment.changes) add(cells, change.key, change.cell, change.sign);
    if (adjustment.changes.some((change) => negative(cells[change.key]))) {
      for (const change of adjustment.changes)
        add(cells, change.key, change.cell, -change.sign as 1 | -1);
    } else valid.add(String(item.sk));
  }
  return valid;
}

/**
 * The sort keys a rebuild leaves out because a deletion cancels them (see `rights/erase.ts`):
 * once an erasure (an adjustment that `erases` a response) is folded, it, the response and the
 * moves of that response's answers add up to nothing in the numbers, whatever the codebook says
 * now, so a recount leaves all of them out. An erasure still queued cancels nothing yet: the
 * response and its moves are counted as folded, and the erasure is folded later as usual.
 */
export function erased(adjustments: Item[], inLastBatch: ReadonlySet<string>): Set<string> {
  const cancelled = new Set<string>();
  for (const item of adjustments) {
    if (typeof item.erases !== "string") continue;
    if (item.gsi2pk && !inLastBatch.has(String(item.sk))) continue;
    cancelled.add(String(item.sk));
    cancelled.add(`${Keys.responsePrefix()}${item.erases}`);
    for (const moveSk of (item.cancels as string[] | undefined) ?? []) cancelled.add(moveSk);
  }
  return cancelled;
}

/** Recounts every month of a survey that is not purged. Returns how many months it wrote. */
export async function rebuildSurvey(
  db: Db,
  orgId: string,
  surveyId: string,
  context: Context,
): Promise<number> {
  let todo: Set<string> | undefined;
  let written = 0;
  for (let attempt = 0; attempt < 20 && (todo === undefined || todo.size > 0); attempt++) {
    const months = await readMonths(db, orgId, surveyId, { cells: false });
    const responses = await partition(
      db,
      Keys.responsePartition(orgId, surveyId),
      Keys.responsePrefix(),
    );
    const adjustments = await partition(
      db,
      Keys.adjustmentPartition(orgId, surveyId),
      Keys.adjustmentPrefix(),
    );
    const inLastBatch = new Set([...months.values()].flatMap((month) => month.lastBatch));
    const cancelled = erased(adjustments, inLastBatch);
    const kept = (item: Item) => !cancelled.has(String(item.sk));
    const valid = validAdjustments(responses.filter(kept), adjustments.filter(kept), context);
    const monthOfItem = (item: Item) =>
      item.type === "adjustment" ? String(item.month) : monthOf(String(item.submittedOn));
    const recount = new Map<string, Cells>();
    for (const item of [...responses, ...adjustments].filter(kept)) {
      if (item.type === "adjustment" && !valid.has(String(item.sk))) continue;
      // Folded: off the queue, or still on it but named in its month's last batch.
      if (item.gsi2pk && !inLastBatch.has(String(item.sk))) continue;
      const cells = recount.get(monthOfItem(item)) ?? {};
      recount.set(monthOfItem(item), fold(cells, item, context));
    }
    todo ??= new Set([...months.keys(), ...recount.keys()]);
    const failed = new Set<string>();
    for (const month of todo) {
      const from: Month = months.get(month) ?? { month, version: 0, lastBatch: [], purged: false };
      if (from.purged) continue;
      if (from.version === 0) await register(db, orgId, surveyId);
      const ok = await writeMonth(db, orgId, surveyId, from, {
        cells: recount.get(month) ?? {},
        lastBatch: from.lastBatch,
      });
      if (ok) written++;
      else failed.add(month);
    }
    todo = failed;
  }
  if (todo && todo.size > 0)
    throw new Error(`Rebuilding ${surveyId} kept meeting folds; try again`);
  return written;
}
