export * as Sso from "./index.js";

import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { Staff } from "../staff/index.js";
import { conflict, invalid } from "../util/error.js";
import { type DomainProof, verificationRecord } from "./proof.js";
import type { SsoConfigBody, SsoConfigView } from "./schema.js";
import { StoredSsoConfig, StoredSsoDomain } from "./stored.js";

export { begin, complete, TRANSACTION_MINUTES } from "./flow.js";

/** One organisation's OpenID Connect set-up, as stored (secret included: core use only). */
export type SsoConfig = StoredSsoConfig;

export async function get(db: Db, orgId: string): Promise<SsoConfig | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.ssoConfig(orgId), ConsistentRead: true }),
  );
  return Item ? readItem(StoredSsoConfig, Item, "SSO config") : undefined;
}

/** The configuration without its secret, for the admin screen. */
export function view(config: SsoConfig): SsoConfigView {
  const { orgId: _, clientSecret, ...rest } = config;
  return { ...rest, hasSecret: clientSecret.length > 0 };
}

export { type DomainProof, dnsProof, localProof, verificationRecord } from "./proof.js";

/**
 * Sets the organisation's configuration; sending the same body again changes nothing. Each
 * e-mail domain is claimed for this organisation alone, so discovery can never be pointed at
 * another council's provider. Without `clientSecret` the stored one is kept.
 */
/**
 * An admin changes their organisation's sign-in settings; the change is audited. Each e-mail
 * domain it adds must show the organisation's DNS record (`verificationRecord`), so no admin
 * can send another council's staff to their own provider by typing its domain.
 */
export async function update(
  db: Db,
  admin: Audit.Staff,
  body: SsoConfigBody,
  proof: DomainProof,
): Promise<SsoConfig> {
  const config = await configure(db, admin.orgId, body, proof);
  await Audit.byStaff(db, admin, "sso.configured", undefined, {
    issuer: config.issuer,
    enabled: config.enabled,
    emailDomains: config.emailDomains.join(","),
  });
  return config;
}

export async function configure(
  db: Db,
  orgId: string,
  body: SsoConfigBody,
  proof?: DomainProof,
): Promise<SsoConfig> {
  const existing = await get(db, orgId);
  const clientSecret = body.clientSecret ?? existing?.clientSecret;
  if (!clientSecret) {
    throw invalid("sso.secret_required", "Enter the client secret from the app registration.", {
      nested: { clientSecret: ["Required the first time."] },
    });
  }
  const emailDomains = [...new Set(body.emailDomains)];
  const before = new Set(existing?.emailDomains ?? []);
  const added = emailDomains.filter((domain) => !before.has(domain));
  if (proof) await checkProof(db, orgId, added, proof);
  await claimDomains(db, orgId, added);

  const config: SsoConfig = {
    orgId,
    issuer: body.issuer,
    clientId: body.clientId,
    clientSecret,
    emailDomains,
    groupRoles: body.groupRoles,
    defaultRoles: [...new Set(body.defaultRoles)],
    enabled: body.enabled,
    updatedAt: db.now().toISOString(),
  };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...Keys.ssoConfig(orgId), type: "ssoConfig", ...config },
    }),
  );
  const dropped = [...before].filter((domain) => !emailDomains.includes(domain));
  await Promise.all(dropped.map((domain) => releaseDomain(db, orgId, domain)));
  return config;
}

/** The organisation that signs in this address through its own provider, if any. */
export async function forEmail(db: Db, email: string): Promise<{ orgId: string } | undefined> {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  if (!domain) return undefined;
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.ssoDomain(domain) }),
  );
  if (!Item) return undefined;
  const claim = readItem(StoredSsoDomain, Item, "SSO domain");
  // A claim left behind by an interrupted change counts only while the config still lists it.
  const config = await get(db, claim.orgId);
  if (!config?.enabled || !config.emailDomains.includes(domain)) return undefined;
  // Someone who already has an account elsewhere keeps signing in there: discovery never moves
  // a person to another organisation's provider without a word.
  const account = await Staff.findForSignIn(db, email);
  if (account && account.orgId !== config.orgId) return undefined;
  return { orgId: config.orgId };
}

/** Refuses, before anything is written, the domains that do not show the organisation's record. */
async function checkProof(db: Db, orgId: string, domains: string[], proof: DomainProof) {
  const record = verificationRecord(orgId);
  const results = await Promise.all(
    domains.map(async (domain) => {
      const { Item } = await db.doc.send(
        new GetCommand({ TableName: db.table, Key: Keys.ssoDomain(domain), ConsistentRead: true }),
      );
      // Already this organisation's (an interrupted change): nothing more to prove.
      if (Item?.orgId === orgId) return undefined;
      return (await proof(domain, record)) ? undefined : domain;
    }),
  );
  const unproven = results.filter((domain): domain is string => domain !== undefined);
  if (unproven.length === 0) return;
  const message =
    `Show that ${unproven.join(", ")} ${unproven.length === 1 ? "is" : "are"} your council's: ` +
    `add a DNS TXT record "${record}" to ${unproven.length === 1 ? "it" : "each"}, wait for it ` +
    "to appear, then save again.";
  throw invalid("sso.domain_unproven", message, { nested: { emailDomains: [message] } });
}

/**
 * Claims one domain for an organisation without proof: for the demo data and tests only, where
 * the demo council's own domain is held before anyone else can type it.
 */
export const claimDomain = (db: Db, orgId: string, domain: string) =>
  claimDomains(db, orgId, [domain]);

// No transactions on dynalite: claims are written one by one, and undone if one is refused.
// Not `createOnce`: re-claiming a domain this organisation holds is a success whatever else
// changed, so the condition is on the owner, not on a fingerprint.
async function claimDomains(db: Db, orgId: string, domains: string[]) {
  const claimed: string[] = [];
  for (const domain of domains) {
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { ...Keys.ssoDomain(domain), type: "ssoDomain", orgId, domain },
          ConditionExpression: "attribute_not_exists(pk) OR orgId = :org",
          ExpressionAttributeValues: { ":org": orgId },
        }),
      );
      claimed.push(domain);
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      await Promise.all(claimed.map((d) => releaseDomain(db, orgId, d)));
      throw conflict(
        "sso.domain_taken",
        `Another organisation already signs in ${domain} addresses. Contact support to move it.`,
      );
    }
  }
}

async function releaseDomain(db: Db, orgId: string, domain: string) {
  await db.doc
    .send(
      new DeleteCommand({
        TableName: db.table,
        Key: Keys.ssoDomain(domain),
        ConditionExpression: "orgId = :org",
        ExpressionAttributeValues: { ":org": orgId },
      }),
    )
    .catch((error) => {
      if (!isConditionFailed(error)) throw error;
    });
}
