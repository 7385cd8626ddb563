import { randomUUID } from "node:crypto";
import { type Db, Sso } from "@chorus/core";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./context.js";
import { boundedPath, notFoundRoute, onError } from "./errors.js";
import { actions } from "./routes/actions.js";
import { admin } from "./routes/admin.js";
import { auth } from "./routes/auth.js";
import { child, invites } from "./routes/child.js";
import { health } from "./routes/health.js";
import { reports } from "./routes/reports.js";
import { safeguarding } from "./routes/safeguarding.js";
import { sso } from "./routes/sso.js";
import { surveys } from "./routes/surveys.js";
import { tabletSessions, tablets } from "./routes/tablet.js";
import { csrf, headers, hsts } from "./security.js";

export interface AppConfig {
  db: Db;
  /** Largest request body accepted, in bytes. */
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
}

const forwardedFor = (c: Context<AppEnv>) => c.req.header("x-forwarded-for")?.split(",")[0]?.trim();

/** The whole API as one Hono app; `lambda.ts` and `server.ts` are thin adapters around it. */
export function createApp(config: AppConfig) {
  const domainProof = config.domainProof ?? Sso.dnsProof();
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("requestId", randomUUID());
      c.set("db", config.db);
      c.set("domainProof", domainProof);
      c.set("clientIp", (config.clientIp ?? forwardedFor)(c) || "unknown");
      await next();
      c.header("Cache-Control", c.res.headers.get("Cache-Control") ?? "no-store");
    })
    .use(
      bodyLimit({
        maxSize: config.maxBodyBytes ?? 256 * 1024,
        onError: (c) =>
          c.json(
            { error: { code: "request.too_large", message: "The request body is too large." } },
            413,
          ),
      }),
    )
    .use(csrf)
    .use(boundedPath)
    .route("/health", health)
    .route("/s", child)
    .route("/i", invites)
    .route("/t", tablets)
    .route("/tablet-sessions", tabletSessions)
    .route("/surveys", surveys)
    .route("/", auth)
    .route("/auth/sso", sso)
    // Before `/reports`, whose router admits leaders alone: officers may read and translate these.
    .route("/reports/actions", actions)
    .route("/reports", reports)
    .route("/admin", admin)
    .route("/safeguarding", safeguarding)
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
