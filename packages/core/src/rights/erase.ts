/**
 * Deleting one response on a child's or family's request, exactly once, with the report numbers
 * corrected exactly once. No transactions (dynalite has none), so the work is written down first
 * (the erasure record, in a sparse index the sweeper reads) and every later step is safe to run
 * again; whatever a crash leaves, the officer's retry or the sweeper finishes:
 *
 * 1. the erasure record is created once (its id is the response's, so any retry finds it);
 * 2. the response's pending effects are finished (an alert it calls for is raised first) and its
 *    month is folded, so the response is in the numbers, not half in the queue;
 * 3. once only, an erasure adjustment (`erase-<id>`) takes away what the response and officers'
 *    moves of its answers added; it names what it cancels, so a rebuild leaves all of it out;
 * 4. the response is deleted; then its moves, theme overrides and quotes (approved or not);
 * 5. the month is folded again (the erasure is in the numbers) and the erasure adjustment,
 *    whose cells would otherwise keep counts of the child's words, is deleted;
 * 6. the record is marked done and leaves the index.
 *
 * A safeguarding alert raised by the response is kept (casework); it loses the child's answers,
 * which it only ever read from the response, and records the day they were deleted.
 */
import { DeleteCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { Adjustment, type Change } from "../aggregate/adjustment.js";
import { contribution } from "../aggregate/cells.js";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Effects } from "../effects/index.js";
import { Quote } from "../quote/index.js";
import { adjustmentOf } from "../quote/move.js";
import { quoteId } from "../quote/work.js";
import { StoredResponse } from "../response/schema.js";
import { conflict } from "../util/error.js";
import { StoredErasure } from "./locate.js";
import { referenceOf } from "./reference.js";

type Key = { pk: string; sk: string };

const get = async (db: Db, key: Key) =>
  (await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }))).Item;
const remove = (db: Db, key: Key) =>
  db.doc.send(new DeleteCommand({ TableName: db.table, Key: { pk: key.pk, sk: key.sk } }));

/** The response's safeguarding alert, whose id comes from the response's key. */
const alertKey = (orgId: string, key: Key) => Keys.alert(orgId, `alr_${Effects.ref(key)}`);

/**
 * Refuses while a safeguarding alert about the answers is open or acknowledged: the lead may
 * need them for the child's safety. Closed, the alert's record stays and the answers may go.
 */
export async function checkNotHeld(db: Db, orgId: string, key: Key): Promise<void> {
  if (await held(db, orgId, key)) {
    throw conflict(
      "response.held",
      "These answers cannot be deleted yet: the safeguarding team is still working on them. Ask your safeguarding lead.",
    );
  }
}

export async function held(db: Db, orgId: string, key: Key): Promise<boolean> {
  const alert = await get(db, alertKey(orgId, key));
  return alert !== undefined && alert.status !== "closed";
}

/** Step 1: the record every later step works from. */
export async function begin(
  db: Db,
  staff: Audit.Staff,
  found: { surveyId: string; responseId: string; item: Record<string, unknown> },
): Promise<StoredErasure> {
  const { orgId } = staff;
  const response = readItem(StoredResponse, found.item, "response");
  const at = db.now().toISOString();
  const erasure: StoredErasure = {
    orgId,
    surveyId: found.surveyId,
    responseId: found.responseId,
    month: response.submittedOn.slice(0, 7),
    reference: referenceOf(found.responseId),
    erasedOn: at.slice(0, 10),
    at,
    byId: staff.id,
    byEmail: staff.email,
    state: "erasing",
  };
  const result = await createOnce(db, {
    item: {
      ...Keys.erasure(orgId, found.responseId),
      type: "erasure",
      ...erasure,
      ...Keys.erasing(orgId, found.responseId),
      requestHash: fingerprint({ surveyId: found.surveyId, responseId: found.responseId }),
    },
    field: "requestHash",
    conflict: () => new Error(`Erasure of ${found.responseId} names another survey`),
  });
  return readItem(StoredErasure, result.item, "erasure");
}

