import { Response, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { allQuestions, type SurveyVersion } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

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
    expect(stored.find((r) => r.id === Response.storedId(body.id))?.tellMyWorker).toBe(true);
    expect(
      (await request("POST", "/api/s/DEMO811/responses", validBody({ tellMyWorker: false })))
        .status,
    ).toBe(400);
  });
});

describe("a code that fixes the age band", () => {
  // The youngest get three faces where the others get the 0 to 10 scale.
  const allAges = (overrides: Record<string, unknown> = {}) =>
    validBody({ answers: { "feel-home": 3, happy: 7 }, ...overrides });
  const youngest = (overrides: Record<string, unknown> = {}) =>
    validBody({ answers: { "feel-home": 3, "happy-face": 3 }, ...overrides });
  const storedAllAges = async () => {
    const stored = [];
    for await (const r of Response.all(db, Demo.ORG_ID, "srv_demo_allages")) stored.push(r);
    return stored;
  };

  it("tells the child's device the band, and says nothing when the code fixes none", async () => {
    const fixed = await request("GET", "/api/s/DEMO47");
    expect(fixed.status).toBe(200);
    expect(fixed.json.ageBand).toBe("4-7");
    expect(fixed.json.survey.ageBands).toEqual(["4-7", "8-11", "12-17"]);
    const open = await request("GET", "/api/s/DEMOALL");
    expect(open.json.survey.languages).toEqual(["en", "ar", "ur", "lt"]);
    expect("ageBand" in open.json).toBe(false);
    expect("ageBand" in (await request("GET", "/api/s/DEMO811")).json).toBe(false);
  });

  it("refuses a response for another band with a 400 that says why, storing nothing", async () => {
    const before = (await storedAllAges()).length;
    const { status, json } = await request(
      "POST",
      "/api/s/DEMO47/responses",
      allAges({ ageBand: "8-11" }),
    );
    expect(status).toBe(400);
    expect(json.error.code).toBe("response.invalid");
    expect(json.error.issues.nested.ageBand.join(" ")).toMatch(/This code is for the 4-7 age band/);
    expect((await storedAllAges()).length).toBe(before);
  });

  it("stores the code's band whether the device sends it or not", async () => {
    const withBand = youngest({ ageBand: "4-7" });
    const without = youngest({ ageBand: undefined });
    expect((await request("POST", "/api/s/DEMO47/responses", withBand)).status).toBe(201);
    expect((await request("POST", "/api/s/DEMO47/responses", without)).status).toBe(201);
    const stored = await storedAllAges();
    expect(stored.find((r) => r.id === Response.storedId(withBand.id))?.ageBand).toBe("4-7");
    expect(stored.find((r) => r.id === Response.storedId(without.id))?.ageBand).toBe("4-7");
  });

  it("refuses the scale from a child of 4 to 7, which they are never shown", async () => {
    const before = (await storedAllAges()).length;
    const scale = await request("POST", "/api/s/DEMO47/responses", allAges({ ageBand: "4-7" }));
    expect(scale.status).toBe(400);
    expect(scale.json.error.code).toBe("response.invalid");
    expect((await storedAllAges()).length).toBe(before);
  });

  it("takes the band the child chose when the code fixes none", async () => {
    const body = allAges({ ageBand: "12-17", language: "ar" });
    expect((await request("POST", "/api/s/DEMOALL/responses", body)).status).toBe(201);
    const stored = (await storedAllAges()).find((r) => r.id === Response.storedId(body.id));
    expect(stored).toMatchObject({ ageBand: "12-17", language: "ar" });
  });

  it("gives an invite link's band too", async () => {
    const officer = await signedIn(app, "officer@demo.chorus.test");
    const made = await officer(
      "POST",
      "/api/surveys/srv_demo_allages/distributions/dst_seedDEMO47/invites",
      { labels: ["Child C"] },
    );
    expect(made.status).toBe(201);
    const opened = await request("GET", `/api/i/${made.json.invites[0].token}`);
    expect(opened.status).toBe(200);
    expect(opened.json.ageBand).toBe("4-7");
    // A single-use link must not reveal the reusable code behind it.
    expect(opened.json.code).toBeUndefined();
    expect(JSON.stringify(opened.json)).not.toContain("DEMO47");
  });
});

describe("odd responses an outside test saw accepted", () => {
  async function refused(body: unknown, field: string) {
    const before = await storedCount();
    const response = await app.request("/api/s/DEMO811/responses", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const json = await response.json();
    expect(response.status, field).toBe(400);
    expect(JSON.stringify(json.error.issues), field).toContain(field);
    expect(await storedCount()).toBe(before);
  }

  it("refuses times from a clock that is plainly wrong: 0001, 1970 and 2999", async () => {
    for (const year of ["0001", "1970", "2999"]) {
      await refused(validBody({ submittedAt: `${year}-06-01T10:05:00.000Z` }), "submittedAt");
      await refused(validBody({ startedAt: `${year}-06-01T10:00:00.000Z` }), "startedAt");
    }
  });

  it("refuses a response with no answers at all", async () => {
    await refused(validBody({ answers: {} }), "answers");
  });

  it("refuses __proto__ and constructor as answer keys instead of dropping them", async () => {
    const text = JSON.stringify(validBody()).replace('"answers":{', '"answers":{"__proto__":"x",');
    expect(JSON.parse(text).answers).toHaveProperty("__proto__", "x");
    await refused(text, "answers");
    await refused(validBody({ answers: { "feel-safe": "yes", constructor: "x" } }), "answers");
  });
});
