/**
 * The fold queue: responses and adjustments not yet folded into their survey's month item sit
 * in a sparse index (gsi2, see `Keys.foldQueue`). The entry is written with the item itself, in
 * the same put, so nothing accepted can miss the queue; it is removed only after the fold that
 * took the item in has been written (see `fold.ts`).
 *
 * The index is read for what to look at, never trusted for what is queued: an index lags its
 * table in AWS (and dynalite writes an item and its index entries one after another), so every
 * entry is confirmed by a consistent read of the item before it is counted or folded.
 */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { getItems } from "../db/batch.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { sha256 } from "../util/hash.js";

/** How many partitions the queue is spread over. */
export const SHARDS = 4;

export type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;

/** The attributes that put a new item (a response, an adjustment) in its survey's queue. */
export function queueAttributes(orgId: string, surveyId: string, month: string, key: Key) {
  const shard = Number.parseInt(sha256(key.sk).slice(0, 4), 16) % SHARDS;
  return Keys.foldQueue(shard, orgId, surveyId, month, key.sk);
}

/** Where a queued item's key is: responses and adjustments each have their survey partition. */
export function keyOfQueued(orgId: string, surveyId: string, sk: string): Key {
  const pk = sk.startsWith(Keys.adjustmentPrefix())
    ? Keys.adjustmentPartition(orgId, surveyId)
    : Keys.responsePartition(orgId, surveyId);
  return { pk, sk };
}

/**
 * The keys the index lists under a survey (and month), every shard, at most `limit` of them.
 * An index read: some may already be folded (confirm with `stillQueued`).
 */
export async function listed(
  db: Db,
  orgId: string,
  surveyId: string,
  month?: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Key[]> {
  const prefix = Keys.foldQueuePrefix(orgId, surveyId, month);
  const perShard = await Promise.all(
    Array.from({ length: SHARDS }, async (_, shard) => {
      const keys: Key[] = [];
      const query = {
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
        ExpressionAttributeValues: { ":pk": Keys.foldQueuePartition(shard), ":prefix": prefix },
        ProjectionExpression: "pk, sk",
        ...(Number.isFinite(limit) ? { Limit: limit } : {}),
      };
      for await (const page of queryPages(db, query)) {
        for (const item of page.Items ?? [])
          keys.push({ pk: String(item.pk), sk: String(item.sk) });
        if (keys.length >= limit) break;
      }
      return keys;
    }),
  );
  return perShard.flat().slice(0, limit);
}

/** Of these keys, the items still queued, read consistently (whole items, in key order). */
export async function stillQueued(db: Db, keys: Key[], projection?: string): Promise<Item[]> {
  const found: Item[] = [];
  for (let start = 0; start < keys.length; start += 100) {
    const items = await getItems(db, keys.slice(start, start + 100), {
      consistent: true,
      projection,
    });
    for (const item of items) if (item?.gsi2pk) found.push(item);
  }
  return found;
}

/** Takes items off the queue (each one only if it is still on it; a repeat writes nothing). */
export async function dequeue(db: Db, keys: Key[]): Promise<void> {
  const PARALLEL = 16;
  for (let start = 0; start < keys.length; start += PARALLEL) {
    await Promise.all(
      keys.slice(start, start + PARALLEL).map((key) =>
        db.doc
          .send(
            new UpdateCommand({
              TableName: db.table,
              Key: { pk: key.pk, sk: key.sk },
              UpdateExpression: "REMOVE gsi2pk, gsi2sk",
              ConditionExpression: "attribute_exists(gsi2pk)",
            }),
          )
          .catch(ignoreConditionFailed),
      ),
    );
  }
}

/** A survey month with something queued, as the fold job finds it. */
export interface QueuedMonth {
  orgId: string;
  surveyId: string;
  month: string;
}

/** Parses a queue entry's sort key (`org#survey#month#sk`). */
export function monthOfEntry(gsi2sk: string): QueuedMonth {
  const [orgId = "", surveyId = "", month = ""] = gsi2sk.split("#");
  return { orgId, surveyId, month };
}

/** Every survey month the queue lists, across organisations (the fold job's to-do list). */
export async function queuedMonths(db: Db): Promise<QueuedMonth[]> {
  const months = new Map<string, QueuedMonth>();
  for (let shard = 0; shard < SHARDS; shard++) {
    const query = {
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": Keys.foldQueuePartition(shard) },
      ProjectionExpression: "gsi2sk",
    };
    for await (const page of queryPages(db, query)) {
      for (const item of page.Items ?? []) {
        const month = monthOfEntry(String(item.gsi2sk));
        months.set(`${month.orgId}#${month.surveyId}#${month.month}`, month);
      }
    }
  }
  return [...months.values()];
}
