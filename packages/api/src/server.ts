import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { type AppConfig, createApp } from "./app.js";
import { compressStatic } from "./compress.js";
import { notFoundRoute } from "./errors.js";

export interface ServerConfig extends AppConfig {
  port: number;
  /** The built web app (`web/dist`); when set, it is served beside the API. */
  webDist?: string;
  hostname?: string;
}

/** The API on Node, plus the built web app on the same origin (so the session cookie just works). */
export function createNodeApp(config: ServerConfig) {
  // Locally the socket is the client: a forwarded-for header from it is not to be trusted.
  // Locally the console is for people: no line per request (see `logRequests`).
  const app = createApp({
    clientIp: (c) => getConnInfo(c).remote.address,
    logRequests: false,
    ...config,
  });
  const { webDist } = config;
  if (!webDist) return app;
  let indexHtml: Promise<string> | undefined;
  return app
    .use("*", async (c, next) => {
      await next();
      // Set once the file is served: serveStatic's own onFound runs after its response is built,
      // too late for a header to reach it.
      const caching = webCaching(c.req.path);
      if (caching && c.res.ok) c.header("Cache-Control", caching);
    })
    .use("*", compressStatic())
    .use("*", serveStatic({ root: webDist }))
    .get("*", async (c) => {
      if (c.req.path.startsWith("/api/")) return notFoundRoute(c);
      // Every other path belongs to the single-page app, which routes it in the browser.
      c.header("Cache-Control", "no-cache");
      indexHtml ??= readFile(join(webDist, "index.html"), "utf8");
      return c.html(await indexHtml);
    });
}

/** How long a browser may keep a file of the web app; the API sets its own. */
export function webCaching(path: string): string | undefined {
  if (path.startsWith("/api/")) return undefined;
  // Vite puts a content hash in every asset name, so an asset never changes.
  if (path.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  // The shell and the service worker (/sw.js) name every other file: a stale copy of either
  // would keep a tablet on an old build, so the browser must ask each time.
  return "no-cache";
}

export function startServer(config: ServerConfig) {
  const app = createNodeApp(config);
  const server = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.hostname ?? "127.0.0.1",
  });
  server.on("clientError", answerMalformed);
  return server;
}

/**
 * What Node refuses before the app sees a request (headers over its 16 KB limit, a request line
 * it cannot parse) gets the API's JSON error shape too, not a bare status line.
 */
export function answerMalformed(error: Error & { code?: string }, socket: Duplex) {
  if (!socket.writable || (error.code === "ECONNRESET" && !socket.readable)) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const [status, reason] = tooLarge
    ? [431, "Request Header Fields Too Large"]
    : [400, "Bad Request"];
  const body = JSON.stringify({
    error: tooLarge
      ? { code: "request.headers_too_large", message: "The request's headers are too large." }
      : { code: "request.malformed", message: "The request could not be read." },
  });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
