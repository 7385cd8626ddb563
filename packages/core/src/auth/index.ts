export * as Auth from "./index.js";

import { randomBytes } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { Org } from "../org/index.js";
import { Staff } from "../staff/index.js";
import { decoyHash, verifyPassword } from "../staff/password.js";
import type { Me } from "../staff/schema.js";
import { ChorusError } from "../util/error.js";
import { sha256 } from "../util/hash.js";

export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
// A session's last-seen time is written at most this often, to keep reads cheap.
const TOUCH_AFTER_MS = 60_000;

const invalidCredentials = () =>
  new ChorusError(
    "unauthenticated",
    "auth.invalid_credentials",
    "That e-mail and password do not match an active account.",
  );

/**
 * Checks a password and opens a new session. Unknown e-mail, wrong password and inactive
 * account all give the same answer, and all pay for one password check.
 */
export async function signIn(db: Db, email: string, password: string) {
  const staff = await Staff.findForSignIn(db, email);
  const ok = await verifyPassword(password, staff?.passwordHash ?? (await decoyHash()));
  if (!staff || !ok || !staff.active) throw invalidCredentials();
  return startSession(db, staff, "password");
}

/**
 * Opens a new session for staff whose identity is already proven (by password or by single
 * sign-on). The token is new every time, so a session id can never be planted before sign-in.
 */
export async function startSession(db: Db, staff: Staff.Staff, method: "password" | "oidc") {
  const org = await Org.get(db, staff.orgId);
  if (!org || !staff.active) throw invalidCredentials();

  const token = randomBytes(32).toString("base64url");
  const now = db.now();
  const absoluteEnd = new Date(now.getTime() + ABSOLUTE_HOURS * 3600_000);
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.session(sha256(token)),
        type: "session",
        orgId: staff.orgId,
        staffId: staff.id,
        // Raising the staff's epoch ends every session opened before it ("sign out everywhere").
        epoch: staff.sessionEpoch,
        method,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        absoluteEnd: absoluteEnd.toISOString(),
        expiresAt: Math.ceil(absoluteEnd.getTime() / 1000),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  const me: Me = { ...publicStaff(staff), orgName: org.name };
  return { token, me, maxAgeSeconds: ABSOLUTE_HOURS * 3600 };
}

/** The signed-in member of staff behind a session token, or undefined if it has ended. */
export async function resume(db: Db, token: string): Promise<Me | undefined> {
  if (!token || token.length > 100) return undefined;
  const key = Keys.session(sha256(token));
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: key }));
  if (!Item) return undefined;
  const now = db.now().getTime();
  const lastSeen = Date.parse(Item.lastSeenAt);
  if (now > Date.parse(Item.absoluteEnd) || now > lastSeen + IDLE_MINUTES * 60_000) {
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: key }));
    return undefined;
  }
  const [staff, org] = await Promise.all([
    Staff.get(db, Item.orgId, Item.staffId),
    Org.get(db, Item.orgId),
  ]);
  if (!staff?.active || !org || (Item.epoch ?? 0) !== staff.sessionEpoch) return undefined;
  if (now - lastSeen > TOUCH_AFTER_MS) {
    await db.doc
      .send(
        new UpdateCommand({
          TableName: db.table,
          Key: key,
          UpdateExpression: "SET lastSeenAt = :now",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: { ":now": new Date(now).toISOString() },
        }),
      )
      .catch(ignoreConditionFailed);
  }
  return { ...publicStaff(staff), orgName: org.name };
}

/** Ends a session; ending one that has already ended is not an error. */
export async function signOut(db: Db, token: string): Promise<void> {
  if (!token || token.length > 100) return;
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: Keys.session(sha256(token)) }));
}

function publicStaff(staff: Staff) {
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    roles: staff.roles,
    orgId: staff.orgId,
  };
}
