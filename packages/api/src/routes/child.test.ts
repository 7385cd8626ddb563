import { Demo, Response, uuidv7 } from "@chorus/core";
import { allQuestions, type SurveyVersion } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import { client, seededApp } from "../testing.js";

const { app, db } = await seededApp();
const request = client(app);

function validBody(overrides: Record<string, unknown> = {}) {
  const now = new Date();
  return {
    id: uuidv7(),
    language: "en",
    ageBand: "8-11",
    startedAt: new Date(now.getTime() - 300_000).toISOString(),
    submittedAt: now.toISOString(),
    answers: { "feel-home": 4, "feel-safe": "yes", "trusted-adult": "carer", "one-thing": "A dog" },
    ...overrides,
  };
}

const storedCount = () => Response.count(db, Demo.ORG_ID, "srv_demo_life811");

describe("GET /api/s/:code", () => {
  it("gives the published survey for a code in any letter case", async () => {
    const { status, json } = await request("GET", "/api/s/demo811");
    expect(status).toBe(200);
    expect(json.code).toBe("DEMO811");
    expect(json.survey.title.en).toBe("My life in care");
    const questions = allQuestions(json.survey as SurveyVersion);
    expect(questions.map((q) => q.type)).toEqual(["emoji", "yesNo", "choice", "text"]);
  });

  it("answers 404 with a JSON error for an unknown code", async () => {
    const { status, json } = await request("GET", "/api/s/NOPE123");
    expect(status).toBe(404);
    expect(json.error.code).toBe("survey.not_found");
    expect(json.error.message).toMatch(/code/);
  });
});

describe("POST /api/s/:code/responses", () => {
  it("stores a response once: 201, then 200 for the identical retry", async () => {
    const before = await storedCount();
    const body = validBody();
    const first = await request("POST", "/api/s/DEMO811/responses", body);
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: body.id, duplicate: false });
    const retry = await request("POST", "/api/s/demo811/responses", body);
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual({ id: body.id, duplicate: true });
    expect(await storedCount()).toBe(before + 1);
  });

  it("answers 409 for the same id with another body, keeping the first", async () => {
    const body = validBody();
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
    const before = await storedCount();
    const other = await request("POST", "/api/s/DEMO811/responses", {
      ...body,
      answers: { "feel-home": 1 },
    });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("response.conflict");
    expect(await storedCount()).toBe(before);
    // The first body is still the stored one: sending it again is a duplicate, not a conflict.
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(200);
  });

  it.each([
    ["an id that is not a UUIDv7", { id: "1234" }, "id"],
    ["an unknown field", { device: "ipad" }, undefined],
    ["a missing startedAt", { startedAt: undefined }, "startedAt"],
    ["an emoji value out of range", { answers: { "feel-home": 9 } }, "answers.feel-home"],
    [
      "a choice that is not an option",
      { answers: { "trusted-adult": "dragon" } },
      "answers.trusted-adult",
    ],
    ["an unknown question", { answers: { "no-such": "yes" } }, "answers.no-such"],
    ["a language the survey lacks", { language: "pl" }, "language"],
    ["an age band the survey is not for", { ageBand: "4-7" }, "ageBand"],
    ["text over the limit", { answers: { "one-thing": "x".repeat(1001) } }, "answers.one-thing"],
  ])("answers 400 and stores nothing for %s", async (_name, overrides, path) => {
    const before = await storedCount();
    const { status, json } = await request(
      "POST",
      "/api/s/DEMO811/responses",
      validBody(overrides),
    );
    expect(status).toBe(400);
    expect(json.error.code).toMatch(/^(request|response)\.invalid$/);
    expect(json.error.issues).toBeDefined();
    if (path) expect(Object.keys(json.error.issues.nested ?? {})).toContain(path);
    expect(await storedCount()).toBe(before);
  });

  it("answers 400, not 500, for a body that is not JSON", async () => {
    const { status, json } = await request("POST", "/api/s/DEMO811/responses", "{not json");
    expect(status).toBe(400);
    expect(json.error.code).toBe("request.malformed");
  });

  it("answers 404 for an unknown code and stores nothing", async () => {
    const { status, json } = await request("POST", "/api/s/NOPE123/responses", validBody());
    expect(status).toBe(404);
    expect(json.error.code).toBe("survey.not_found");
  });

  it("answers 413 for an oversized body", async () => {
    const huge = validBody({ answers: { "one-thing": "x".repeat(400_000) } });
    const { status, json } = await request("POST", "/api/s/DEMO811/responses", huge);
    expect(status).toBe(413);
    expect(json.error.code).toBe("request.too_large");
  });

  it('accepts "rather not say" and skipped questions', async () => {
    const body = validBody({ answers: { "feel-safe": "preferNot" } });
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
  });

  it("keeps a child's request to tell their worker with the response", async () => {
    const body = validBody({ tellMyWorker: true });
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
    const stored = [];
    for await (const r of Response.all(db, Demo.ORG_ID, "srv_demo_life811")) stored.push(r);
    expect(stored.find((r) => r.id === body.id)?.tellMyWorker).toBe(true);
    expect(
      (await request("POST", "/api/s/DEMO811/responses", validBody({ tellMyWorker: false })))
        .status,
    ).toBe(400);
  });
});
