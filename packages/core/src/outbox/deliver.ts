/**
 * Hands waiting messages to the mail service (Amazon SES in AWS; locally nothing sends, and
 * admins read the outbox at /admin/outbox). Each message is claimed before it is sent, so two
 * runs at once never send it twice; one whose send failed, or whose run died between sending
 * and recording it, is tried again once its claim is stale. The service cannot be asked whether
 * it already sent a message, so a crash in that one gap can send it twice: never zero times.
 */
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed, isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { StoredMessage } from "./stored.js";

/** Sends one message; throws if the mail service refused it. */
export type Send = (message: StoredMessage) => Promise<void>;

/** How long a claim holds before another run may try the message again. */
const CLAIM_MINUTES = 10;

/** Sends what is waiting, oldest first; says how many were sent and how many failed. */
export async function deliver(db: Db, send: Send, options: { limit?: number } = {}) {
  const limit = options.limit ?? 200;
  const result = { sent: 0, failed: 0 };
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.outboxUnsentPartition() },
    ProjectionExpression: "pk, sk",
  };
  for await (const page of queryPages(db, query)) {
    for (const listed of page.Items ?? []) {
      const key = { pk: String(listed.pk), sk: String(listed.sk) };
      const { Item } = await db.doc.send(
        new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
      );
      if (!Item) continue;
      if (!Item.sentAt) {
        if (!(await claim(db, key))) continue;
        try {
          await send(readItem(StoredMessage, Item, "outbox message"));
        } catch {
          // Let the next run try at once; a message that never goes is seen in the count.
          await update(db, key, "REMOVE sendingAt", "attribute_not_exists(sentAt)");
          result.failed++;
          continue;
        }
        await update(db, key, "SET sentAt = :now REMOVE sendingAt", "attribute_exists(pk)", {
          ":now": db.now().toISOString(),
        });
        result.sent++;
      }
      // A separate write, so a crash can only leave a sent message listed, never the reverse.
      await update(db, key, "REMOVE gsi1pk, gsi1sk", "attribute_exists(sentAt)");
      if (result.sent + result.failed >= limit) return result;
    }
  }
  return result;
}

/** Takes the message for this run, unless another run holds a fresh claim on it. */
async function claim(db: Db, key: { pk: string; sk: string }) {
  const now = db.now();
  const stale = new Date(now.getTime() - CLAIM_MINUTES * 60_000).toISOString();
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key,
        UpdateExpression: "SET sendingAt = :now",
        ConditionExpression:
          "attribute_exists(pk) AND attribute_not_exists(sentAt) AND " +
          "(attribute_not_exists(sendingAt) OR sendingAt < :stale)",
        ExpressionAttributeValues: { ":now": now.toISOString(), ":stale": stale },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

function update(
  db: Db,
  key: { pk: string; sk: string },
  expression: string,
  condition: string,
  values?: Record<string, string>,
) {
  return db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: key,
        UpdateExpression: expression,
        ConditionExpression: condition,
        ...(values ? { ExpressionAttributeValues: values } : {}),
      }),
    )
    .catch(ignoreConditionFailed);
}
