import { randomUUID } from "node:crypto";
import type { Db } from "@chorus/core";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./context.js";
import { notFoundRoute, onError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { auth } from "./routes/auth.js";
import { child } from "./routes/child.js";
import { health } from "./routes/health.js";
import { reports } from "./routes/reports.js";

export interface AppConfig {
  db: Db;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/** The whole API as one Hono app; `lambda.ts` and `server.ts` are thin adapters around it. */
export function createApp(config: AppConfig) {
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("requestId", randomUUID());
      c.set("db", config.db);
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
    .route("/health", health)
    .route("/s", child)
    .route("/", auth)
    .route("/reports", reports)
    .get("/openapi.json", (c) => c.json(openApiDocument()));

  return new Hono<AppEnv>()
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
        referrerPolicy: "no-referrer",
      }),
    )
    .route("/api", api)
    .notFound(notFoundRoute)
    .onError(onError);
}

export type App = ReturnType<typeof createApp>;
