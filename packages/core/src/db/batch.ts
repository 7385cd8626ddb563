import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client.js";

type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;

/** Tries before a batch read gives up on keys DynamoDB keeps handing back unprocessed. */
const TRIES = 8;

/**
 * Reads up to 100 distinct items by key in one round trip (BatchGetItem), in the order asked,
 * `undefined` where there is none. Each read is what a `GetItem` of that key would give: one
 * call in place of several only saves the per-call work (signing, HTTP, parsing) on both ends.
 * `consistent` reads what the last write left (as a consistent `GetItem`); `projection` names
 * the attributes to bring back (keys included, or the result cannot be matched to its key).
 */
export async function getItems(
  db: Db,
  keys: Key[],
  options: { consistent?: boolean; projection?: string } = {},
): Promise<(Item | undefined)[]> {
  const read = {
    ...(options.consistent ? { ConsistentRead: true } : {}),
    ...(options.projection ? { ProjectionExpression: options.projection } : {}),
  };
  const found = new Map<string, Item>();
  let pending: Key[] = keys;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const { Responses, UnprocessedKeys } = await db.doc.send(
      new BatchGetCommand({ RequestItems: { [db.table]: { Keys: pending, ...read } } }),
    );
    for (const item of Responses?.[db.table] ?? []) found.set(id(item as Key), item);
    // DynamoDB may return part of a batch unread when it is busy: ask again, backing off.
    pending = (UnprocessedKeys?.[db.table]?.Keys ?? []) as Key[];
    if (pending.length === 0) break;
    if (attempt === TRIES) throw new Error(`${pending.length} keys stayed unprocessed`);
    await new Promise((done) => setTimeout(done, 2 ** attempt * 10));
  }
  return keys.map((key) => found.get(id(key)));
}

const id = (key: Key) => `${key.pk}\n${key.sk}`;
