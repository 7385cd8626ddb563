export * as Outbox from "./index.js";

import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { uuidv7 } from "../util/id.js";
import { StoredMessage } from "./stored.js";

export type Message = StoredMessage;

export async function add(
  db: Db,
  orgId: string,
  message: Omit<Message, "id" | "orgId" | "createdAt">,
) {
  const stored: Message = { ...message, id: uuidv7(), orgId, createdAt: db.now().toISOString() };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...Keys.outbox(orgId, stored.id), type: "outbox", ...stored },
    }),
  );
  return stored;
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
  return messages;
}
