import { describe, expect, it } from "vitest";
import { client, seededApp } from "./testing.js";

const { app } = await seededApp();
const request = client(app);

describe("the app as a whole", () => {
  it("is healthy once the database answers", async () => {
    const { status, json } = await request("GET", "/api/health");
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true });
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const { status, json } = await request("GET", "/api/nothing-here");
    expect(status).toBe(404);
    expect(json.error.code).toBe("route.not_found");
  });

  it("sends security headers and a strict content security policy", async () => {
    const { headers } = await request("GET", "/api/health");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    const csp = headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("publishes an OpenAPI 3.1 document built from the request schemas", async () => {
    const { status, json } = await request("GET", "/api/openapi.json");
    expect(status).toBe(200);
    expect(json.openapi).toBe("3.1.0");
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining(["/api/s/{code}", "/api/s/{code}/responses", "/api/auth/login"]),
    );
    const create = json.components.schemas.ResponseCreate;
    expect(create.required).toEqual(
      expect.arrayContaining(["id", "language", "startedAt", "submittedAt", "answers"]),
    );
    expect(create.additionalProperties).toBe(false);
  });

  it("documents every route the app serves", async () => {
    const { json } = await request("GET", "/api/openapi.json");
    const served = app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(json.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...new Set(served)].sort()).toEqual([...new Set(documented)].sort());
  });
});
