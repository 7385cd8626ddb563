import { randomUUID } from "node:crypto";
import { type Audio, type Db, Sso } from "@chorus/core";
import { log } from "@chorus/core/util/log";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./context.js";
import { boundedPath, notFoundRoute, onError } from "./errors.js";
import { actions } from "./routes/actions.js";
import { admin } from "./routes/admin.js";
import { RECORDING_UPLOAD } from "./routes/audio.js";
import { auth } from "./routes/auth.js";
import { child, invites } from "./routes/child.js";
import { rawExports, reportExports } from "./routes/exports.js";
import { health } from "./routes/health.js";
import { org, orgAdmin } from "./routes/org.js";
import { place } from "./routes/place.js";
import { reports } from "./routes/reports.js";
import { responses } from "./routes/responses.js";
import { safeguarding } from "./routes/safeguarding.js";
import { shared, shares } from "./routes/shares.js";
import { sso } from "./routes/sso.js";
import { surveys } from "./routes/surveys.js";
import { tabletSessions, tablets } from "./routes/tablet.js";
import { themes } from "./routes/themes.js";
import { reportWaves, waves } from "./routes/waves.js";
import { csrf, headers, hsts } from "./security.js";

export interface AppConfig {
  db: Db;
  /**
   * Where recorded audio is kept: an S3 bucket on Lambda, a folder under the data directory
   * locally. Without one, the recording routes answer that recordings are not set up.
   */
  audio?: Audio.AudioStore;
  /** Largest request body accepted, in bytes (an audio upload has its own, larger limit). */
  maxBodyBytes?: number;
  /**
   * Who is asking, for rate limits: the adapter knows (the socket on Node, the viewer address
   * CloudFront forwards on Lambda). Defaults to the first `X-Forwarded-For` entry.
   */
  clientIp?: (c: Context<AppEnv>) => string | undefined;
  /**
   * How an admin proves an e-mail domain is their council's before single sign-on takes its
   * staff: the domain's DNS TXT record by default; locally, reserved test names too.
   */
  domainProof?: Sso.DomainProof;
  /**
   * One JSON log line per request (method, route pattern, status, time, request id): on in AWS
   * and in tests; `pnpm start` turns it off so its console stays readable.
   */
  logRequests?: boolean;
}

const forwardedFor = (c: Context<AppEnv>) => c.req.header("x-forwarded-for")?.split(",")[0]?.trim();

/** The whole API as one Hono app; `lambda.ts` and `server.ts` are thin adapters around it. */
export function createApp(config: AppConfig) {
  const domainProof = config.domainProof ?? Sso.dnsProof();
  const logRequests = config.logRequests ?? true;
  const smallBodies = bodyLimit({
    maxSize: config.maxBodyBytes ?? 256 * 1024,
    onError: (c) =>
      c.json(
        { error: { code: "request.too_large", message: "The request body is too large." } },
        413,
      ),
  });
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      const started = performance.now();
      c.set("requestId", randomUUID());
      c.set("db", config.db);
      c.set("audio", config.audio);
      c.set("domainProof", domainProof);
      c.set("clientIp", (config.clientIp ?? forwardedFor)(c) || "unknown");
      await next();
      c.header("Cache-Control", c.res.headers.get("Cache-Control") ?? "no-store");
      if (logRequests) {
        log("info", "request", {
          requestId: c.get("requestId"),
          method: c.req.method,
          route: c.req.routePath,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        });
      }
    })
    .use((c, next) =>
      // A recording's upload is checked against its own limit by its route.
      c.req.method === "PUT" && RECORDING_UPLOAD.test(c.req.path) ? next() : smallBodies(c, next),
    )
    .use(csrf)
    .use(boundedPath)
    .route("/health", health)
    .route("/s", child)
    .route("/i", invites)
    .route("/t", tablets)
    .route("/tablet-sessions", tabletSessions)
    // Before the areas they sit in: each has its own roles, and answers before their checks run.
    .route("/surveys/waves", waves)
    .route("/reports/waves", reportWaves)
    .route("/surveys", themes)
    .route("/surveys", surveys)
    .route("/", auth)
    .route("/auth/sso", sso)
    // Before `/reports`, whose router admits leaders alone: officers may read and translate these.
    .route("/reports/actions", actions)
    .route("/reports", reports)
    .route("/reports", reportExports)
    .route("/reports/shares", shares)
    .route("/reports/place", place)
    .route("/share", shared)
    .route("/org", org)
    .route("/admin/org", orgAdmin)
    .route("/admin", rawExports)
    .route("/admin", admin)
    .route("/safeguarding", safeguarding)
    .route("/responses", responses)
    // Loaded on first request: the document and its JSON Schema converter are not worth parsing
    // on every Lambda cold start (see bench/lambda.ts).
    .get("/openapi.json", async (c) => {
      const { openApiDocument } = await import("./openapi.js");
      return c.json(openApiDocument());
    });

  return new Hono<AppEnv>()
    .use(headers())
    .use(hsts)
    .route("/api", api)
    .notFound(notFoundRoute)
    .onError(onError);
}

export type App = ReturnType<typeof createApp>;
