/**
 * Single sign-on against a real OpenID Connect provider (`oidc-provider`) listening on loopback,
 * driven the way a browser would: Chorus → provider's login and consent forms → Chorus.
 */
import { generateKeyPairSync } from "node:crypto";
import { once } from "node:events";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { Audit, Org, Sso, Staff } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import type { SsoConfigBody } from "@chorus/core/sso/schema";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

const CALLBACK = "http://localhost/api/auth/sso/callback";
const CLIENT = { id: "chorus-test", secret: "not-a-real-secret-only-for-this-test" };
// Entra ID sends group object ids, not names.
const GROUP = {
  leaders: "6f1d2c1e-0a1b-4c2d-9e3f-1a2b3c4d5e6f",
  safeguarding: "0b7e9a44-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
  canteen: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
};
const ACCOUNTS: Record<string, Record<string, unknown>> = {
  lee: { email: "leader@demo.chorus.test", name: "Lee Leader", groups: [GROUP.leaders] },
  // Like Entra ID without the optional `email` claim: the address is the sign-in name.
  nia: {
    preferred_username: "Nia.New@demo.chorus.test",
    name: "Nia New",
    groups: [GROUP.leaders, GROUP.safeguarding, GROUP.canteen],
  },
  cook: { email: "cook@demo.chorus.test", name: "Cook", groups: [GROUP.canteen] },
  pat: { email: "pat@north.test", name: "Pat Elsewhere", groups: [GROUP.leaders] },
};

const provider = await startProvider();
const { app, db } = await seededApp();
afterAll(() => provider.close());

const config: SsoConfigBody = {
  issuer: provider.issuer,
  clientId: CLIENT.id,
  clientSecret: CLIENT.secret,
  emailDomains: ["demo.chorus.test"],
  groupRoles: { [GROUP.leaders]: ["leader"], [GROUP.safeguarding]: ["safeguarding", "leader"] },
  defaultRoles: [],
  enabled: true,
};

const sameSite = { "sec-fetch-site": "same-origin", "content-type": "application/json" };
async function asAdmin() {
  const login = await app.request("/api/auth/login", {
    method: "POST",
    headers: sameSite,
    body: JSON.stringify({ email: "admin@demo.chorus.test", password: Demo.PASSWORD }),
  });
  return { ...sameSite, cookie: cookie(login, "chorus_session") ?? "" };
}

describe("SSO configuration", () => {
  it("is for admins only, and never shows the client secret back", async () => {
    const leader = await app.request("/api/auth/login", {
      method: "POST",
      headers: sameSite,
      body: JSON.stringify({ email: "leader@demo.chorus.test", password: Demo.PASSWORD }),
    });
    const headers = { ...sameSite, cookie: cookie(leader, "chorus_session") ?? "" };
    const refused = await app.request("/api/auth/sso/config", {
      method: "PUT",
      headers,
      body: JSON.stringify(config),
    });
    expect(refused.status).toBe(403);

    const admin = await asAdmin();
    const bad = { ...config, issuer: "http://idp.example.org" };
    const invalid = await app.request("/api/auth/sso/config", {
      method: "PUT",
      headers: admin,
      body: JSON.stringify(bad),
    });
    expect(invalid.status).toBe(400);

    const put = await app.request("/api/auth/sso/config", {
      method: "PUT",
      headers: admin,
      body: JSON.stringify(config),
    });
    expect(put.status).toBe(200);
    const got = await app.request("/api/auth/sso/config", { headers: admin });
    const text = await got.text();
    expect(text).not.toContain(CLIENT.secret);
    expect(JSON.parse(text).config).toMatchObject({ hasSecret: true, defaultRoles: [] });
  });

  it("finds the organisation from an e-mail domain, without a session", async () => {
    const discover = (email: string) =>
      app.request("/api/auth/sso/discover", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email }),
      });
    expect(await (await discover("Someone@Demo.Chorus.Test")).json()).toEqual({
      sso: true,
      startUrl: `/api/auth/sso/start?org=${Demo.ORG_ID}`,
    });
    expect(await (await discover("someone@elsewhere.test")).json()).toEqual({ sso: false });
  });
});

