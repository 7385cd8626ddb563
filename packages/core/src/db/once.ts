import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { canonicalJson, sha256 } from "../util/hash.js";
import type { Db } from "./client.js";
import { isConditionFailed } from "./condition.js";

/** The fingerprint of a request: equal bodies, whatever their key order, give equal prints. */
export const fingerprint = (value: unknown) => sha256(canonicalJson(value));

export interface CreateOnce {
  /** The whole item, keys included. */
  item: Record<string, unknown> & { pk: string; sk: string };
  /**
   * The attribute holding the request's fingerprint (see `fingerprint`). Older items name it
   * differently (`bodyHash`, `requestHash`, `createdHash`), so each caller says which.
   */
  field: string;
  /** The error for another body under the same key. */
  conflict: () => Error;
}

export type CreateOnceResult =
  | { created: true; item: Record<string, unknown> }
  | { created: false; item: Record<string, unknown> };

/**
 * The one way Chorus creates a record whose id the client chose: a conditional put; if the key
 * is taken, a consistent re-read compares fingerprints. The same body again is a success that
 * writes nothing (the client's retry of a request whose answer it lost); another body under
 * the same key is the caller's conflict, and also writes nothing.
 */
export async function createOnce(db: Db, input: CreateOnce): Promise<CreateOnceResult> {
  const { item, field } = input;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: item,
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return { created: true, item };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: { pk: item.pk, sk: item.sk },
      ConsistentRead: true,
    }),
  );
  if (Item && Item[field] === item[field]) return { created: false, item: Item };
  throw input.conflict();
}
