/**
 * Property tests: malformed, oversized and hostile requests at every route. Whatever arrives,
 * the answer is never a 5xx, and a refused request leaves the data as it was.
 */
import { MAX_AUDIO_BYTES } from "@chorus/core/audio/schema";
import { scanAll } from "@chorus/core/db/query";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededApp, signedIn } from "./testing.js";

const { app, db } = await seededApp();
const session = await signedIn(app, "all@other.chorus.test");

const routes = [
  ...new Map(
    app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => [`${route.method} ${route.path}`, route] as const),
  ).values(),
];

/**
 * Everything stored, minus the security bookkeeping that a refused request is meant to leave
 * (rate-limit counters and their day's key, the audit trail of failed sign-ins), as one comparable string.
 */
async function snapshot(): Promise<string> {
  const items: string[] = [];
  for await (const item of scanAll(db)) {
    if (["rateLimit", "limitKey", "audit", "session"].includes(String(item.type))) continue;
    items.push(JSON.stringify(item, Object.keys(item).sort()));
  }
  return items.sort().join("\n");
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "../../etc/passwd",
    "%00",
    "<script>alert(1)</script>",
    "' OR '1'='1",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile input on purpose
    "${jndi:ldap://x}",
    "\u202e\u0000\uffff",
    "🙂".repeat(20),
    "a".repeat(300),
  ),
);
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(hostileText, fc.jsonValue({ maxDepth: 2 })),
);
const rawBody = fc.oneof(
  jsonValue.map((value) => JSON.stringify(value)),
  hostileText,
  fc.constantFrom("{", "[1,2", '{"id":', "null", '{"__proto__":{"admin":true}}'),
);

function fillPath(path: string, values: string[]) {
  let index = 0;
  return path.replace(/:[a-zA-Z]+/g, () => encodeURIComponent(values[index++] ?? "x"));
}

async function send(
  method: string,
  path: string,
  body: string | undefined,
  headers: Record<string, string>,
) {
  const response = await app.request(path, {
    method,
    headers,
    body: method === "GET" ? undefined : body,
  });
  await response.arrayBuffer();
  return response;
}

describe("hostile requests", () => {
  it("never get a 5xx and never change data when refused, at every route", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(hostileText, { minLength: 2, maxLength: 2 }),
        rawBody,
        fc.boolean(),
        fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""),
        hostileText,
        async (route, params, body, sessionWanted, contentType, junkHeader) => {
          // Signing out with the shared session would leave the rest of the run signed out.
          const withSession = sessionWanted && !route.path.startsWith("/api/auth/logout");
          const before = await snapshot();
          const headers: Record<string, string> = {
            "sec-fetch-site": "same-origin",
            "x-forwarded-for": "192.0.2.1",
            "x-junk": junkHeader.replace(/[^\x20-\x7e]/g, ""),
            cookie: withSession ? "" : `chorus_session=${encodeURIComponent(junkHeader)}`,
          };
          if (contentType) headers["content-type"] = contentType;
          if (withSession) delete headers.cookie;
          const request = withSession
            ? await session(
                route.method,
                fillPath(route.path, params),
                route.method === "GET" ? undefined : body,
                headers,
              )
            : await send(route.method, fillPath(route.path, params), body, headers);
          expect(request.status).toBeLessThan(500);
          if (request.status >= 400) expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 250 },
    );
  });

  it("never get a 5xx for hostile paths under /api", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (segments) => {
        const path = `/api/${segments.map(encodeURIComponent).join("/")}`;
        const response = await send("GET", path, undefined, { "x-forwarded-for": "192.0.2.2" });
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get("content-type")).toMatch(/json/);
      }),
      { numRuns: 150 },
    );
  });

  it("answer 413 to a body over the limit at every route that takes one, changing nothing", async () => {
    const before = await snapshot();
    // Signed in afresh: a property above may have signed the shared session out, and the upload
    // route, with its own limit, is reached only by a session that is signed in.
    const session = await signedIn(app, "all@other.chorus.test");
    const huge = JSON.stringify({ padding: "x".repeat(300 * 1024) });
    // A recording's upload has its own, larger limit: over it, the answer is the same 413.
    const hugeRecording = "x".repeat(MAX_AUDIO_BYTES + 1);
    for (const route of routes.filter((r) => ["POST", "PUT", "PATCH"].includes(r.method))) {
      const upload = route.path.includes("/audio/");
      const path = upload
        ? "/api/surveys/srv_demo_allages/audio/q.hello.prompt/ur"
        : fillPath(route.path, ["DEMO811", "x"]);
      const response = await session(route.method, path, upload ? hugeRecording : huge);
      expect(response.status, `${route.method} ${route.path}`).toBe(413);
      expect(response.json.error.code).toBe(upload ? "audio.too_large" : "request.too_large");
    }
    expect(await snapshot()).toBe(before);
  });
});

const admin = await signedIn(app, "admin@other.chorus.test");

describe("inputs an outside test found answered with a 500", () => {
  it("refuse a path id longer than any id with a 404, at every route with one, changing nothing", async () => {
    // Its own session: the hostile runs above may have signed the shared one out.
    const session = await signedIn(app, "all@other.chorus.test");
    const before = await snapshot();
    const long = "a".repeat(5000);
    for (const route of routes.filter((r) => r.path.includes("/:"))) {
      const path = fillPath(route.path, [long, long]);
      const response = await session(route.method, path, route.method === "GET" ? undefined : {});
      expect(response.status, `${route.method} ${route.path}`).toBe(404);
      expect(response.json.error.code, `${route.method} ${route.path}`).toBe("request.not_found");
    }
    // One just inside the bound still reaches the route, which finds nothing by that id.
    const inside = await session("GET", `/api/surveys/${"a".repeat(200)}`);
    expect(inside.status).toBe(404);
    expect(inside.json.error.code).not.toBe("request.not_found");
    expect(await snapshot()).toBe(before);
  });

  it("refuse an SSO issuer that is not a URL with a 400 naming the field", async () => {
    for (const issuer of ["", "x", "not a url", "https://"]) {
      const response = await admin("PUT", "/api/auth/sso/config", {
        issuer,
        clientId: "chorus",
        clientSecret: "secret",
        emailDomains: ["other.chorus.test"],
        groupRoles: {},
        enabled: true,
      });
      expect(response.status, issuer).toBe(400);
      expect(JSON.stringify(response.json.error.issues), issuer).toContain("issuer");
    }
  });
});
