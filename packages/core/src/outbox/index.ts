export * as Outbox from "./index.js";

import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { uuidv7 } from "../util/id.js";
import { StoredMessage } from "./stored.js";

export type Message = StoredMessage;

export { deliver, type Send } from "./deliver.js";

/** Every new message waits in the unsent index until the sender hands it on (see `deliver`). */
const unsent = (key: { sk: string }, message: { orgId: string; createdAt: string }) =>
  Keys.outboxUnsent(message.createdAt, message.orgId, key.sk);

export async function add(
  db: Db,
  orgId: string,
  message: Omit<Message, "id" | "orgId" | "createdAt">,
) {
  const stored: Message = { ...message, id: uuidv7(), orgId, createdAt: db.now().toISOString() };
  const key = Keys.outbox(orgId, stored.id);
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...key, type: "outbox", ...stored, ...unsent(key, stored) },
    }),
  );
  return stored;
}

/**
 * Adds a message under a key its caller chose, once: a retry of the same notification (after a
 * crash, from the sweeper) finds it there and writes nothing.
 */
export async function addOnce(
  db: Db,
  key: { pk: string; sk: string },
  message: Omit<Message, "id" | "createdAt">,
): Promise<void> {
  const id = key.sk.slice(Keys.outboxPrefix().length);
  const createdAt = db.now().toISOString();
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...key,
          type: "outbox",
          ...message,
          id,
          createdAt,
          ...unsent(key, { orgId: message.orgId, createdAt }),
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}

/** Newest first. */
export async function list(db: Db, orgId: string): Promise<Message[]> {
  const messages: Message[] = [];
  const query = {
    ...partitionQuery(Keys.org(orgId).pk, Keys.outboxPrefix()),
    ScanIndexForward: false,
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? [])
      messages.push(readItem(StoredMessage, item, "outbox message"));
  }
  // Keys chosen by callers (`addOnce`) do not sort by time, so the time decides.
  return messages.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
