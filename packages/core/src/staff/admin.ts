/** What an organisation's admin does with staff: invite, change roles, deactivate. */
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
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
import { Outbox } from "../outbox/index.js";
import { conflict, invalid, notFound } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import { linkExpired, staffExists } from "./errors.js";
import { findForSignIn, get, type Staff } from "./index.js";
import { hashPassword } from "./password.js";
import { passwordProblem } from "./policy.js";
import type { Role } from "./schema.js";
import { StoredPasswordLink, StoredStaff } from "./stored.js";

export const INVITE_HOURS = 72;

export type StaffStatus = "invited" | "active" | "deactivated";
export interface StaffView extends Omit<Staff, "sessionEpoch"> {
  status: StaffStatus;
}

type Actor = { id: string; email: string; orgId: string };
const audit = (
  db: Db,
  actor: Actor,
  action: Audit.Action,
  staffId: string,
  detail?: Record<string, string>,
) =>
  Audit.record(db, {
    orgId: actor.orgId,
    actor: { type: "staff", id: actor.id, email: actor.email },
    action,
    target: { type: "staff", id: staffId },
    detail,
  });

/** The same person invited twice gets the same id, so a retried invite creates nobody new. */
export const staffIdFor = (orgId: string, email: string) =>
  `stf_${sha256(`${orgId}:${email.toLowerCase()}`).slice(0, 24)}`;

export async function list(db: Db, orgId: string): Promise<StaffView[]> {
  const staff: StaffView[] = [];
  for await (const page of queryPages(db, partitionQuery(Keys.org(orgId).pk, Keys.staffPrefix()))) {
    for (const item of page.Items ?? []) staff.push(view(item));
  }
  return staff.sort((a, b) => a.email.localeCompare(b.email));
}

function view(item: unknown): StaffView {
  const {
    passwordHash,
    ssoSubject,
    sessionEpoch: _,
    elsewhere: __,
    ...staff
  } = readItem(StoredStaff, item, "staff");
  const status: StaffStatus = !staff.active
    ? "deactivated"
    : passwordHash || ssoSubject
      ? "active"
      : "invited";
  return { ...staff, status };
}

/**
 * Invites someone: creates them without a password and writes a one-time set-password link to
 * the outbox. Inviting someone still waiting on their link sends a fresh link.
 */
export async function invite(
  db: Db,
  actor: Actor,
  input: { email: string; name: string; roles: Role[]; baseUrl: string },
) {
  const email = input.email.toLowerCase();
  const found = await findForSignIn(db, email);
  // An address can belong to one organisation. Saying so here would tell any admin which
  // addresses have Chorus accounts elsewhere, so the invite is answered exactly as for a new
  // address; the person learns it from the link, and only they can act on it.
  const elsewhere = found !== undefined && found.orgId !== actor.orgId;
  const existing = elsewhere ? undefined : found;
  if (existing?.passwordHash) throw staffExists();
  if (existing && !existing.active) {
    throw conflict(
      "staff.deactivated",
      "That person was deactivated. Reactivate them first, then invite them again.",
    );
  }
  const id = staffIdFor(actor.orgId, email);
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.staff(actor.orgId, id),
          // Never indexed for sign-in: the address signs in to its own organisation.
          ...(elsewhere ? { elsewhere: true } : Keys.staffByEmail(email, actor.orgId)),
          type: "staff",
          id,
          orgId: actor.orgId,
          email,
          name: input.name,
          roles: input.roles,
          active: true,
          sessionEpoch: 0,
          invitedAt: db.now().toISOString(),
          createdAt: db.now().toISOString(),
        },
        // Inviting again before they set a password takes the new name and roles; once they
        // have a password, nothing here may overwrite it. Not `createOnce`: a second invite with
        // another body is meant to overwrite, and the guard is the password, not the key.
        ConditionExpression: "attribute_not_exists(pk) OR attribute_not_exists(passwordHash)",
      }),
    )
    .catch((error) => {
      // They set their password between the read above and this write.
      if (!isConditionFailed(error)) throw error;
      throw staffExists();
    });
  const token = await issuePasswordToken(db, actor.orgId, id, INVITE_HOURS);
  const link = `${input.baseUrl}/set-password#${token}`;
  await Outbox.add(db, actor.orgId, {
    to: email,
    subject: "You have been invited to Chorus",
    body:
      `Hello ${input.name},\n\n${actor.email} has invited you to Chorus. Choose your password ` +
      `here within ${INVITE_HOURS} hours:\n\n${link}\n\nIf you did not expect this, ignore it.`,
  });
  await audit(db, actor, "staff.invited", id, { roles: input.roles.join(",") });
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.staff(actor.orgId, id), ConsistentRead: true }),
  );
  return { staff: view(Item!), link };
}

