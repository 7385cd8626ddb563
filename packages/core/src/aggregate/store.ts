/**
 * A survey's stored aggregates: one item per month of answers (`Keys.aggregate`), its cells as
 * compressed JSON. A month, because that keeps each item small (a month of a busy survey is a
 * few hundred cells, tens of KB of JSON, a few KB compressed, far under DynamoDB's 400 KB item
 * limit), a late answer touches only its own month, and a report reads a handful of items.
 *
 * Each item carries `version` (every write is conditional on the one read: an optimistic lock)
 * and `lastBatch`, the sort keys of the queue items its last fold took in: until the next fold
 * of the month has taken them off the queue, they are both in the cells and still queued, and
 * whoever reads both must count them once (see `fold.ts`).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import type { Cells } from "./cells.js";

export const MonthItem = v.object({
  month: v.string(),
  version: v.number(),
  lastBatch: v.array(v.string()),
  /** Set once the month's raw answers may be purged (retention): a rebuild leaves it as it is. */
  purged: v.optional(v.literal(true)),
  cells: v.optional(v.instance(Uint8Array)),
});
export type MonthItem = v.InferOutput<typeof MonthItem>;

export interface Month {
  month: string;
  version: number;
  lastBatch: string[];
  purged: boolean;
  /** Only when read with cells. */
  cells?: Cells;
}

export const pack = (cells: Cells) => deflateRawSync(Buffer.from(JSON.stringify(cells)));
export const unpack = (bytes: Uint8Array): Cells => JSON.parse(inflateRawSync(bytes).toString());

/**
 * A survey's month items, read consistently (what the last write left), by month. Without
 * `cells` only versions and batches come back, which is all a check for a concurrent fold needs.
 */
export async function readMonths(
  db: Db,
  orgId: string,
  surveyId: string,
  options: { cells: boolean; month?: string },
): Promise<Map<string, Month>> {
  const months = new Map<string, Month>();
  const query = {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: {
      ":pk": Keys.aggregatePartition(orgId, surveyId),
      ":prefix": `${Keys.aggregatePrefix()}${options.month ?? ""}`,
    },
    ConsistentRead: true,
    ...(options.cells
      ? {}
      : {
          ProjectionExpression: "#month, #version, lastBatch, purged",
          ExpressionAttributeNames: { "#month": "month", "#version": "version" },
        }),
  };
  for await (const page of queryPages(db, query)) {
    for (const raw of page.Items ?? []) {
      const item = readItem(MonthItem, raw, "aggregate");
      months.set(item.month, {
        month: item.month,
        version: item.version,
        lastBatch: item.lastBatch,
        purged: item.purged === true,
        ...(item.cells ? { cells: unpack(item.cells) } : {}),
      });
    }
  }
  return months;
}

/** One month as it stands (version 0 and no cells when it has never been written). */
export async function readMonth(db: Db, orgId: string, surveyId: string, month: string) {
  const found = (await readMonths(db, orgId, surveyId, { cells: true, month })).get(month);
  return found ?? { month, version: 0, lastBatch: [], purged: false, cells: {} };
}

/**
 * Writes a month's next version if nobody wrote it since `from.version` was read. False when
 * someone did (the caller reads again and redoes its work).
 */
export async function writeMonth(
  db: Db,
  orgId: string,
  surveyId: string,
  from: Pick<Month, "month" | "version" | "purged">,
  next: { cells: Cells; lastBatch: string[] },
): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.aggregate(orgId, surveyId, from.month),
          type: "aggregate",
          orgId,
          surveyId,
          month: from.month,
          version: from.version + 1,
          lastBatch: next.lastBatch,
          ...(from.purged ? { purged: true } : {}),
          cells: pack(next.cells),
        },
        ...(from.version === 0
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : {
              ConditionExpression: "#version = :version",
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":version": from.version },
            }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Notes a survey as having aggregates, for the nightly rebuild (idempotent). */
export async function register(db: Db, orgId: string, surveyId: string): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...Keys.aggregated(orgId, surveyId), type: "aggregated", orgId, surveyId },
    }),
  );
}

/** Every survey with aggregates, across organisations. */
export async function* registered(db: Db): AsyncGenerator<{ orgId: string; surveyId: string }> {
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.aggregatedPartition() },
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      yield { orgId: String(item.orgId), surveyId: String(item.surveyId) };
    }
  }
}
