import { setLogSink } from "@chorus/core/util/log";
import { describe, expect, it } from "vitest";
import { logProblems } from "./logs.check.js";
import { client, responseBody, seededApp } from "./testing.js";

describe("the API's logs", () => {
  it("write one JSON line per request, by route pattern, with no answer in it", async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const { app } = await seededApp();
      const child = client(app);
      const sent = await child(
        "POST",
        "/api/s/DEMO811/responses",
        responseBody({ "feel-safe": "no", "one-thing": "my dad hits me" }),
      );
      expect(sent.status).toBe(201);
      expect((await child("GET", "/api/s/NOPE0000")).status).toBe(404);
    } finally {
      setLogSink(previous);
    }
    const requests = lines.map((line) => JSON.parse(line)).filter((l) => l.event === "request");
    expect(requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: "POST", route: "/api/s/:code/responses", status: 201 }),
        expect.objectContaining({ method: "GET", route: "/api/s/:code", status: 404 }),
      ]),
    );
    expect(logProblems(lines.join("\n"))).toEqual([]);
  });

  it("are checked for fields, raw paths and children's words", () => {
    const bad = [
      "not json",
      JSON.stringify({ level: "info", event: "request", answers: { x: 1 } }),
      JSON.stringify({ level: "info", event: "request", route: "/api/s/DEMO811" }),
      JSON.stringify({ level: "error", event: "x", errorMessage: "my dad hits me" }),
    ];
    expect(logProblems(bad.join("\n"))).toEqual([
      "line 1 is not JSON",
      'line 2 has a field "answers"',
      "line 3 logs a raw path, not a route pattern: /api/s/DEMO811",
      'line 3 carries "DEMO811"',
      'line 4 carries "my dad hits me"',
    ]);
  });
});
