import { ChorusError, type ErrorKind } from "@chorus/core";
import { errorFields, log } from "@chorus/core/util/log";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./context.js";

const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  closed: 410,
  too_large: 413,
  rate_limited: 429,
};

/** The one place an error becomes a response: always JSON, never a stack trace. */
export function onError(error: Error, c: Context<AppEnv>) {
  if (error instanceof ChorusError) {
    const retry = (error.issues as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (error.kind === "rate_limited" && retry) c.header("Retry-After", String(retry));
    const body = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      },
    };
    return c.json(body, STATUS[error.kind]);
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own 4xx, such as a JSON body that does not parse.
    const code = error.status === 400 ? "request.malformed" : `http.${error.status}`;
    return c.json({ error: { code, message: error.message || "Bad request." } }, error.status);
  }
  log("error", "request.failed", {
    requestId: c.get("requestId"),
    method: c.req.method,
    route: c.req.routePath,
    ...errorFields(error),
  });
  return c.json(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side. Nothing was saved; please try again.",
        requestId: c.get("requestId"),
      },
    },
    500,
  );
}

export function notFoundRoute(c: Context) {
  return c.json(
    { error: { code: "route.not_found", message: "There is no such API route." } },
    404,
  );
}

/** Longer than any id, code or token Chorus makes, and well inside DynamoDB's key limits. */
export const MAX_PATH_SEGMENT_BYTES = 200;

/**
 * Refuses a path with a part longer than any id could be, before a route reads it: such a part
 * names nothing, and as part of a DynamoDB key it would be refused by the store (a 500).
 */
export async function boundedPath(c: Context, next: () => Promise<void>) {
  const tooLong = c.req.path
    .split("/")
    .some((part) => Buffer.byteLength(part) > MAX_PATH_SEGMENT_BYTES);
  if (!tooLong) return next();
  return c.json(
    {
      error: {
        code: "request.not_found",
        message: `Nothing here has an id that long (at most ${MAX_PATH_SEGMENT_BYTES} characters).`,
      },
    },
    404,
  );
}
