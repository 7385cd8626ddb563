import { Auth } from "@chorus/core";
import { LoginBody } from "@chorus/core/staff/schema";
import { Hono } from "hono";
import { clearSessionCookie, requireRole, sessionToken, setSessionCookie } from "../auth.js";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

export const auth = new Hono<AppEnv>()
  .post("/auth/login", valid("json", LoginBody), async (c) => {
    const { email, password } = c.req.valid("json");
    const session = await Auth.signIn(c.get("db"), email, password);
    setSessionCookie(c, session.token, session.maxAgeSeconds);
    return c.json({ user: session.me });
  })
  .post("/auth/logout", async (c) => {
    await Auth.signOut(c.get("db"), sessionToken(c));
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .get("/me", requireRole(), (c) => c.json({ user: c.get("me") }));
