export * as Org from "./index.js";

import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";

export interface Org {
  id: string;
  name: string;
  /** Report cells smaller than this are hidden ("fewer than 5"). */
  minGroupSize: number;
}

export const DEFAULT_MIN_GROUP_SIZE = 5;

export async function get(db: Db, orgId: string): Promise<Org | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: Keys.org(orgId) }));
  if (!Item) return undefined;
  return {
    id: Item.id,
    name: Item.name,
    minGroupSize: Item.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
  };
}

/** Creates the organisation once; a second call with the same id changes nothing. */
export async function create(db: Db, org: Org): Promise<void> {
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.org(org.id),
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
