/** Turns a proven identity from an organisation's provider into one of its staff. */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { staffIdFor } from "../staff/admin.js";
import { Staff } from "../staff/index.js";
import { Email, Role } from "../staff/schema.js";
import { inactive, refuse } from "./errors.js";
import type { SsoConfig } from "./index.js";

export interface Identity {
  sub: string;
  email: string;
  name: string;
  roles: Role[];
}

/**
 * The person's address from the provider's claims. Entra ID, without the optional `email`
 * claim, sends the sign-in address in `preferred_username`.
 */
export function addressOf(claims: Record<string, unknown>): string | undefined {
  const verified = claims.email_verified !== false;
  return [verified ? claims.email : undefined, claims.preferred_username]
    .map((candidate) => v.safeParse(Email, candidate))
    .find((result) => result.success)?.output;
}

function emailOf(config: SsoConfig, claims: Record<string, unknown>): string {
  const email = addressOf(claims);
  if (!email) {
    throw refuse("auth.sso_no_email", "Your identity provider did not send an e-mail address.");
  }
  if (!config.emailDomains.includes(email.slice(email.lastIndexOf("@") + 1))) {
    // An organisation's provider vouches only for the domains that organisation has claimed.
    throw refuse("auth.sso_email_domain", "That e-mail domain cannot sign in here.");
  }
  return email;
}

/**
 * Who the person is and what they may do: the union of the roles their groups give (Entra ID
 * sends group object ids in `groups`) and the organisation's default roles.
 */
export function identify(config: SsoConfig, claims: Record<string, unknown>): Identity {
  const email = emailOf(config, claims);
  const groups = Array.isArray(claims.groups)
    ? claims.groups.filter((group): group is string => typeof group === "string")
    : [];
  const overage = (claims._claim_names as Record<string, unknown> | undefined)?.groups;
  if (groups.length === 0 && overage) {
    throw refuse(
      "auth.sso_groups_overage",
      "You are in too many groups for your provider to list. Ask your admin to send only the groups assigned to Chorus.",
    );
  }
  const granted = new Set<Role>(config.defaultRoles);
  for (const group of groups) {
    if (!Object.hasOwn(config.groupRoles, group)) continue;
    for (const role of config.groupRoles[group] ?? []) granted.add(role);
  }
  const roles = Role.options.filter((role) => granted.has(role));
  if (roles.length === 0) {
    throw refuse(
      "auth.sso_no_role",
      "None of your groups gives you access to Chorus. Ask your admin to add you to one.",
    );
  }
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : email;
  return { sub: String(claims.sub), email, name: name.slice(0, 100), roles };
}

/**
 * Finds the person among the organisation's staff by e-mail, creating them on first sign-in,
 * and makes their roles those their groups give today. An address that belongs to another
 * organisation is refused, never signed in here.
 */
export async function admit(db: Db, config: SsoConfig, who: Identity): Promise<Staff.Staff> {
  const existing = await Staff.findForSignIn(db, who.email);
  if (existing && existing.orgId !== config.orgId) {
    throw refuse("auth.sso_email_taken", "That e-mail address belongs to another organisation.");
  }
  if (existing && !existing.active) {
    throw inactive();
  }
  const id = existing?.id ?? staffIdFor(config.orgId, who.email);
  if (!existing) {
    await Staff.create(db, {
      id,
      orgId: config.orgId,
      email: who.email,
      name: who.name,
      roles: [],
    });
  }
  const before = existing?.roles ?? [];
  let item: unknown;
  try {
    ({ Attributes: item } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.staff(config.orgId, id),
        UpdateExpression: "SET #roles = :roles, ssoSubject = :sub, lastSignInAt = :now",
        // Deactivation may land between the read above and this write.
        ConditionExpression: "attribute_exists(pk) AND active <> :false",
        ExpressionAttributeNames: { "#roles": "roles" },
        ExpressionAttributeValues: {
          ":roles": who.roles,
          ":sub": who.sub,
          ":now": db.now().toISOString(),
          ":false": false,
        },
        ReturnValues: "ALL_NEW",
      }),
    ));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    throw inactive();
  }
  if (existing && before.join() !== who.roles.join()) {
    await Audit.record(db, {
      orgId: config.orgId,
      actor: { type: "system" },
      action: "staff.roles_changed",
      target: { type: "staff", id },
      detail: { from: before.join(","), to: who.roles.join(","), via: "oidc" },
    });
  }
  // Read back from the write itself: a separate read could be stale on DynamoDB.
  return Staff.toStaff(item, false);
}