async function issuePasswordToken(db: Db, orgId: string, staffId: string, hours: number) {
  const { token, hash } = newSecret();
  await putSecret(db, {
    ...Keys.passwordToken(hash),
    type: "passwordToken",
    orgId,
    staffId,
    expiresAt: epochSeconds(db.now().getTime() + hours * 3600_000),
  });
  return token;
}

/** Uses a one-time link to set a password; the link then stops working. */
export async function setPassword(db: Db, token: string, password: string) {
  const key = Keys.passwordToken(secretHash(token));
  const item = isTokenShaped(token) ? await readSecret(db, key) : undefined;
  const link = item && readItem(StoredPasswordLink, item, "set-password link");
  const staff = link && (await get(db, link.orgId, link.staffId));
  if (!staff?.active) throw linkExpired();
  if (staff.elsewhere) {
    throw conflict(
      "staff.email_elsewhere",
      "This e-mail address already has a Chorus account with another organisation, and an " +
        "address can belong to only one. Ask the person who invited you to invite another address.",
    );
  }
  // Checked before the link is taken, so a password the rules refuse does not burn the link.
  const problem = passwordProblem(password, staff.email);
  if (problem) throw invalid("auth.weak_password", problem, { nested: { password: [problem] } });
  // Taking the link before writing the password makes it single-use even if two requests race.
  if (!(await takeSecret(db, key))) throw linkExpired();
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.staff(staff.orgId, staff.id),
      UpdateExpression: "SET passwordHash = :hash, passwordSetAt = :now ADD sessionEpoch :one",
      ExpressionAttributeValues: {
        ":hash": await hashPassword(password),
        ":now": db.now().toISOString(),
        ":one": 1,
      },
    }),
  );
  await Audit.record(db, {
    orgId: staff.orgId,
    actor: { type: "staff", id: staff.id, email: staff.email },
    action: "auth.password_set",
    target: { type: "staff", id: staff.id },
  });
  return staff;
}

/**
 * Changes roles or deactivates. Deactivating ends every session at once. An admin cannot take
 * away their own admin role or deactivate themselves, so an organisation never locks itself out.
 */
export async function update(
  db: Db,
  actor: Actor,
  staffId: string,
  change: { roles?: Role[]; active?: boolean },
): Promise<StaffView> {
  const current = await get(db, actor.orgId, staffId);
  if (!current) throw notFound("staff.not_found", "There is no such member of staff here.");
  if (
    staffId === actor.id &&
    (change.active === false || (change.roles && !change.roles.includes("admin")))
  ) {
    throw conflict(
      "staff.self_lockout",
      "You cannot remove your own admin role or deactivate yourself.",
    );
  }
  const deactivating = change.active === false && current.active;
  const { Attributes } = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.staff(actor.orgId, staffId),
      UpdateExpression: `SET #roles = :roles, active = :active${deactivating ? " ADD sessionEpoch :one" : ""}`,
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#roles": "roles" },
      ExpressionAttributeValues: {
        ":roles": change.roles ?? current.roles,
        ":active": change.active ?? current.active,
        ...(deactivating ? { ":one": 1 } : {}),
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  if (change.roles && change.roles.join() !== current.roles.join()) {
    await audit(db, actor, "staff.roles_changed", staffId, {
      from: current.roles.join(","),
      to: change.roles.join(","),
    });
  }
  if (change.active !== undefined && change.active !== current.active) {
    await audit(db, actor, change.active ? "staff.reactivated" : "staff.deactivated", staffId);
  }
  return view(Attributes!);
}

/** Ends every session of one member of staff ("sign out everywhere"), their own act. */
export async function endAllSessions(db: Db, staff: Audit.Staff): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.staff(staff.orgId, staff.id),
      UpdateExpression: "ADD sessionEpoch :one",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":one": 1 },
    }),
  );
  await Audit.byStaff(db, staff, "auth.signed_out_everywhere");
}
