import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeApp } from "./server.js";
import { seededApp } from "./testing.js";

// A stand-in for web/dist: the server's job is to serve whatever the build wrote, with the right
// caching, so a real build is not needed here.
const webDist = await mkdtemp(join(tmpdir(), "chorus-dist-"));
await mkdir(join(webDist, "assets"));
await writeFile(join(webDist, "index.html"), "<!doctype html><title>Chorus</title>");
await writeFile(join(webDist, "sw.js"), "self.addEventListener('fetch', () => {});");
await writeFile(join(webDist, "assets", "index-abc123.js"), "console.log(1);");
afterAll(() => rm(webDist, { recursive: true, force: true }));

const { db } = await seededApp();
const app = createNodeApp({ db, port: 0, webDist });
// What @hono/node-server hands the app about the socket, read for rate limits.
const socket = { incoming: { socket: { remoteAddress: "127.0.0.1", remoteFamily: "IPv4" } } };
const get = (path: string) => app.request(`http://localhost${path}`, {}, socket);

describe("serving the web app", () => {
  it("serves the service worker at the root, never cached without asking again", async () => {
    const response = await get("/sw.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("addEventListener");
  });

  it("serves the shell with no-cache at every route and as /index.html", async () => {
    for (const path of ["/", "/index.html", "/s/DEMO811", "/studio"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("no-cache");
      expect(await response.text(), path).toContain("<title>Chorus</title>");
    }
  });

  it("keeps hashed assets cached for a year", async () => {
    const response = await get("/assets/index-abc123.js");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("lets only this origin's scripts run as a worker", async () => {
    const csp = (await get("/sw.js")).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  it("still answers unknown API paths with JSON, not the shell", async () => {
    const response = await get("/api/nope");
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBeTypeOf("string");
  });
});
