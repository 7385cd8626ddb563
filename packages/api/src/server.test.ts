import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeApp, startServer } from "./server.js";
import { seededApp } from "./testing.js";

// A stand-in for web/dist: the server's job is to serve whatever the build wrote, with the right
// caching, so a real build is not needed here.
const webDist = await mkdtemp(join(tmpdir(), "chorus-dist-"));
await mkdir(join(webDist, "assets"));
await writeFile(join(webDist, "index.html"), "<!doctype html><title>Chorus</title>");
const worker = Buffer.from("self.addEventListener('fetch', () => {});\n".repeat(40));
await writeFile(join(webDist, "sw.js"), worker);
await writeFile(join(webDist, "assets", "index-abc123.js"), "console.log(1);");
// Big enough to be worth compressing (CloudFront leaves files under 1,000 bytes alone).
const script = Buffer.from("export const words = { yes: 'Yes', no: 'No' };\n".repeat(100));
const styles = Buffer.from("button { min-height: 3rem; border-radius: 1rem; }\n".repeat(100));
const picture = Buffer.alloc(4000, 7);
await writeFile(join(webDist, "assets", "child-Ab-3x_Q.js"), script);
await writeFile(join(webDist, "assets", "child-Zz_9-k.css"), styles);
await writeFile(join(webDist, "assets", "face-Q1w2e3.png"), picture);
afterAll(() => rm(webDist, { recursive: true, force: true }));

const { db } = await seededApp();
const app = createNodeApp({ db, port: 0, webDist });
// What @hono/node-server hands the app about the socket, read for rate limits.
const socket = { incoming: { socket: { remoteAddress: "127.0.0.1", remoteFamily: "IPv4" } } };
const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`http://localhost${path}`, { headers }, socket);
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

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

describe("compressing the web app, as CloudFront does", () => {
  const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
  const files = [
    ["/assets/child-Ab-3x_Q.js", script, /javascript/],
    ["/assets/child-Zz_9-k.css", styles, /css/],
  ] as const;

  it.each(["br", "gzip"] as const)(
    "sends JS and CSS %s-encoded, decoding to the file",
    async (encoding) => {
      for (const [path, file, type] of files) {
        // Twice: the second answer comes from the in-memory copy.
        for (const attempt of [1, 2]) {
          const response = await get(path, { "accept-encoding": encoding });
          const label = `${path} #${attempt}`;
          expect(response.status, label).toBe(200);
          expect(response.headers.get("content-encoding"), label).toBe(encoding);
          expect(response.headers.get("vary"), label).toMatch(/accept-encoding/i);
          expect(response.headers.get("content-type"), label).toMatch(type);
          expect(response.headers.get("cache-control"), label).toBe(
            "public, max-age=31536000, immutable",
          );
          const body = await bytes(response);
          expect(Number(response.headers.get("content-length")), label).toBe(body.length);
          expect(body.length, label).toBeLessThan(file.length / 4);
          expect(decoders[encoding](body).equals(file), label).toBe(true);
        }
      }
    },
  );

  it("prefers brotli when a browser takes both, and honours a refusal", async () => {
    const browser = await get(files[0][0], { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(browser.headers.get("content-encoding")).toBe("br");
    const noBrotli = await get(files[0][0], { "accept-encoding": "br;q=0, gzip" });
    expect(noBrotli.headers.get("content-encoding")).toBe("gzip");
  });

  it("sends the file as it is to a client that accepts no encoding", async () => {
    const clients: Record<string, string>[] = [{}, { "accept-encoding": "identity" }];
    for (const headers of clients) {
      for (const [path, file] of files) {
        const response = await get(path, headers);
        expect(response.headers.get("content-encoding"), path).toBeNull();
        expect((await bytes(response)).equals(file), path).toBe(true);
      }
    }
  });

  it("leaves images and tiny files alone", async () => {
    const image = await get("/assets/face-Q1w2e3.png", { "accept-encoding": "br, gzip" });
    expect(image.headers.get("content-encoding")).toBeNull();
    expect((await bytes(image)).equals(picture)).toBe(true);
    const tiny = await get("/assets/index-abc123.js", { "accept-encoding": "br, gzip" });
    expect(tiny.headers.get("content-encoding")).toBeNull();
    expect(await tiny.text()).toBe("console.log(1);");
  });

  it("keeps the service worker asking again each time, compressed too", async () => {
    const response = await get("/sw.js", { "accept-encoding": "gzip" });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(gunzipSync(await bytes(response)).equals(worker)).toBe(true);
  });
});

describe("requests Node refuses before the app", () => {
  it("answers headers over Node's limit with a 431 in the API's JSON error shape", async () => {
    const server = startServer({ db, port: 0 });
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      const raw = connect(port, "127.0.0.1");
      raw.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
      const chunks: Buffer[] = [];
      for await (const chunk of raw) chunks.push(chunk as Buffer);
      const [head, body] = Buffer.concat(chunks).toString().split("\r\n\r\n");
      expect(head).toMatch(/^HTTP\/1\.1 431 /);
      expect(head).toMatch(/content-type: application\/json/i);
      expect(JSON.parse(body!).error.code).toBe("request.headers_too_large");
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
