export * as Org from "./index.js";

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { StoredOrg } from "./stored.js";

export { DEFAULT_MIN_GROUP_SIZE } from "./stored.js";

export type Org = StoredOrg;

export async function get(db: Db, orgId: string): Promise<Org | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: Keys.org(orgId) }));
  return Item ? readItem(StoredOrg, Item, "org") : undefined;
}

/**
 * Creates the organisation once; a second call with the same id changes nothing. Not
 * `createOnce`: the id is not a client's, and a demo seed or test that names an existing
 * organisation differently should find it, not fail with a conflict.
 */
export async function create(db: Db, org: Org): Promise<void> {
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.org(org.id),
          ...Keys.orgListed(org.id),
          type: "org",
          orgId: org.id,
          ...org,
          createdAt: db.now().toISOString(),
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}

/** Every organisation's id, through the index `create` writes (for jobs that serve them all). */
export async function* ids(db: Db): AsyncGenerator<string> {
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.orgsPartition() },
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) yield String(item.gsi1sk);
  }
}

export { checkLogo, logo, removeLogo, saveLogo, saveName, settings } from "./settings.js";
