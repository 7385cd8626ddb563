import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client.js";

/** True when a conditional write was refused because of its condition (not a real failure). */
export function isConditionFailed(error: unknown): boolean {
  return (error as Error | undefined)?.name === "ConditionalCheckFailedException";
}

/** For writes that may find their work already done: a create that exists, a touch of a gone item. */
export function ignoreConditionFailed(error: unknown): void {
  if (!isConditionFailed(error)) throw error;
}

/**
 * One update of an item that exists, skipped without an error when the item is gone or
 * `condition` no longer holds: for follow-up writes that another run may already have done. Never
 * creates an item, as a bare update of a missing key would.
 */
export async function updateExisting(
  db: Db,
  key: { pk: string; sk: string },
  update: string,
  condition?: string,
  attributes: { names?: Record<string, string>; values?: Record<string, unknown> } = {},
): Promise<void> {
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: update,
        ConditionExpression: condition
          ? `attribute_exists(pk) AND (${condition})`
          : "attribute_exists(pk)",
        ...(attributes.names ? { ExpressionAttributeNames: attributes.names } : {}),
        ...(attributes.values ? { ExpressionAttributeValues: attributes.values } : {}),
      }),
    )
    .catch(ignoreConditionFailed);
}