describe("SSO sign-in", () => {
  // Idempotent, so these tests also stand alone when run by name.
  beforeAll(() => Sso.configure(db, Demo.ORG_ID, config));

  it("signs in with roles from the provider's groups, and cannot be replayed", async () => {
    const { callback, transaction } = await throughProvider("lee", Demo.ORG_ID, "/reports/x?y=1");
    const done = await finish(callback, transaction);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/reports/x?y=1");
    const session = cookie(done, "chorus_session");
    expect(session).toMatch(/^chorus_session=[\w-]{40,}$/);
    const me = await app.request("/api/me", { headers: { cookie: session! } });
    expect((await me.json()).user).toMatchObject({
      id: "stf_demo_leader",
      orgId: Demo.ORG_ID,
      roles: ["leader"],
    });

    const replay = await finish(callback, transaction);
    expect(replay.headers.get("location")).toBe("/reports?sso_error=auth.sso_no_transaction");
    expect(cookie(replay, "chorus_session")).toBeUndefined();

    const trail = await Audit.list(db, Demo.ORG_ID, { action: "auth.sign_in" });
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: "auth.sign_in",
        actor: { type: "staff", id: "stf_demo_leader", email: "leader@demo.chorus.test" },
        detail: expect.objectContaining({ method: "oidc" }),
      }),
    );
  });

  it("creates a newcomer on first sign-in from preferred_username, with the union of roles", async () => {
    const { callback, transaction } = await throughProvider("nia", Demo.ORG_ID);
    const done = await finish(callback, transaction);
    expect(done.headers.get("location")).toBe("/reports");
    const me = await app.request("/api/me", {
      headers: { cookie: cookie(done, "chorus_session")! },
    });
    expect((await me.json()).user).toMatchObject({
      email: "nia.new@demo.chorus.test",
      name: "Nia New",
      orgId: Demo.ORG_ID,
      roles: ["leader", "safeguarding"],
    });
  });

  it("refuses someone whose groups give no role, opens no session and audits it", async () => {
    const { callback, transaction } = await throughProvider("cook", Demo.ORG_ID);
    const done = await finish(callback, transaction);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/reports?sso_error=auth.sso_no_role");
    expect(cookie(done, "chorus_session")).toBeUndefined();
    const failures = await Audit.list(db, Demo.ORG_ID, { action: "auth.sign_in_failed" });
    expect(failures).toContainEqual(
      expect.objectContaining({
        detail: { method: "oidc", reason: "auth.sso_no_role", email: "cook@demo.chorus.test" },
      }),
    );
  });

  it("never signs another organisation's member of staff into this one", async () => {
    await Org.create(db, { id: "org_north", name: "North Council", minGroupSize: 5 });
    await Sso.configure(db, "org_north", {
      ...config,
      emailDomains: ["north.test"],
      defaultRoles: [],
    });
    // Pat already works for the demo council under an address in North's domain.
    await Staff.create(db, {
      id: "stf_demo_pat",
      orgId: Demo.ORG_ID,
      email: "pat@north.test",
      name: "Pat",
      roles: ["officer"],
    });
    for (const [login, code] of [
      ["pat", "auth.sso_email_taken"],
      ["lee", "auth.sso_email_domain"],
    ] as const) {
      const { callback, transaction } = await throughProvider(login, "org_north");
      const done = await finish(callback, transaction);
      expect(done.headers.get("location")).toBe(`/reports?sso_error=${code}`);
      expect(cookie(done, "chorus_session")).toBeUndefined();
    }
    expect((await Staff.get(db, Demo.ORG_ID, "stf_demo_pat"))?.roles).toEqual(["officer"]);
  });

  it("fails closed without the browser's transaction cookie, and refuses unsafe returnTo", async () => {
    const { callback } = await throughProvider("lee", Demo.ORG_ID);
    const done = await finish(callback, "");
    expect(done.headers.get("location")).toBe("/reports?sso_error=auth.sso_no_transaction");
    for (const returnTo of ["//evil.test/x", "https://evil.test", "/\\evil.test"]) {
      const start = await app.request(
        `/api/auth/sso/start?org=${Demo.ORG_ID}&returnTo=${encodeURIComponent(returnTo)}`,
      );
      expect(start.status).toBe(400);
    }
    const unknown = await app.request("/api/auth/sso/start?org=org_nowhere");
    expect(unknown.headers.get("location")).toBe("/reports?sso_error=sso.not_configured");
  });
});

