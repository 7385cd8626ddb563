import { Audit, Auth, RateLimit, Staff } from "@chorus/core";
import { LoginBody, SetPasswordBody } from "@chorus/core/staff/schema";
import { Hono } from "hono";
import { clearSessionCookie, requireRole, sessionToken, setSessionCookie } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** Sign-in attempts from one client, whatever the account. */
export const LOGIN_PER_CLIENT = { name: "login-client", limit: 30, windowSeconds: 900 };
/** Failed sign-ins for one e-mail (known or not, so a lock reveals nothing) before it locks. */
export const FAILURES_PER_ACCOUNT = { name: "login-failures", limit: 5, windowSeconds: 900 };

export const auth = new Hono<AppEnv>()
  .post("/auth/login", valid("json", LoginBody), async (c) => {
    const db = c.get("db");
    const { email, password } = c.req.valid("json");
    await RateLimit.consume(
      db,
      LOGIN_PER_CLIENT,
      c.get("clientIp"),
      "Too many sign-in attempts from here. Wait a few minutes and try again.",
    );
    if ((await RateLimit.peek(db, FAILURES_PER_ACCOUNT, email)) >= FAILURES_PER_ACCOUNT.limit) {
      throw RateLimit.tooMany(
        db,
        FAILURES_PER_ACCOUNT,
        "This account is locked for a few minutes after several failed sign-ins.",
      );
    }
    try {
      const session = await Auth.signIn(db, email, password);
      setSessionCookie(c, session.token, session.maxAgeSeconds);
      await Audit.record(db, {
        orgId: session.me.orgId,
        actor: { type: "staff", id: session.me.id, email: session.me.email },
        action: "auth.sign_in",
        detail: { method: "password" },
      });
      return c.json({ user: session.me });
    } catch (error) {
      await RateLimit.hit(db, FAILURES_PER_ACCOUNT, email);
      const staff = await Staff.findForSignIn(db, email);
      if (staff) {
        await Audit.record(db, {
          orgId: staff.orgId,
          actor: { type: "system" },
          action: "auth.sign_in_failed",
          target: { type: "staff", id: staff.id },
          detail: { method: "password" },
        });
      }
      throw error;
    }
  })
  .post("/auth/logout", async (c) => {
    await Auth.signOut(c.get("db"), sessionToken(c));
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .post("/auth/logout-everywhere", requireRole(), async (c) => {
    const me = c.get("me");
    await Staff.endAllSessions(c.get("db"), me.orgId, me.id);
    await Audit.record(c.get("db"), {
      orgId: me.orgId,
      actor: { type: "staff", id: me.id, email: me.email },
      action: "auth.signed_out_everywhere",
    });
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .post("/auth/set-password", valid("json", SetPasswordBody), async (c) => {
    const { token, password } = c.req.valid("json");
    const db = c.get("db");
    await RateLimit.consume(
      db,
      LOGIN_PER_CLIENT,
      c.get("clientIp"),
      "Too many attempts from here. Wait a few minutes and try again.",
    );
    const staff = await Staff.setPassword(db, token, password);
    return c.json({ ok: true, email: staff.email });
  })
  .get("/me", requireRole(), (c) => c.json({ user: c.get("me") }));
