/**
 * The fold: queued responses and adjustments go into their month item, each exactly once.
 *
 * For one survey month, again and again until its queue is empty:
 * 1. read the month item consistently (version V, lastBatch L);
 * 2. take L's items off the queue if a crash left any there (they are already in the cells);
 * 3. take up to BATCH items the queue lists for the month, confirmed queued by a consistent read;
 * 4. write cells + their sum as version V+1 with lastBatch = those items, only if the item is
 *    still at V (another fold got there first: back to 1, nothing lost, nothing twice);
 * 5. take those items off the queue.
 *
 * No transactions (dynalite has none), so each write stands alone, and after a crash between any
 * two of them every item is either still queued and not in the cells, or in the cells and
 * (if still queued) named in lastBatch, which the next fold clears first and `read` leaves out.
 */
import type { Db } from "../db/client.js";
import { readItem } from "../db/read.js";
import { StoredResponse } from "../response/schema.js";
import { Survey } from "../survey/index.js";
import { allQuestions } from "../survey/schema.js";
import { Theme } from "../theme/index.js";
import { Adjustment } from "./adjustment.js";
import { add, type Cells, merge, contribution as responseCell, type Themer } from "./cells.js";
import { dequeue, keyOfQueued, listed, queuedMonths, stillQueued } from "./queue.js";
import { readMonth, register, writeMonth } from "./store.js";

/** Items folded in one write: keeps lastBatch (their sort keys) a few KB. */
export const BATCH = 200;

/** What turns a response into cells: the survey's text questions and the theme matcher. */
export interface Context {
  text: ReadonlySet<string>;
  themer: Themer;
}

/** Options every entry point takes; `themer` replaces the organisation's (tests, benches). */
export interface Options {
  themer?: Themer;
}

/** The questions that take free text in any published version, and the organisation's themer. */
export async function contextFor(
  db: Db,
  orgId: string,
  surveyId: string,
  options: Options = {},
): Promise<Context> {
  const survey = await Survey.get(db, orgId, surveyId);
  const text = new Set<string>();
  for (let version = 1; version <= (survey?.publishedVersion ?? 0); version++) {
    const definition = await Survey.getVersion(db, orgId, surveyId, version);
    for (const question of definition ? allQuestions(definition) : []) {
      if (question.type === "text") text.add(question.id);
    }
  }
  return { text, themer: options.themer ?? (await Theme.themerFor(db, orgId)) };
}

/** What one queued item (a response or an adjustment) adds to the cells. */
export function fold(cells: Cells, item: Record<string, unknown>, context: Context): Cells {
  if (item.type === "adjustment") {
    for (const change of readItem(Adjustment, item, "adjustment").changes) {
      add(cells, change.key, change.cell, change.sign);
    }
    return cells;
  }
  const { key, cell } = responseCell(
    readItem(StoredResponse, item, "response"),
    context.text,
    context.themer,
  );
  return add(cells, key, cell);
}

/** Folds everything queued for one survey month. Returns how many items it folded. */
export async function foldMonth(
  db: Db,
  orgId: string,
  surveyId: string,
  month: string,
  context: Context,
): Promise<number> {
  let folded = 0;
  for (let conflicts = 0; conflicts < 50; ) {
    const current = await readMonth(db, orgId, surveyId, month);
    const last = current.lastBatch.map((sk) => keyOfQueued(orgId, surveyId, sk));
    const leftOver = await stillQueued(db, last, "pk, sk, gsi2pk");
    await dequeue(db, leftOver.map(keyOf));
    const inLast = new Set(current.lastBatch);
    const candidates = (await listed(db, orgId, surveyId, month, BATCH)).filter(
      (key) => !inLast.has(key.sk),
    );
    const items = await stillQueued(db, candidates);
    if (items.length === 0) return folded;
    if (current.version === 0) await register(db, orgId, surveyId);
    const delta: Cells = {};
    for (const item of items) fold(delta, item, context);
    const cells = merge(current.cells ?? {}, delta);
    const batch = items.map(keyOf);
    const written = await writeMonth(db, orgId, surveyId, current, {
      cells,
      lastBatch: batch.map((key) => key.sk),
    });
    if (!written) {
      conflicts++;
      continue;
    }
    await dequeue(db, batch);
    folded += items.length;
    if (candidates.length < BATCH) return folded;
  }
  throw new Error(`Folding ${surveyId} ${month} kept meeting other folds; try again`);
}

const keyOf = (item: Record<string, unknown>) => ({ pk: String(item.pk), sk: String(item.sk) });

/** Folds the given survey months, reading each survey's context once. */
export async function foldMonths(
  db: Db,
  months: { orgId: string; surveyId: string; month: string }[],
  options: Options = {},
): Promise<number> {
  const contexts = new Map<string, Promise<Context>>();
  let folded = 0;
  for (const { orgId, surveyId, month } of months) {
    const id = `${orgId}#${surveyId}`;
    if (!contexts.has(id)) contexts.set(id, contextFor(db, orgId, surveyId, options));
    const context = await contexts.get(id)!;
    folded += await foldMonth(db, orgId, surveyId, month, context);
  }
  return folded;
}

/** The fold job: everything queued, every survey. Returns how many items it folded. */
export async function foldPending(db: Db, options: Options = {}): Promise<number> {
  return foldMonths(db, await queuedMonths(db), options);
}
