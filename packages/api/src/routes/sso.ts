import { ChorusError, Sso } from "@chorus/core";
import { DiscoverBody, LOOPBACK_HOSTS, SsoConfigBody, StartQuery } from "@chorus/core/sso/schema";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { requireRole, setSessionCookie } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** Links the browser that started a sign-in to its server-side transaction. */
export const SSO_COOKIE = "chorus_sso";
const COOKIE_PATH = "/api/auth/sso";

const callbackUrl = (c: Context<AppEnv>) => `${new URL(c.req.url).origin}${COOKIE_PATH}/callback`;

/**
 * The browser arrives here by navigation, not fetch, so a failure is a redirect to a page that
 * can explain it (`?sso_error=<code>`), never a JSON error or a 5xx.
 */
function failure(c: Context<AppEnv>, error: unknown) {
  const code = error instanceof ChorusError ? error.code : "auth.sso_failed";
  if (!(error instanceof ChorusError)) console.error(`[${c.get("requestId")}] sso`, error);
  return c.redirect(`/reports?sso_error=${encodeURIComponent(code)}`, 302);
}

/** OpenID Connect sign-in with each organisation's own identity provider. */
export const sso = new Hono<AppEnv>()
  .post("/discover", valid("json", DiscoverBody), async (c) => {
    const found = await Sso.forEmail(c.get("db"), c.req.valid("json").email);
    if (!found) return c.json({ sso: false });
    const startUrl = `${COOKIE_PATH}/start?${new URLSearchParams({ org: found.orgId })}`;
    return c.json({ sso: true, startUrl });
  })
  .get("/start", valid("query", StartQuery), async (c) => {
    const db = c.get("db");
    const { org, returnTo } = c.req.valid("query");
    try {
      const started = await Sso.begin(db, { orgId: org, redirectUri: callbackUrl(c), returnTo });
      setCookie(c, SSO_COOKIE, started.transaction, {
        httpOnly: true,
        // Lax, not Strict: the provider's redirect back is a cross-site top-level navigation.
        sameSite: "Lax",
        // Browsers refuse Secure cookies over plain http, which is what localhost uses.
        secure: !LOOPBACK_HOSTS.includes(new URL(c.req.url).hostname),
        path: COOKIE_PATH,
        maxAge: started.maxAgeSeconds,
      });
      return c.redirect(started.url, 302);
    } catch (error) {
      return failure(c, error);
    }
  })
  .get("/callback", async (c) => {
    const transaction = getCookie(c, SSO_COOKIE) ?? "";
    deleteCookie(c, SSO_COOKIE, { path: COOKIE_PATH });
    try {
      const { session, returnTo } = await Sso.complete(c.get("db"), {
        transaction,
        callbackUrl: new URL(c.req.url),
      });
      setSessionCookie(c, session.token, session.maxAgeSeconds);
      return c.redirect(returnTo, 302);
    } catch (error) {
      return failure(c, error);
    }
  })
  .get("/config", requireRole("admin"), async (c) => {
    const { orgId } = c.get("me");
    const config = await Sso.get(c.get("db"), orgId);
    return c.json({
      config: config ? Sso.view(config) : null,
      verificationRecord: Sso.verificationRecord(orgId),
    });
  })
  .put("/config", requireRole("admin"), valid("json", SsoConfigBody), async (c) => {
    const body = c.req.valid("json");
    const config = await Sso.update(c.get("db"), c.get("me"), body, c.get("domainProof"));
    return c.json({ config: Sso.view(config) });
  });
