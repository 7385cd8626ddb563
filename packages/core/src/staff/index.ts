export * as Staff from "./index.js";

import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { hashPassword } from "./password.js";
import type { Role } from "./schema.js";

export interface Staff {
  id: string;
  orgId: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  /** Sessions opened under an older epoch are no longer valid. */
  sessionEpoch: number;
}

interface StaffItem extends Staff {
  passwordHash?: string;
}

/** Adds a member of staff once; a second call with the same id changes nothing. */
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

export function toStaff(item: Record<string, unknown>, withHash: boolean): StaffItem {
  return {
    id: item.id as string,
    orgId: item.orgId as string,
    email: item.email as string,
    name: item.name as string,
    roles: item.roles as Role[],
    active: item.active !== false,
    sessionEpoch: (item.sessionEpoch as number | undefined) ?? 0,
    ...(withHash ? { passwordHash: item.passwordHash as string | undefined } : {}),
  };
}

export { endAllSessions, invite, list, setPassword, update } from "./admin.js";
