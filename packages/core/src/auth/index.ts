export * as Auth from "./index.js";

import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import {
  epochSeconds,
  isTokenShaped,
  newSecret,
  putSecret,
  readSecret,
  secretHash,
  takeSecret,
} from "../db/secret.js";
import { RateLimit } from "../limit/index.js";
import { Org } from "../org/index.js";
import { Staff } from "../staff/index.js";
import { decoyHash, verifyPassword } from "../staff/password.js";
import type { Me } from "../staff/schema.js";
import { ChorusError } from "../util/error.js";
import { StoredSession } from "./stored.js";

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
 * Failed sign-ins from one client, whatever the account: a care home or a council office behind
 * one address signs in freely, while one address trying many accounts is stopped.
 */
export const LOGIN_PER_CLIENT = { name: "login-client", limit: 30, windowSeconds: 900 };
/**
 * Failed sign-ins for one e-mail (known or not, so a lock reveals nothing) from one client
 * before that pair locks. Per pair, not per account: wrong passwords typed somewhere else can
 * never lock the real person out. Guessing stays hopeless: 5 tries per address per 15 minutes
 * against passwords of at least 15 characters that are not on the common-password list.
 */
export const FAILURES_PER_ACCOUNT = { name: "login-failures", limit: 5, windowSeconds: 900 };

/**
 * Checks a password and opens a new session. Unknown e-mail, wrong password and inactive
 * account all give the same answer, and all pay for one password check. Attempts are limited
 * per client and failures per e-mail; sign-ins and failures for a known account are audited.
 */
export async function signIn(db: Db, input: { email: string; password: string; client: string }) {
  const { email, password } = input;
  const pair = `${email.toLowerCase()}\n${input.client}`;
  const [fromClient, forPair] = await Promise.all([
    RateLimit.peek(db, LOGIN_PER_CLIENT, input.client),
    RateLimit.peek(db, FAILURES_PER_ACCOUNT, pair),
  ]);
  if (fromClient >= LOGIN_PER_CLIENT.limit) {
    throw RateLimit.tooMany(
      db,
      LOGIN_PER_CLIENT,
      "Too many failed sign-ins from here. Wait a few minutes and try again.",
    );
  }
  if (forPair >= FAILURES_PER_ACCOUNT.limit) {
    throw RateLimit.tooMany(
      db,
      FAILURES_PER_ACCOUNT,
      "Too many failed sign-ins for this account from here. Wait a few minutes and try again.",
    );
  }
  const staff = await Staff.findForSignIn(db, email);
  const ok = await verifyPassword(password, staff?.passwordHash ?? (await decoyHash()));
  if (!staff || !ok || !staff.active) {
    await Promise.all([
      RateLimit.hit(db, FAILURES_PER_ACCOUNT, pair),
      RateLimit.hit(db, LOGIN_PER_CLIENT, input.client),
    ]);
    if (staff) {
      await Audit.record(db, {
        orgId: staff.orgId,
        actor: { type: "system" },
        action: "auth.sign_in_failed",
        target: { type: "staff", id: staff.id },
        detail: { method: "password" },
      });
    }
    throw invalidCredentials();
  }
  const session = await startSession(db, staff, "password");
  await Audit.byStaff(db, session.me, "auth.sign_in", undefined, { method: "password" });
  return session;
}

/**
 * Opens a new session for staff whose identity is already proven (by password or by single
 * sign-on). The token is new every time, so a session id can never be planted before sign-in.
 */
export async function startSession(db: Db, staff: Staff.Staff, method: "password" | "oidc") {
  const org = await Org.get(db, staff.orgId);
  if (!org || !staff.active) throw invalidCredentials();

  const { token, hash } = newSecret();
  const now = db.now();
  const absoluteEnd = new Date(now.getTime() + ABSOLUTE_HOURS * 3600_000);
  await putSecret(db, {
    ...Keys.session(hash),
    ...Keys.sessionsOfOrg(staff.orgId, absoluteEnd.toISOString(), hash),
    type: "session",
    orgId: staff.orgId,
    staffId: staff.id,
    // Raising the staff's epoch ends every session opened before it ("sign out everywhere").
    epoch: staff.sessionEpoch,
    method,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    absoluteEnd: absoluteEnd.toISOString(),
    expiresAt: epochSeconds(absoluteEnd.getTime()),
  });
  const me: Me = { ...publicStaff(staff), orgName: org.name };
  return { token, me, maxAgeSeconds: ABSOLUTE_HOURS * 3600 };
}

/** The signed-in member of staff behind a session token, or undefined if it has ended. */
export async function resume(db: Db, token: string): Promise<Me | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const key = Keys.session(secretHash(token));
  // Consistent, so the first request after signing in always finds its new session.
  const item = await readSecret(db, key);
  if (!item) return undefined;
  const session = readItem(StoredSession, item, "session");
  const now = db.now().getTime();
  const lastSeen = Date.parse(session.lastSeenAt);
  // `expiresAt` is whole seconds; the absolute end is kept to the millisecond.
  if (now > Date.parse(session.absoluteEnd) || now > lastSeen + IDLE_MINUTES * 60_000) {
    // Dropped now rather than left for the purge: nothing can bring it back.
    await takeSecret(db, key);
    return undefined;
  }
  const [staff, org] = await Promise.all([
    Staff.get(db, session.orgId, session.staffId),
    Org.get(db, session.orgId),
  ]);
  if (!staff?.active || !org || session.epoch !== staff.sessionEpoch) return undefined;
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
  if (isTokenShaped(token)) await takeSecret(db, Keys.session(secretHash(token)));
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