/** Starts at Chorus and walks the provider's own login and consent pages like a browser. */
async function throughProvider(login: string, orgId: string, returnTo?: string) {
  const query = new URLSearchParams({ org: orgId, ...(returnTo ? { returnTo } : {}) });
  const start = await app.request(`/api/auth/sso/start?${query}`);
  expect(start.status).toBe(302);
  const transaction = cookie(start, "chorus_sso")!;
  expect(start.headers.get("set-cookie")).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);

  const jar = new Map<string, string>();
  let response = await browse(start.headers.get("location")!, jar);
  for (let step = 0; step < 12; step++) {
    const location = response.headers.get("location");
    if (location?.startsWith(CALLBACK)) return { callback: location, transaction };
    if (location) {
      response = await browse(new URL(location, response.url).href, jar);
      continue;
    }
    const html = await response.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page: ${html.slice(0, 300)}`);
    const form = new URLSearchParams({ prompt, login, password: "any" });
    response = await browse(new URL(action, response.url).href, jar, form);
  }
  throw new Error("the provider never redirected back to Chorus");
}

async function browse(url: string, jar: Map<string, string>, form?: URLSearchParams) {
  const response = await fetch(url, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
    body: form,
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return response;
}

function finish(callback: string, transaction: string) {
  return app.request(callback, { headers: transaction ? { cookie: transaction } : {} });
}

function cookie(response: Response, name: string) {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);
}

async function startProvider() {
  let handle: RequestListener = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [CALLBACK],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", use: "sig" }] },
    cookies: { keys: ["test-only-cookie-signing-key"] },
    claims: {
      openid: ["sub"],
      email: ["email"],
      profile: ["name", "preferred_username", "groups"],
    },
    // Entra ID puts these in the ID token itself; so does this provider.
    conformIdTokenClaims: false,
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) =>
      ACCOUNTS[id] ? { accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) } : undefined,
  });
  handle = oidc.callback();
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("claiming an e-mail domain", () => {
  const body = (emailDomains: string[]) => ({ ...config, emailDomains });

  it("refuses another council's domain, and discovery keeps sending its staff to their own sign-in", async () => {
    const outsider = await signedIn(app, "admin@other.chorus.test");
    const taken = await outsider("PUT", "/api/auth/sso/config", body(["demo.chorus.test"]));
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe("sso.domain_taken");
    const found = await client(app)("POST", "/api/auth/sso/discover", {
      email: "leader@demo.chorus.test",
    });
    // Whatever the demo council has set up for itself, never the other council's provider.
    expect(JSON.stringify(found.json)).not.toContain("org_other");
  });

  it("asks for the organisation's DNS record before claiming a real domain", async () => {
    const outsider = await signedIn(app, "admin@other.chorus.test");
    const { json } = await outsider("GET", "/api/auth/sso/config");
    expect(json.verificationRecord).toMatch(/^chorus-domain-verification=[0-9a-f]{32}$/);
    const unproven = await outsider("PUT", "/api/auth/sso/config", body(["council.gov.uk"]));
    expect(unproven.status).toBe(400);
    expect(unproven.json.error.code).toBe("sso.domain_unproven");
    expect(unproven.json.error.message).toContain(json.verificationRecord);
    expect((await outsider("GET", "/api/auth/sso/config")).json.config).toBeNull();
  });

  it("takes a domain whose TXT record matches, through the resolver it is given", async () => {
    const record = Sso.verificationRecord("org_other");
    const zone: Record<string, string[][]> = {
      "north.gov.uk": [["v=spf1 -all"], [record.slice(0, 20), record.slice(20)]],
      "south.gov.uk": [[Sso.verificationRecord(Demo.ORG_ID)]],
    };
    const proof = Sso.dnsProof(async (domain) => {
      if (!zone[domain]) throw Object.assign(new Error("no such domain"), { code: "ENOTFOUND" });
      return zone[domain];
    });
    expect(await proof("north.gov.uk", record)).toBe(true);
    // Another council's record proves nothing for this one; a missing domain proves nothing.
    expect(await proof("south.gov.uk", record)).toBe(false);
    expect(await proof("west.gov.uk", record)).toBe(false);
    const saved = await Sso.configure(db, "org_other", body(["north.gov.uk"]), proof);
    expect(saved.emailDomains).toEqual(["north.gov.uk"]);
    await expect(Sso.configure(db, "org_other", body(["south.gov.uk"]), proof)).rejects.toThrow(
      /DNS TXT record/,
    );
  });
});
