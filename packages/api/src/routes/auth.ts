import { Auth, RateLimit, Staff } from "@chorus/core";
import { LoginBody, SetPasswordBody } from "@chorus/core/staff/schema";
import { Hono } from "hono";
import { clearSessionCookie, requireRole, sessionToken, setSessionCookie } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

export const auth = new Hono<AppEnv>()
  .post("/auth/login", valid("json", LoginBody), async (c) => {
    const session = await Auth.signIn(c.get("db"), {
      ...c.req.valid("json"),
      client: c.get("clientIp"),
    });
    setSessionCookie(c, session.token, session.maxAgeSeconds);
    return c.json({ user: session.me });
  })
  .post("/auth/logout", async (c) => {
    await Auth.signOut(c.get("db"), sessionToken(c));
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .post("/auth/logout-everywhere", requireRole(), async (c) => {
    await Staff.endAllSessions(c.get("db"), c.get("me"));
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .post("/auth/set-password", valid("json", SetPasswordBody), async (c) => {
    const { token, password } = c.req.valid("json");
    const db = c.get("db");
    await RateLimit.consume(
      db,
      Auth.LOGIN_PER_CLIENT,
      c.get("clientIp"),
      "Too many attempts from here. Wait a few minutes and try again.",
    );
    const staff = await Staff.setPassword(db, token, password);
    return c.json({ ok: true, email: staff.email });
  })
  .get("/me", requireRole(), (c) => c.json({ user: c.get("me") }));
