/** The OpenID Connect authorization code flow (PKCE, state, nonce) against an org's provider. */
import { randomBytes } from "node:crypto";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as oidc from "openid-client";
import { Audit } from "../audit/index.js";
import { Auth } from "../auth/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ChorusError } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import { addressOf, admit, identify, refuse } from "./account.js";
import { get, type SsoConfig } from "./index.js";
import { isLoopbackHttp } from "./schema.js";

export const TRANSACTION_MINUTES = 10;

const failed = (code: string, message: string) => new ChorusError("unauthenticated", code, message);
const notConfigured = () =>
  new ChorusError("not_found", "sso.not_configured", "Single sign-on is not set up here.");

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

  const transaction = randomBytes(32).toString("base64url");
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const expires = db.now().getTime() + TRANSACTION_MINUTES * 60_000;
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.ssoTransaction(sha256(transaction)),
        type: "ssoTransaction",
        orgId: config.orgId,
        state,
        nonce,
        codeVerifier,
        redirectUri: input.redirectUri,
        returnTo: input.returnTo,
        expiresAt: Math.ceil(expires / 1000),
      },
    }),
  );
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
  const tx = input.transaction ? await consume(db, input.transaction) : undefined;
  if (!tx || tx.expiresAt * 1000 < db.now().getTime()) {
    if (tx) await auditFailure(db, tx.orgId, "auth.sso_no_transaction");
    throw failed("auth.sso_no_transaction", "That sign-in has expired. Please start again.");
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

async function consume(db: Db, transaction: string) {
  if (transaction.length > 100) return undefined;
  const { Attributes } = await db.doc.send(
    new DeleteCommand({
      TableName: db.table,
      Key: Keys.ssoTransaction(sha256(transaction)),
      ReturnValues: "ALL_OLD",
    }),
  );
  return Attributes as
    | {
        orgId: string;
        state: string;
        nonce: string;
        codeVerifier: string;
        redirectUri: string;
        returnTo: string;
        expiresAt: number;
      }
    | undefined;
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
