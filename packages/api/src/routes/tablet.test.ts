import { randomBytes } from "node:crypto";
import { Response, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

// A still clock the expiry test can move: the PIN limit counts in fixed windows, which a run on
// the real clock could cross half way through a test.
const START = Date.parse("2026-11-23T10:00:00Z");
let offsetMs = 0;
const clock = () => START + offsetMs;
const { app, db } = await seededApp({ now: () => new Date(clock()) });
const officer = await signedIn(app, "officer@demo.chorus.test");
const tablet = client(app);

const newToken = () => randomBytes(32).toString("base64url");
const newId = () => `tab_${randomBytes(8).toString("hex")}`;
const storedCount = () => Response.count(db, Demo.ORG_ID, "srv_demo_life811");

function startBody(overrides: Record<string, unknown> = {}) {
  return {
    id: newId(),
    distributionId: "dst_seedDEMO811",
    label: "Room 2 tablet",
    pin: "4321",
    token: newToken(),
    ...overrides,
  };
}

async function started(overrides: Record<string, unknown> = {}) {
  const body = startBody(overrides);
  const { status, json } = await officer("POST", "/api/tablet-sessions", body);
  expect(status).toBe(201);
  return { body, session: json.session, at: `/api/t/${body.token}` };
}

function answers(overrides: Record<string, unknown> = {}) {
  const now = clock();
  return {
    id: uuidv7(),
    language: "en",
    startedAt: new Date(now - 120_000).toISOString(),
    submittedAt: new Date(now).toISOString(),
    answers: { "feel-home": 5, "one-thing": "A kiosk answer" },
    ...overrides,
  };
}

const participants = async (at: string) => (await tablet("GET", at)).json.session.participants;

describe("POST /api/tablet-sessions", () => {
  it("starts a session once: 201, then 200 with the same session for the identical retry", async () => {
    const { body, session } = await started();
    expect(session).toMatchObject({
      id: body.id,
      code: "DEMO811",
      surveyId: "srv_demo_life811",
      label: "Room 2 tablet",
      participants: 0,
      live: true,
    });
    expect(JSON.stringify(session)).not.toMatch(/hash|pin|token/i);
    const retry = await officer("POST", "/api/tablet-sessions", body);
    expect(retry.status).toBe(200);
    expect(retry.json.session).toEqual(session);
  });

  it.each([
    ["another PIN", { pin: "9999" }],
    ["another label", { label: "Hall tablet" }],
    ["another token", { token: newToken() }],
  ])("answers 409 for the same id with %s, keeping the first", async (_name, change) => {
    const { body, at } = await started();
    const other = await officer("POST", "/api/tablet-sessions", { ...body, ...change });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("tablet.conflict");
    expect((await tablet("GET", at)).status).toBe(200);
  });

  it("refuses a token another session already holds", async () => {
    const { body } = await started();
    const again = await officer("POST", "/api/tablet-sessions", startBody({ token: body.token }));
    expect(again.status).toBe(409);
  });

  it.each([
    ["a short PIN", { pin: "12" }, "pin"],
    ["a PIN with letters", { pin: "12ab" }, "pin"],
    ["a PIN too long", { pin: "123456789" }, "pin"],
    ["no token", { token: undefined }, "token"],
    ["a short token", { token: "abc" }, "token"],
    ["a bad id", { id: "session-1" }, "id"],
    ["an empty label", { label: "   " }, "label"],
    ["an unknown field", { colour: "red" }, undefined],
  ])("answers 400 and starts nothing for %s", async (_name, overrides, path) => {
    const before = (await officer("GET", "/api/tablet-sessions")).json.sessions.length;
    const { status, json } = await officer("POST", "/api/tablet-sessions", startBody(overrides));
    expect(status).toBe(400);
    expect(json.error.code).toBe("request.invalid");
    if (path) expect(Object.keys(json.error.issues.nested ?? {})).toContain(path);
    expect((await officer("GET", "/api/tablet-sessions")).json.sessions).toHaveLength(before);
  });

  it("refuses a closed code and an archived survey, and an unknown distribution", async () => {
    const surveyPath = "/api/surveys/srv_demo_life811/distributions";
    const made = await officer("POST", surveyPath, {
      id: "dst_tabletclosed1",
      label: "Closed for tablets",
      cohort: "children-in-care",
    });
    expect(made.status).toBe(201);
    await officer("POST", `${surveyPath}/dst_tabletclosed1/close`);
    const closed = await officer(
      "POST",
      "/api/tablet-sessions",
      startBody({ distributionId: "dst_tabletclosed1" }),
    );
    expect(closed.status).toBe(410);
    expect(closed.json.error.code).toBe("survey.closed");

    expect((await officer("POST", "/api/surveys/srv_demo_life811/archive")).status).toBe(200);
    const archived = await officer("POST", "/api/tablet-sessions", startBody());
    await officer("POST", "/api/surveys/srv_demo_life811/restore");
    expect(archived.status).toBe(410);

    const unknown = await officer(
      "POST",
      "/api/tablet-sessions",
      startBody({ distributionId: "dst_nosuchthing1" }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("distribution.not_found");
  });
});

describe("officer routes stay inside the organisation", () => {
  it("hides, and refuses to end, another organisation's sessions", async () => {
    const { session, at } = await started();
    const outsider = await signedIn(app, "all@other.chorus.test");
    const list = await outsider("GET", "/api/tablet-sessions");
    expect(list.status).toBe(200);
    expect(list.json.sessions.map((s: { id: string }) => s.id)).not.toContain(session.id);
    const end = await outsider("POST", `/api/tablet-sessions/${session.id}/end`);
    expect(end.status).toBe(404);
    expect(end.json.error.code).toBe("tablet.not_found");
    expect((await tablet("GET", at)).status).toBe(200);
    // Nor can they start one on the demo council's code.
    const theirs = await outsider("POST", "/api/tablet-sessions", startBody());
    expect(theirs.status).toBe(404);
  });

  it("lets only officers in", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    expect((await leader("GET", "/api/tablet-sessions")).status).toBe(403);
    expect((await client(app)("GET", "/api/tablet-sessions")).status).toBe(401);
  });
});

describe("GET /api/t/:token", () => {
  it("gives the survey like a code does, with the session's name and count", async () => {
    const { at } = await started({ label: "Library tablet" });
    const { status, json } = await tablet("GET", at);
    expect(status).toBe(200);
    // The tablet's token is its way in: it never hands out the reusable code behind it.
    expect(json.code).toBeUndefined();
    expect(json.survey.title.en).toBe("My life in care");
    expect(json.session).toMatchObject({ label: "Library tablet", participants: 0 });
    expect(Date.parse(json.session.endsAt)).toBeGreaterThan(clock());
    expect(json.ageBand).toBeUndefined();
  });

  it("tells the tablet the band its code fixes, so the child is not asked", async () => {
    const { at } = await started({ distributionId: `dst_seed${Demo.CODES.allAgesYoungest}` });
    const { status, json } = await tablet("GET", at);
    expect(status).toBe(200);
    expect(json.code).toBeUndefined();
    expect(json.ageBand).toBe("4-7");
    expect(json.survey.ageBands.length).toBeGreaterThan(1);
  });

  it.each([
    ["an unknown token", newToken()],
    ["a malformed token", "short"],
  ])("answers 404 for %s", async (_name, token) => {
    const { status, json } = await tablet("GET", `/api/t/${token}`);
    expect(status).toBe(404);
    expect(json.error.code).toBe("tablet.not_found");
  });
});

describe("POST /api/t/:token/responses", () => {
  it("stores like a code and counts a child only on the first arrival", async () => {
    const { at } = await started();
    const before = await storedCount();
    const body = answers();
    const first = await tablet("POST", `${at}/responses`, body);
    expect(first.status).toBe(201);
    expect(await participants(at)).toBe(1);

    const retry = await tablet("POST", `${at}/responses`, body);
    expect(retry.status).toBe(200);
    const clash = await tablet("POST", `${at}/responses`, { ...body, answers: { "feel-home": 1 } });
    expect(clash.status).toBe(409);
    const bad = await tablet("POST", `${at}/responses`, answers({ answers: { "feel-home": 9 } }));
    expect(bad.status).toBe(400);
    expect(await participants(at)).toBe(1);
    expect(await storedCount()).toBe(before + 1);

    expect((await tablet("POST", `${at}/responses`, answers())).status).toBe(201);
    expect(await participants(at)).toBe(2);
  });
});

describe("ending a session", () => {
  it("on the tablet: a missing PIN is 400, a wrong one 403 and changes nothing", async () => {
    const { at, session } = await started();
    const missing = await tablet("POST", `${at}/end`, {});
    expect(missing.status).toBe(400);
    const wrong = await tablet("POST", `${at}/end`, { pin: "0000" });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.code).toBe("tablet.wrong_pin");
    expect(wrong.json.error.message).toMatch(/4 tries left/);
    expect((await tablet("GET", at)).status).toBe(200);
    const listed = (await officer("GET", "/api/tablet-sessions")).json.sessions;
    expect(listed.find((s: { id: string }) => s.id === session.id)?.live).toBe(true);
  });

  it("on the tablet: the right PIN ends it, and later answers are refused", async () => {
    const { at, session } = await started();
    // Begun before the end, sent after it: still heard (finishing up, or an offline outbox).
    const early = answers();
    const ended = await tablet("POST", `${at}/end`, { pin: "4321" });
    expect(ended.status).toBe(200);
    expect((await tablet("POST", `${at}/end`, { pin: "4321" })).status).toBe(200);

    const gone = await tablet("GET", at);
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe("tablet.ended");
    const before = await storedCount();
    const later = new Date(clock() + 1000).toISOString();
    const late = await tablet("POST", `${at}/responses`, {
      ...answers(),
      startedAt: later,
      submittedAt: later,
    });
    expect(late.status).toBe(410);
    expect(await storedCount()).toBe(before);
    expect((await tablet("POST", `${at}/responses`, early)).status).toBe(201);

    const listed = (await officer("GET", "/api/tablet-sessions")).json.sessions;
    const mine = listed.find((s: { id: string }) => s.id === session.id);
    expect(mine).toMatchObject({ live: false, participants: 1 });
    // Live sessions are listed before ended ones.
    const lives = listed.map((s: { live: boolean }) => s.live);
    expect(lives).toEqual([...lives].sort((a, b) => Number(b) - Number(a)));
  });

  it("on the tablet: too many wrong PINs lock it, even for the right one", async () => {
    const { at } = await started();
    for (let i = 0; i < 5; i++) {
      expect((await tablet("POST", `${at}/end`, { pin: "1111" })).status).toBe(403);
    }
    const locked = await tablet("POST", `${at}/end`, { pin: "4321" });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await tablet("GET", at)).status).toBe(200);
  });

  it("from the studio, once or twice", async () => {
    const { at, session } = await started();
    const first = await officer("POST", `/api/tablet-sessions/${session.id}/end`);
    expect(first.status).toBe(200);
    expect(first.json.session.live).toBe(false);
    const again = await officer("POST", `/api/tablet-sessions/${session.id}/end`);
    expect(again.json.session.endedAt).toBe(first.json.session.endedAt);
    expect((await tablet("GET", at)).status).toBe(410);
    expect((await officer("POST", "/api/tablet-sessions/tab_nosuchsession/end")).status).toBe(404);
  });

  it("by itself, twelve hours after the start", async () => {
    const { at } = await started();
    offsetMs = 12 * 3600_000 + 1000;
    try {
      const { status, json } = await tablet("GET", at);
      expect(status).toBe(410);
      expect(json.error.code).toBe("tablet.ended");
    } finally {
      offsetMs = 0;
    }
  });
});
