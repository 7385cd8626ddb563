import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { type AppConfig, createApp } from "./app.js";
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
  const app = createApp({ clientIp: (c) => getConnInfo(c).remote.address, ...config });
  const { webDist } = config;
  if (!webDist) return app;
  let indexHtml: Promise<string> | undefined;
  return app
    .use(
      "/assets/*",
      serveStatic({
        root: webDist,
        // Vite puts a content hash in every asset name, so an asset never changes.
        onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable"),
      }),
    )
    .use("*", serveStatic({ root: webDist }))
    .get("*", async (c) => {
      if (c.req.path.startsWith("/api/")) return notFoundRoute(c);
      // Every other path belongs to the single-page app, which routes it in the browser.
      c.header("Cache-Control", "no-cache");
      indexHtml ??= readFile(join(webDist, "index.html"), "utf8");
      return c.html(await indexHtml);
    });
}

export function startServer(config: ServerConfig) {
  const app = createNodeApp(config);
  return serve({ fetch: app.fetch, port: config.port, hostname: config.hostname ?? "127.0.0.1" });
}
