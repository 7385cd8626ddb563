import { ChorusError } from "@chorus/core";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { type AppEnv, SESSION_COOKIE } from "./context.js";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const isLocalHost = (c: Context) => LOCAL_HOSTS.has(new URL(c.req.url).hostname);

/** Response headers for every answer, API and web app alike. No inline script anywhere. */
export const headers = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      // Recordings play from blobs the child's screen made of files it already fetched.
      mediaSrc: ["'self'", "blob:"],
      connectSrc: ["'self'"],
      // The offline service worker is /sw.js on this origin, and nothing else may run as one.
      workerSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    // Set below, only where the site is served over HTTPS (never for localhost).
    strictTransportSecurity: false,
  });

export const hsts = createMiddleware(async (c, next) => {
  await next();
  if (!isLocalHost(c)) {
    c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
});

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery defence for cookie-authenticated changes, on top of SameSite=Lax:
 * a browser says where a request comes from (`Sec-Fetch-Site`, or at least `Origin`), and a
 * change is refused unless it comes from this site. Requests without a session cookie carry no
 * ambient authority, so tools and tablets that send none are unaffected; sign-in is checked
 * too, so nobody can be signed into someone else's account from another site.
 */
export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const hasSession = (c.req.header("cookie") ?? "").includes(`${SESSION_COOKIE}=`);
    const sameSite = fetchSite
      ? fetchSite === "same-origin" || fetchSite === "none"
      : origin
        ? origin === new URL(c.req.url).origin
        : !hasSession;
    if (!sameSite) {
      throw new ChorusError(
        "forbidden",
        "request.cross_site",
        "This change must come from the Chorus site itself.",
      );
    }
  }
  await next();
});
