import { afterAll, describe, expect, it } from "vitest";
import { Audit } from "../audit/index.js";
import { createDb } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { epochSeconds, newSecret, putSecret } from "../db/secret.js";
import { Sso } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "sso-flow");
let now = Date.UTC(2026, 10, 30, 9);
const db = createDb({ table: "sso-flow", endpoint: dynamo.endpoint, now: () => new Date(now) });
const callbackUrl = new URL("http://localhost/api/auth/sso/callback?code=c&state=s");

/** A sign-in in flight, as `begin` leaves it, without a provider to begin it with. */
async function started(orgId: string) {
  const { token, hash } = newSecret();
  await putSecret(db, {
    ...Keys.ssoTransaction(hash),
    type: "ssoTransaction",
    orgId,
    state: "s",
    nonce: "n",
    codeVerifier: "v",
    redirectUri: "http://localhost/api/auth/sso/callback",
    returnTo: "/reports",
    expiresAt: epochSeconds(now + Sso.TRANSACTION_MINUTES * 60_000),
  });
  return token;
}

describe("a sign-in that comes back too late, on dynalite", () => {
  it("is refused, audited at its organisation once, and cannot be replayed", async () => {
    const transaction = await started("org_late");
    now += Sso.TRANSACTION_MINUTES * 60_000;
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(Sso.complete(db, { transaction, callbackUrl })).rejects.toMatchObject({
        kind: "unauthenticated",
        code: "auth.sso_no_transaction",
      });
    }
    const failures = await Audit.list(db, "org_late", { action: "auth.sign_in_failed" });
    expect(failures.map((entry) => entry.detail)).toEqual([
      { method: "oidc", reason: "auth.sso_no_transaction" },
    ]);
  });
});
