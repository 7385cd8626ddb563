/**
 * An organisation's safeguarding settings: due times and its own phrases. A fake clock fixes
 * when alerts are raised, so due times are exact.
 */

import type { Db } from "@chorus/core";
import { Alert, Audit } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { client, OTHER, responseBody, seededApp, signedIn } from "../testing.js";

// A Friday morning: a concern raised now is due after the weekend.
let clock = new Date("2026-11-27T10:00:00Z");
const { app, db } = await seededApp({ now: () => clock });
const lead = await signedIn(app, "safeguarding@demo.chorus.test");
const admin = await signedIn(app, "admin@demo.chorus.test");
const child = client(app);
const DEFAULTS = { urgentHours: 1, concernWorkingDays: 1, phrases: [] };

async function answer(answers: Record<string, unknown>, language = "en") {
  const before = new Set((await Alert.list(db, Demo.ORG_ID)).map((alert) => alert.id));
  const body = responseBody(answers, clock, language);
  expect((await child("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
  return (await Alert.list(db, Demo.ORG_ID)).filter((alert) => !before.has(alert.id));
}

const save = (body: unknown, as = lead) => as("PUT", "/api/safeguarding/settings", body);

describe("safeguarding settings", () => {
  it("start as the defaults: an hour, a working day, no phrases of our own", async () => {
    const { status, json } = await lead("GET", "/api/safeguarding/settings");
    expect(status).toBe(200);
    expect(json).toEqual(DEFAULTS);
  });

  it("refuse what does not fit with a 400 that changes nothing", async () => {
    const good = { urgentHours: 2, concernWorkingDays: 1, phrases: [] };
    const phrase = { language: "en", phrase: "zone 2 boys", severity: "urgent" };
    const bad = [
      { ...good, urgentHours: 0 },
      { ...good, urgentHours: 73 },
      { ...good, urgentHours: 1.5 },
      { ...good, concernWorkingDays: 11 },
      { ...good, phrases: [{ ...phrase, phrase: "z" }] },
      { ...good, phrases: [{ ...phrase, phrase: "x".repeat(81) }] },
      { ...good, phrases: [{ ...phrase, severity: "mild" }] },
      { ...good, phrases: [{ ...phrase, language: "English" }] },
      {
        ...good,
        phrases: Array.from({ length: 201 }, (_, n) => ({ ...phrase, phrase: `p ${n}` })),
      },
      { ...good, extra: true },
      { urgentHours: 2 },
      "not json",
    ];
    for (const body of bad) {
      const { status, json } = await save(body);
      expect(status).toBe(400);
      expect(json.error.code).toMatch(/^request\./);
    }
    expect((await lead("GET", "/api/safeguarding/settings")).json).toEqual(DEFAULTS);
  });

  it("are for the safeguarding lead and admins only, and each organisation's own", async () => {
    for (const email of ["officer@demo.chorus.test", "leader@demo.chorus.test"]) {
      const other = await signedIn(app, email);
      expect((await other("GET", "/api/safeguarding/settings")).status).toBe(403);
      const refused = await save({ ...DEFAULTS, urgentHours: 5 }, other);
      expect(refused.status).toBe(403);
    }
    const saved = await save({ ...DEFAULTS, urgentHours: 3 }, admin);
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ ...DEFAULTS, urgentHours: 3 });
    // The other borough still has the defaults, and saving its own does not touch ours.
    const outsider = await signedIn(app, OTHER.staff[1].email);
    expect((await outsider("GET", "/api/safeguarding/settings")).json).toEqual(DEFAULTS);
    await save({ ...DEFAULTS, urgentHours: 9 }, outsider);
    expect((await lead("GET", "/api/safeguarding/settings")).json.urgentHours).toBe(3);
    const trail = await Audit.list(db, Demo.ORG_ID, { action: "safeguarding.settings_changed" });
    expect(trail.map((entry) => entry.actor)).toContainEqual(
      expect.objectContaining({ id: "stf_demo_admin" }),
    );
  });

  it("set each alert's due time: urgent in hours, a concern in working days past the weekend", async () => {
    await save({ urgentHours: 4, concernWorkingDays: 2, phrases: [] });
    const [urgent] = await answer({ "feel-safe": "no" });
    expect(urgent).toMatchObject({ severity: "urgent", raisedAt: "2026-11-27T10:00:00.000Z" });
    expect(urgent!.dueAt).toBe("2026-11-27T14:00:00.000Z");
    const [concern] = await answer({ "feel-safe": "notSure" });
    expect(concern?.severity).toBe("concern");
    // Friday, then Monday and Tuesday: Saturday and Sunday do not count.
    expect(concern!.dueAt).toBe("2026-12-01T10:00:00.000Z");
  });

  it("screen free text with the organisation's own phrases, in their language", async () => {
    const words = "the zone 2 boys wait by the shop";
    expect(await answer({ "feel-safe": "yes", "one-thing": words })).toEqual([]);
    const tried = await lead("POST", "/api/safeguarding/screen", { language: "en", text: words });
    expect(tried.json.alert).toBe(false);

    const saved = await save({
      urgentHours: 1,
      concernWorkingDays: 1,
      phrases: [
        { language: "en", phrase: "zone 2 boys", severity: "urgent" },
        { language: "en", phrase: " trap house ", severity: "concern" },
        { language: "pl", phrase: "chłopaki ze strefy", severity: "concern" },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.json.phrases).toEqual([
      {
        id: expect.stringMatching(/^phr_/),
        language: "en",
        phrase: "zone 2 boys",
        severity: "urgent",
      },
      {
        id: expect.stringMatching(/^phr_/),
        language: "en",
        phrase: "trap house",
        severity: "concern",
      },
      {
        id: expect.stringMatching(/^phr_/),
        language: "pl",
        phrase: "chłopaki ze strefy",
        severity: "concern",
      },
    ]);
    // Saving the same list again keeps the same ids.
    const again = await save({
      ...saved.json,
      phrases: saved.json.phrases.map(({ id: _, ...p }: { id: string }) => p),
    });
    expect(again.json).toEqual(saved.json);
    expect((await lead("GET", "/api/safeguarding/settings")).json).toEqual(saved.json);

    clock = new Date(clock.getTime() + 60_000);
    const [alert] = await answer({ "feel-safe": "yes", "one-thing": words });
    expect(alert?.severity).toBe("urgent");
    expect(alert?.reasons).toEqual([
      {
        kind: "text",
        questionId: "one-thing",
        matched: ["zone 2 boys"],
        severity: "urgent",
      },
    ]);
    const screened = await lead("POST", "/api/safeguarding/screen", {
      language: "en",
      text: words,
    });
    expect(screened.json).toMatchObject({ alert: true, severity: "urgent" });
    expect(screened.json.matched).toEqual([{ words: "zone 2 boys", category: "own", at: [4, 15] }]);
    // An English phrase does not match Polish text, and the other borough's lead sees nothing.
    const polish = await lead("POST", "/api/safeguarding/screen", { language: "pl", text: words });
    expect(polish.json.alert).toBe(false);
    const outsider = await signedIn(app, OTHER.staff[1].email);
    const theirs = await outsider("POST", "/api/safeguarding/screen", {
      language: "en",
      text: words,
    });
    expect(theirs.json.alert).toBe(false);
  });
});

describe("the cost of the settings on the way a response is stored", () => {
  /** The same database and app, counting each time the settings are read. */
  const reads = { settings: 0 };
  const { sk } = Keys.safeguardingSettings(Demo.ORG_ID);
  const counting: Db = {
    ...db,
    doc: new Proxy(db.doc, {
      get: (target, prop, receiver) =>
        prop === "send"
          ? (command: { input?: { Key?: { sk?: string } } }) => {
              if (command.input?.Key?.sk === sk) reads.settings++;
              return target.send(command as never);
            }
          : Reflect.get(target, prop, receiver),
    }),
  };
  const send = (answers: Record<string, unknown>) =>
    client(createApp({ db: counting }))(
      "POST",
      "/api/s/DEMO811/responses",
      responseBody(answers, clock),
    );

  it("reads nothing more for answers without free text, even when they raise an alert", async () => {
    reads.settings = 0;
    expect((await send({ "feel-safe": "yes" })).status).toBe(201);
    expect(reads.settings).toBe(0);
    // An alert needs its due time: read once, by the alert, never before.
    expect((await send({ "feel-safe": "no" })).status).toBe(201);
    expect(reads.settings).toBe(1);
  });

  it("reads them once for free text, and the alert it raises uses the same", async () => {
    reads.settings = 0;
    expect((await send({ "feel-safe": "yes", "one-thing": "a dog" })).status).toBe(201);
    expect(reads.settings).toBe(1);
    reads.settings = 0;
    expect((await send({ "feel-safe": "no", "one-thing": "the zone 2 boys" })).status).toBe(201);
    expect(reads.settings).toBe(1);
  });
});
