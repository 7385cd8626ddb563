/** The OpenID Connect authorization code flow (PKCE, state, nonce) against an org's provider. */
import * as oidc from "openid-client";
import { Audit } from "../audit/index.js";
import { Auth } from "../auth/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import {
  epochSeconds,
  isTokenShaped,
  newSecret,
  putSecret,
  secretHash,
  takeSecretRecord,
} from "../db/secret.js";
import { ChorusError } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import { addressOf, admit, identify } from "./account.js";
import { failed, noTransaction, notConfigured, refuse } from "./errors.js";
import { get, type SsoConfig } from "./index.js";
import { isLoopbackHttp } from "./schema.js";
import { StoredSsoTransaction } from "./stored.js";

export const TRANSACTION_MINUTES = 10;

/**
 * Starts a sign-in: remembers the checks for the callback server-side and gives the provider's
 * URL, plus the random value the browser must bring back in a cookie (the only link between
 * the two requests, so another browser cannot finish this sign-in).
 */
export async function begin(
  db: Db,
  input: { orgId: string; redirectUri: string; returnTo: string },
) {
  const config = await get(db, input.orgId);
  if (!config?.enabled) throw notConfigured();
  const client = await unavailableOnError(clientFor(config));

  const { token: transaction, hash } = newSecret();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await putSecret(db, {
    ...Keys.ssoTransaction(hash),
    type: "ssoTransaction",
    orgId: config.orgId,
    state,
    nonce,
    codeVerifier,
    redirectUri: input.redirectUri,
    returnTo: input.returnTo,
    expiresAt: epochSeconds(db.now().getTime() + TRANSACTION_MINUTES * 60_000),
  });
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: input.redirectUri,
    scope: "openid profile email",
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { url: url.href, transaction, maxAgeSeconds: TRANSACTION_MINUTES * 60 };
}

/**
 * Finishes a sign-in from the provider's redirect: validates it, admits the member of staff and
 * opens a session. Every outcome with a known organisation is written to its audit log. The
 * transaction is deleted before anything else, so a replayed callback finds nothing.
 */
export async function complete(db: Db, input: { transaction: string; callbackUrl: URL }) {
  const taken = await consume(db, input.transaction);
  const tx = taken?.transaction;
  if (!tx || taken.expired) {
    // One that came back too late is still a failed sign-in at its organisation.
    if (tx) await auditFailure(db, tx.orgId, "auth.sso_no_transaction");
    throw noTransaction();
  }
  let email: string | undefined;
  try {
    const config = await get(db, tx.orgId);
    if (!config?.enabled) throw notConfigured();
    const client = await unavailableOnError(clientFor(config));
    // The provider was sent this exact redirect URI; the token request must repeat it.
    const currentUrl = new URL(tx.redirectUri);
    currentUrl.search = input.callbackUrl.search;
    const tokens = await rejectedOnError(
      oidc.authorizationCodeGrant(client, currentUrl, {
        pkceCodeVerifier: tx.codeVerifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      }),
    );
    let claims: Record<string, unknown> = { ...tokens.claims() };
    // Providers that keep the ID token small put these in userinfo instead. It only adds to a
    // token already validated, so when it fails the token's own claims decide.
    if ((!claims.groups || !claims.email) && client.serverMetadata().userinfo_endpoint) {
      const info = await oidc
        .fetchUserInfo(client, tokens.access_token, String(claims.sub))
        .catch((error: Error) => console.warn("sso: userinfo failed", error.message));
      if (info) claims = { ...info, ...claims, groups: claims.groups ?? info.groups };
    }
    email = addressOf(claims);
    const who = identify(config, claims);
    const staff = await admit(db, config, who);
    const session = await Auth.startSession(db, staff, "oidc");
    await Audit.record(db, {
      orgId: staff.orgId,
      actor: { type: "staff", id: staff.id, email: staff.email },
      action: "auth.sign_in",
      target: { type: "staff", id: staff.id },
      detail: { method: "oidc", issuer: config.issuer, roles: staff.roles.join(",") },
    });
    return { session, returnTo: tx.returnTo };
  } catch (error) {
    const code = error instanceof ChorusError ? error.code : "auth.sso_failed";
    await auditFailure(db, tx.orgId, code, email);
    throw error;
  }
}

/** Takes the transaction behind the cookie's value, so a replayed callback finds nothing. */
async function consume(db: Db, value: string) {
  if (!isTokenShaped(value)) return undefined;
  const taken = await takeSecretRecord(db, Keys.ssoTransaction(secretHash(value)));
  if (!taken) return undefined;
  const transaction = readItem(StoredSsoTransaction, taken.item, "SSO transaction");
  return { transaction, expired: taken.expired };
}

function auditFailure(db: Db, orgId: string, reason: string, email?: string) {
  return Audit.record(db, {
    orgId,
    // Until the provider has vouched for someone, nobody is known to have acted.
    actor: { type: "system" },
    action: "auth.sign_in_failed",
    detail: { method: "oidc", reason, ...(email ? { email } : {}) },
  });
}

async function unavailableOnError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    console.warn("sso: provider unreachable", (error as Error).message);
    throw failed("auth.sso_unavailable", "Your organisation's sign-in service did not answer.");
  }
}

/** Errors from the provider or from validating its answer: a refused sign-in, not a crash. */
async function rejectedOnError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ChorusError) throw error;
    const { code, error: idpError } = error as { code?: string; error?: string };
    console.warn("sso: sign-in rejected", idpError ?? code, (error as Error).message);
    if (idpError === "access_denied") {
      throw refuse("auth.sso_cancelled", "Sign-in was cancelled at your identity provider.");
    }
    throw failed("auth.sso_failed", "Your identity provider's answer could not be accepted.");
  }
}

// Discovery costs a round trip, and the Configuration also caches the provider's signing keys,
// so one is kept per provider and client while the process (or Lambda container) lives.
const clients = new Map<string, { client: Promise<oidc.Configuration>; at: number }>();
const CLIENT_TTL_MS = 3600_000;

function clientFor(config: SsoConfig): Promise<oidc.Configuration> {
  const key = sha256(`${config.issuer}\n${config.clientId}\n${config.clientSecret}`);
  const cached = clients.get(key);
  if (cached && Date.now() - cached.at < CLIENT_TTL_MS) return cached.client;
  const issuer = new URL(config.issuer);
  const client = oidc.discovery(
    issuer,
    config.clientId,
    undefined,
    oidc.ClientSecretPost(config.clientSecret),
    // openid-client refuses plain http; the schema lets it through only for loopback hosts.
    { timeout: 10, execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [] },
  );
  if (clients.size >= 100) clients.delete(clients.keys().next().value!);
  clients.set(key, { client, at: Date.now() });
  client.catch(() => clients.delete(key));
  return client;
}
