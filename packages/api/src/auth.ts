import { Auth, ChorusError } from "@chorus/core";
import type { Role } from "@chorus/core/staff/schema";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { type AppEnv, SESSION_COOKIE } from "./context.js";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function setSessionCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    // Browsers refuse Secure cookies over plain http, which is what localhost uses.
    secure: !LOCAL_HOSTS.has(new URL(c.req.url).hostname),
    path: "/",
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

export function sessionToken(c: Context<AppEnv>): string {
  return getCookie(c, SESSION_COOKIE) ?? "";
}

/**
 * Lets the request through only for a signed-in member of staff holding one of `roles`
 * (any role when none are named), and puts them in the context as `me`.
 */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const me = await Auth.resume(c.get("db"), sessionToken(c));
    if (!me) {
      throw new ChorusError("unauthenticated", "auth.required", "Please sign in to continue.");
    }
    if (roles.length > 0 && !roles.some((role) => me.roles.includes(role))) {
      throw new ChorusError(
        "forbidden",
        "auth.forbidden",
        `This needs the ${roles.join(" or ")} role. Ask an admin in your organisation for it.`,
      );
    }
    c.set("me", me);
    await next();
  });
}
