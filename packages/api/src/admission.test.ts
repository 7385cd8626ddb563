/**
 * The three ways in (code, single-use link, tablet) as an outside tester found them: each must
 * admit exactly what it promises, and a refused request must store nothing.
 */
import { randomBytes } from "node:crypto";
import { Response, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "./testing.js";

// A still clock the tests move by hand, so "a year ago" and "after it closed" are exact.
let now = Date.parse("2026-11-23T10:00:00Z");
const { app, db } = await seededApp({ now: () => new Date(now) });
// Signed in afresh for each step, since the clock jumps past a staff session's idle limit.
const officer = async (...args: Parameters<Awaited<ReturnType<typeof signedIn>>>) =>
  (await signedIn(app, "officer@demo.chorus.test"))(...args);
const child = client(app);
const SURVEY = "srv_demo_life811";
const storedCount = () => Response.count(db, Demo.ORG_ID, SURVEY);
const DAY = 86_400_000;

function body(at = now, overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(at),
    language: "en",
    startedAt: new Date(at - 300_000).toISOString(),
    submittedAt: new Date(at).toISOString(),
    answers: { "feel-home": 4, "feel-safe": "yes", "one-thing": `Said at ${at}` },
    ...overrides,
  };
}

async function newDistribution() {
  const id = `dst_${randomBytes(6).toString("hex")}`;
  const made = await officer("POST", `/api/surveys/${SURVEY}/distributions`, {
    id,
    label: "Spring visits",
    cohort: "children-in-care",
  });
  expect(made.status).toBe(201);
  return made.json.distribution as { id: string; code: string };
}

async function newInvite(distributionId = "dst_seedDEMO811") {
  const made = await officer(
    "POST",
    `/api/surveys/${SURVEY}/distributions/${distributionId}/invites`,
    { labels: ["Child A"] },
  );
  expect(made.status).toBe(201);
  return made.json.invites[0].token as string;
}

describe("a single-use invite link", () => {
  it("admits exactly one response when eight different ones race at it", async () => {
    const token = await newInvite();
    const before = await storedCount();
    const bodies = Array.from({ length: 8 }, (_, n) =>
      body(now, { answers: { "feel-home": 1 + (n % 5) } }),
    );
    const answers = await Promise.all(
      bodies.map((b) => client(app)("POST", `/api/i/${token}/responses`, b)),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 410, 410, 410, 410, 410, 410, 410]);
    for (const refused of answers.filter((a) => a.status === 410)) {
      expect(refused.json.error.code).toBe("invite.used");
    }
    expect(await storedCount()).toBe(before + 1);
    // The winner's device may still resend: that is its duplicate, not a new response.
    const winner = bodies[answers.findIndex((a) => a.status === 201)]!;
    expect((await child("POST", `/api/i/${token}/responses`, winner)).status).toBe(200);
    expect(await storedCount()).toBe(before + 1);
  });

  it("never tells the device the reusable code behind it", async () => {
    const token = await newInvite();
    const opened = await child("GET", `/api/i/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.json.survey.surveyId).toBe(SURVEY);
    expect(opened.json).not.toHaveProperty("code");
    expect(JSON.stringify(opened.json)).not.toContain(Demo.CODES.lifeInCare);
  });

  it("refuses a response that does not fit without using the link up", async () => {
    const token = await newInvite();
    const bad = await child(
      "POST",
      `/api/i/${token}/responses`,
      body(now, { answers: { nope: 1 } }),
    );
    expect(bad.status).toBe(400);
    expect((await child("POST", `/api/i/${token}/responses`, body())).status).toBe(201);
  });
});

describe("the version a device names", () => {
  it("is taken when published, and refused with a 400 that says why when it is not", async () => {
    const before = await storedCount();
    expect(
      (await child("POST", "/api/s/DEMO811/responses", body(now, { version: 1 }))).status,
    ).toBe(201);
    const future = await child("POST", "/api/s/DEMO811/responses", body(now, { version: 99 }));
    expect(future.status).toBe(400);
    expect(future.json.error.message).toBe("That survey version does not exist.");
    expect(await storedCount()).toBe(before + 1);
  });
});

describe("claimed times", () => {
  it("hear a child who answered offline before a code closed", async () => {
    const { id, code } = await newDistribution();
    const answeredOffline = body(now + 2 * DAY);
    now += 5 * DAY;
    expect((await officer("POST", `/api/surveys/${SURVEY}/distributions/${id}/close`)).status).toBe(
      200,
    );
    const before = await storedCount();
    expect((await child("POST", `/api/s/${code}/responses`, answeredOffline)).status).toBe(201);
    expect(await storedCount()).toBe(before + 1);
  });

  it("cannot reopen a closed code by claiming a time before the code existed", async () => {
    const { id, code } = await newDistribution();
    expect((await officer("POST", `/api/surveys/${SURVEY}/distributions/${id}/close`)).status).toBe(
      200,
    );
    const before = await storedCount();
    for (const ago of [365 * DAY, 40 * DAY, 2 * DAY]) {
      const backdated = await child("POST", `/api/s/${code}/responses`, body(now - ago));
      expect(backdated.status).toBe(410);
      expect(backdated.json.error.code).toBe("survey.closed");
    }
    expect(await storedCount()).toBe(before);
  });

  it("are not believed beyond the offline window, however old the code", async () => {
    const { id, code } = await newDistribution();
    now += 60 * DAY;
    expect((await officer("POST", `/api/surveys/${SURVEY}/distributions/${id}/close`)).status).toBe(
      200,
    );
    const before = await storedCount();
    // The code was open 45 days ago, but no tablet keeps answers that long unsent.
    const stale = await child("POST", `/api/s/${code}/responses`, body(now - 45 * DAY));
    expect(stale.status).toBe(410);
    expect(await storedCount()).toBe(before);
  });

  it("cannot reopen an ended tablet session by backdating when the child began", async () => {
    const token = randomBytes(32).toString("base64url");
    const started = await officer("POST", "/api/tablet-sessions", {
      id: `tab_${randomBytes(6).toString("hex")}`,
      distributionId: "dst_seedDEMO811",
      label: "Hall tablet",
      pin: "2468",
      token,
    });
    expect(started.status).toBe(201);
    now += 60_000;
    expect((await child("POST", `/api/t/${token}/end`, { pin: "2468" })).status).toBe(200);
    const before = await storedCount();
    for (const ago of [365 * DAY, DAY]) {
      const backdated = await child("POST", `/api/t/${token}/responses`, body(now - ago));
      expect(backdated.status).toBe(410);
      expect(backdated.json.error.code).toBe("tablet.ended");
    }
    expect(await storedCount()).toBe(before);
  });
});
