export * as Staff from "./index.js";

import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { hashPassword } from "./password.js";
import { StoredStaff } from "./stored.js";

/** A member of staff, without how they sign in. */
export type Staff = Omit<StoredStaff, "passwordHash" | "ssoSubject">;

type StaffItem = Staff & { passwordHash?: string };

/**
 * Adds a member of staff once; a second call with the same id changes nothing. Not `createOnce`:
 * callers (the demo seed, a first SSO sign-in racing another) want the existing person, whatever
 * their name or roles now, never a conflict.
 */
export async function create(
  db: Db,
  input: Omit<Staff, "active" | "sessionEpoch"> & { password?: string },
): Promise<void> {
  const { password, ...staff } = input;
  const email = staff.email.toLowerCase();
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.staff(staff.orgId, staff.id),
          ...Keys.staffByEmail(email, staff.orgId),
          type: "staff",
          ...staff,
          email,
          active: true,
          sessionEpoch: 0,
          passwordHash: password ? await hashPassword(password) : undefined,
          createdAt: db.now().toISOString(),
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}

/** Finds staff by e-mail for sign-in, with the password hash (which nothing else returns). */
export async function findForSignIn(db: Db, email: string): Promise<StaffItem | undefined> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :e",
      ExpressionAttributeValues: { ":e": Keys.emailIndex(email) },
      Limit: 2,
    }),
  );
  const item = Items[0];
  return item ? toStaff(item, true) : undefined;
}

export async function get(db: Db, orgId: string, staffId: string): Promise<Staff | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.staff(orgId, staffId) }),
  );
  return Item ? toStaff(Item, false) : undefined;
}

export function toStaff(item: unknown, withHash: boolean): StaffItem {
  const { passwordHash, ssoSubject: _, ...staff } = readItem(StoredStaff, item, "staff");
  return withHash ? { ...staff, passwordHash } : staff;
}

export { endAllSessions, invite, list, setPassword, update } from "./admin.js";