/** Steps 2 to 6. Safe to run any number of times, from anywhere, at once. */
export async function finish(db: Db, erasure: StoredErasure): Promise<void> {
  const { orgId, surveyId, responseId, month } = erasure;
  // Its time and id come from the record, so whichever run gets here writes it once; it names
  // the reference and the survey, never the answers.
  await Audit.byStaffOnce(
    db,
    { orgId, id: erasure.byId, email: erasure.byEmail },
    {
      action: "response.erased",
      at: erasure.at,
      id: `erase-${responseId}`,
      target: { type: "response", id: erasure.reference },
      detail: { surveyId },
    },
  );
  const key = Keys.response(orgId, surveyId, responseId);
  const eraseKey = Keys.adjustment(orgId, surveyId, `erase-${responseId}`, month);
  const item = await get(db, key);
  if (item) {
    if (item.pending) await Effects.finish(db, readItem(Effects.Pending, item, "response"));
    if (!(await get(db, eraseKey))) {
      // Half-done moves finished, then every move and the response itself folded in.
      await Quote.overridesFor(db, orgId, surveyId);
      await Aggregate.settle(db, orgId, surveyId, month);
      await writeErasure(db, erasure, readItem(StoredResponse, item, "response"));
    }
    await remove(db, key);
  }
  for (const move of await movesOf(db, orgId, surveyId, responseId)) {
    await remove(db, Keys.adjustment(orgId, surveyId, adjustmentOf(move.id), month));
    await remove(db, Keys.themeOverride(orgId, surveyId, responseId, move.slot));
    await remove(db, Keys.themeMove(orgId, surveyId, move.id));
  }
  for (const quote of await Quote.decisions(db, orgId, surveyId)) {
    if (quote.id === quoteId(surveyId, { responseId, slot: quote.slot, themeId: quote.themeId })) {
      await remove(db, Keys.quote(orgId, surveyId, quote.id));
    }
  }
  await updateExisting(
    db,
    alertKey(orgId, key),
    "SET answersErasedOn = if_not_exists(answersErasedOn, :day)",
    undefined,
    { values: { ":day": erasure.erasedOn } },
  );
  await Aggregate.settle(db, orgId, surveyId, month);
  await remove(db, eraseKey);
  await updateExisting(
    db,
    Keys.erasure(orgId, responseId),
    "SET #state = :done REMOVE gsi1pk, gsi1sk",
    undefined,
    { names: { "#state": "state" }, values: { ":done": "done" } },
  );
}

/**
 * The erasure adjustment: minus what the response adds, minus what each move of its answers
 * changed. Written once under `erase-<id>`, naming the move adjustments it cancels.
 */
async function writeErasure(db: Db, erasure: StoredErasure, response: StoredResponse) {
  const { orgId, surveyId, responseId, month } = erasure;
  const context = await Aggregate.contextFor(db, orgId, surveyId);
  const own = contribution(response, context.text, context.themer);
  const changes: Change[] = [{ key: own.key, cell: own.cell, sign: -1 }];
  const cancels: string[] = [];
  for (const move of await movesOf(db, orgId, surveyId, responseId)) {
    const moveKey = Keys.adjustment(orgId, surveyId, adjustmentOf(move.id), month);
    const found = await get(db, moveKey);
    if (!found) continue;
    for (const change of readItem(Adjustment, found, "adjustment").changes) {
      changes.push({ ...change, sign: change.sign === 1 ? -1 : 1 });
    }
    cancels.push(moveKey.sk);
  }
  await Aggregate.adjust(db, orgId, surveyId, `erase-${responseId}`, changes, {
    erases: responseId,
    cancels,
  });
}

/** Every move an officer made of one of the response's answers. */
async function movesOf(db: Db, orgId: string, surveyId: string, responseId: string) {
  const moves: { id: string; slot: string }[] = [];
  const partition = Keys.themeMove(orgId, surveyId, "").pk;
  const query = partitionQuery(partition, "TMOVE#");
  for await (const page of queryPages(db, { ...query, ConsistentRead: true })) {
    for (const item of page.Items ?? []) {
      if (item.responseId === responseId) {
        moves.push({ id: String(item.id), slot: String(item.slot) });
      }
    }
  }
  return moves;
}

/**
 * The sweeper: finishes every erasure a crash left under way. Returns how many it finished.
 */
export async function sweep(db: Db): Promise<number> {
  let finished = 0;
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.erasingPartition() },
    ProjectionExpression: "pk, sk",
  };
  for await (const page of queryPages(db, query)) {
    for (const listed of page.Items ?? []) {
      const item = await get(db, { pk: String(listed.pk), sk: String(listed.sk) });
      if (!item?.gsi1pk) continue;
      await finish(db, readItem(StoredErasure, item, "erasure"));
      finished++;
    }
  }
  return finished;
}
