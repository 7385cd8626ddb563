export * as Aggregate from "./index.js";

import type { Db } from "../db/client.js";
import { updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import type { Change } from "./adjustment.js";
import { type Cells, merge } from "./cells.js";
import { type Context, contextFor, fold, foldMonth, foldMonths, type Options } from "./fold.js";
import { listed, monthOfEntry, stillQueued } from "./queue.js";
import { rebuildSurvey } from "./rebuild.js";
import { readMonths, registered } from "./store.js";

export { queueAttributes } from "./queue.js";
export type { Change, Options };

/** Tries before `read` gives up on a survey that folds keep changing under it. */
const READ_TRIES = 8;

/**
 * A survey's cells, exact: its month items plus whatever is still queued, each response and
 * adjustment counted once even while a fold runs. What it reads grows with the survey's months
 * and what is queued, never with all its responses. `pending` is how many responses are queued.
 *
 * Why three reads: (1) each month's version and lastBatch; (2) the queue, each entry confirmed
 * by a consistent read; (3) the month items with their cells. A queued entry folded by the time
 * of (3) was folded in (1)'s version or the one after it (a fold clears the batch before it, so
 * any older one was off the queue before (2)); so when no month moved more than one version,
 * leaving out (1)'s and (3)'s lastBatch counts it once. Otherwise a fold raced by twice: again.
 */
export async function read(
  db: Db,
  orgId: string,
  surveyId: string,
  options: Options = {},
): Promise<{ cells: Cells; pending: number }> {
  // Read only when something is queued: a fully folded survey needs no definitions or themes.
  let context: Promise<Context> | undefined;
  for (let attempt = 0; attempt < READ_TRIES; attempt++) {
    const before = await readMonths(db, orgId, surveyId, { cells: false });
    const queued = await stillQueued(db, await listed(db, orgId, surveyId));
    const after = await readMonths(db, orgId, surveyId, { cells: true });
    const raced = [...after.values()].some(
      (month) => month.version > (before.get(month.month)?.version ?? 0) + 1,
    );
    if (raced) continue;
    const folded = new Set<string>();
    for (const month of [...before.values(), ...after.values()]) {
      for (const sk of month.lastBatch) folded.add(sk);
    }
    const cells: Cells = {};
    for (const month of after.values()) merge(cells, month.cells ?? {});
    let pending = 0;
    for (const item of queued) {
      if (folded.has(String(item.sk))) continue;
      context ??= contextFor(db, orgId, surveyId, options);
      fold(cells, item, await context);
      if (item.type === "response") pending++;
    }
    return { cells, pending };
  }
  throw new Error(`Reading ${surveyId}'s numbers kept meeting folds; try again`);
}

/**
 * Changes a survey's numbers exactly once (an officer moving an answer between themes: its old
 * cell taken away with sign -1, its new one added with 1). The same `adjustmentId` again
 * changes nothing; with other changes it is a 409 `aggregate.adjustment_conflict`.
 */
export { adjust } from "./adjustment.js";

/**
 * Recounts a survey's numbers from its raw responses and the adjustments that still hold, for
 * after its definition or the codebook changed. Months whose raw answers were purged are kept as
 * they are (see rebuild.ts). Returns how many months it wrote.
 */
export async function rebuild(
  db: Db,
  orgId: string,
  surveyId: string,
  options: Options = {},
): Promise<number> {
  return rebuildSurvey(db, orgId, surveyId, await contextFor(db, orgId, surveyId, options));
}

/** The nightly job: rebuilds every survey that has numbers. */
export async function rebuildAll(db: Db): Promise<{ surveys: number; months: number }> {
  let surveys = 0;
  let months = 0;
  for await (const { orgId, surveyId } of registered(db)) {
    months += await rebuild(db, orgId, surveyId);
    surveys++;
  }
  return { surveys, months };
}

/**
 * Folds one survey month now, so everything queued for it (a response about to be deleted, its
 * erasure) is in its numbers when this returns. Returns how many items it folded.
 */
export async function settle(
  db: Db,
  orgId: string,
  surveyId: string,
  month: string,
  options: Options = {},
): Promise<number> {
  return foldMonth(db, orgId, surveyId, month, await contextFor(db, orgId, surveyId, options));
}

/** What turns a response into cells for a survey (its text questions and themer). */
/** The fold job: folds everything queued. Returns how many items it folded. */
export { contextFor, foldPending } from "./fold.js";

/**
 * Folds the survey months of the queued items a table stream delivered (new images, already
 * unmarshalled), seconds after they were written; other images are passed over. Returns how many items it folded.
 */
export async function fromImages(db: Db, images: Record<string, unknown>[]): Promise<number> {
  const months = new Map<string, ReturnType<typeof monthOfEntry>>();
  for (const image of images) {
    if (typeof image.gsi2sk !== "string" || !String(image.gsi2pk).startsWith("FOLD#")) continue;
    const month = monthOfEntry(image.gsi2sk);
    months.set(`${month.orgId}#${month.surveyId}#${month.month}`, month);
  }
  return foldMonths(db, [...months.values()]);
}

/**
 * Marks a month's numbers as the only record left of its answers, before the retention purge
 * deletes them (issue 12): the month is folded first, then a rebuild leaves it as it is.
 */
export async function markPurged(
  db: Db,
  orgId: string,
  surveyId: string,
  month: string,
  options: Options = {},
): Promise<void> {
  await settle(db, orgId, surveyId, month, options);
  await updateExisting(
    db,
    Keys.aggregate(orgId, surveyId, month),
    "SET purged = :yes, #version = #version + :one",
    undefined,
    { names: { "#version": "version" }, values: { ":yes": true, ":one": 1 } },
  );
}
