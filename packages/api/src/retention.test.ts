/**
 * The retention purge on a real dynalite: a report reads exactly the same after the raw answers
 * behind it are gone (approved quotes included), newer answers stay, open casework stays, and a
 * purge cut off between any two of its writes ends, after a rerun, with every expired item
 * deleted once and counted once. And the admin settings behind it: validated, audited, admins only.
 */
import { Aggregate, Audit, type Db, Effects, Retention } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { queryPages, scanAll } from "@chorus/core/db/query";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "./crashing.js";
import { client, responseBody, seededApp, signedIn } from "./testing.js";

const SURVEY = "srv_demo_life811";
const DAY = 86_400_000;
const SHORT = { rawAnswersMonths: 12, alertsMonths: 12, auditMonths: 12, sessionsDays: 1 };

/** A seeded council with answers in three months, an approved quote, and a movable clock. */
async function council() {
  const clock = { offset: 0 };
  const { app, db } = await seededApp({ now: () => new Date(Date.now() + clock.offset) });
  const child = client(app);
  const send = async (text: string, at: Date) => {
    const sent = await child(
      "POST",
      "/api/s/DEMO811/responses",
      responseBody({ "one-thing": text }, at),
    );
    expect(sent.status).toBe(201);
  };
  // Ten about school (a theme with quotes), in the month before now and the one before that.
  const now = Date.now();
  for (let n = 0; n < 10; n++) {
    await send(`School is good for me number ${n}`, new Date(now - (20 + n * 4) * DAY));
  }
  const officer = await signedIn(app, "officer@demo.chorus.test");
  const base = `/api/surveys/${SURVEY}/themes`;
  const school = (await officer("GET", base)).json.themes.find(
    (theme: { id: string }) => theme.id === "school",
  );
  const { id, text: _, ...source } = school.candidates[0];
  expect((await officer("POST", `${base}/quotes/${id}/approve`, source)).status).toBe(200);
  const admin = await signedIn(app, "admin@demo.chorus.test");
  expect((await admin("PUT", "/api/admin/retention", SHORT)).status).toBe(200);
  return { app, db, clock, send };
}

async function responses(db: Db) {
  const found: Record<string, unknown>[] = [];
  const query = {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": Keys.responsePartition(Demo.ORG_ID, SURVEY) },
    ConsistentRead: true,
  };
  for await (const page of queryPages(db, query)) found.push(...(page.Items ?? []));
  return found;
}

async function itemsOfType(db: Db, type: string, orgId = Demo.ORG_ID) {
  const found: Record<string, unknown>[] = [];
  for await (const item of scanAll(db)) {
    if (item.type === type && item.orgId === orgId) found.push(item);
  }
  return found;
}

/** What a purge at the clock's time must delete, counted from the table before it runs. */
async function expected(db: Db) {
  const now = db.now();
  const month = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  const rawBefore = month.toISOString().slice(0, 10);
  const alertBefore = new Date(now);
  alertBefore.setUTCMonth(alertBefore.getUTCMonth() - 12);
  const alerts = await itemsOfType(db, "alert");
  const goingAlerts = alerts.filter(
    (alert) => alert.status === "closed" && String(alert.closedAt) < alertBefore.toISOString(),
  );
  const keptAlertIds = new Set(
    alerts.filter((alert) => !goingAlerts.includes(alert)).map((alert) => String(alert.id)),
  );
  const rawGoing = (items: Record<string, unknown>[]) =>
    items.filter(
      (item) =>
        String(item.submittedOn) < rawBefore &&
        !keptAlertIds.has(`alr_${Effects.ref({ pk: String(item.pk), sk: String(item.sk) })}`),
    );
  const auditMonth = month.toISOString().slice(0, 7);
  const audit = (await itemsOfType(db, "audit")).filter((entry) => String(entry.at) < auditMonth);
  const sessionBefore = new Date(now.getTime() - DAY).toISOString();
  const sessions = (await itemsOfType(db, "session")).filter(
    (session) => String(session.absoluteEnd) < sessionBefore,
  );
  return {
    responses: rawGoing(await itemsOfType(db, "response")).length,
    helpRequests: rawGoing(await itemsOfType(db, "helpRequest")).length,
    alerts: goingAlerts.length,
    audit: audit.length,
    sessions: sessions.length,
  };
}

const purgeEntries = async (db: Db) =>
  (await Audit.list(db, Demo.ORG_ID, { action: "retention.purged" })).map((entry) => entry.detail);

describe("the retention purge", () => {
  it("leaves last year's report exactly as it was, with its quote, and keeps newer answers", async () => {
    const { app, db, clock, send } = await council();
    // Thirteen months on, a child answers again; then the purge of everything a year old.
    clock.offset = 396 * DAY;
    await send("I like my new school a lot", db.now());
    const leader = await signedIn(app, "leader@demo.chorus.test");
    const before = await leader("GET", `/api/reports/surveys/${SURVEY}`);
    expect(before.status).toBe(200);
    expect(before.json.themes.some((t: { quotes: unknown[] }) => t.quotes.length > 0)).toBe(true);
    const must = await expected(db);
    expect(must.responses).toBeGreaterThan(10);
    expect(must.alerts).toBeGreaterThan(0);
    const open = (await itemsOfType(db, "alert")).filter((alert) => alert.status !== "closed");

    const totals = await Retention.purgeAll(db);
    expect(totals).toMatchObject({ organisations: 2, ...must });

    const after = await leader("GET", `/api/reports/surveys/${SURVEY}`);
    expect(after.json).toEqual(before.json);
    // The nightly rebuild after the purge changes nothing either.
    await Aggregate.rebuildAll(db);
    expect((await leader("GET", `/api/reports/surveys/${SURVEY}`)).json).toEqual(before.json);

    // Only the new answer, and those whose alert is still open casework, are kept.
    const left = await responses(db);
    const newest = db.now().toISOString().slice(0, 10);
    expect(left.filter((item) => item.submittedOn === newest)).toHaveLength(1);
    const openIds = new Set(open.map((alert) => alert.id));
    for (const item of left.filter((item) => item.submittedOn !== newest)) {
      expect(openIds.has(`alr_${Effects.ref({ pk: String(item.pk), sk: String(item.sk) })}`)).toBe(
        true,
      );
    }
    expect((await itemsOfType(db, "alert")).map((a) => a.id).sort()).toEqual(
      open.map((a) => a.id).sort(),
    );
    // One audit entry, counts only: nothing a child wrote.
    const [entry, ...more] = await purgeEntries(db);
    expect(more).toEqual([]);
    expect(entry).toEqual(must);
    // Another run the same day finds today's done and deletes nothing.
    expect(await Retention.purgeAll(db)).toMatchObject({ organisations: 0, responses: 0 });
  });

  it("cut off between two writes anywhere, ends after a rerun with each item deleted and counted once", async () => {
    // Points spread over the whole purge (starting the run, marking months, a page counted,
    // deletions half done, the audit entry, the end), each on a fresh council.
    const points: number[] = [];
    for (let a = 1, b = 2; ; [a, b] = [b, a + b]) {
      const { db } = await seededApp({ now: () => new Date(Date.now() + 396 * DAY) });
      await Retention.save(db, { orgId: Demo.ORG_ID, id: "stf_test", email: "t@x.test" }, SHORT);
      const must = await expected(db);
      const dying = crashing(db);
      dying.arm(a, points.length % 2 ? "after" : "before");
      const crashed = await Retention.purgeAll(dying.db).then(
        () => false,
        (error) => {
          if (!(error instanceof Crash)) throw error;
          return true;
        },
      );
      dying.disarm();
      await Retention.purgeAll(db);
      const [entry, ...more] = await purgeEntries(db);
      expect(more).toEqual([]);
      expect(entry).toEqual(must);
      expect(await expected(db)).toEqual({
        alerts: 0,
        responses: 0,
        helpRequests: 0,
        audit: 0,
        sessions: 0,
      });
      if (!crashed) break;
      points.push(a);
    }
    expect(points.length).toBeGreaterThan(4);
  }, 600_000);
});

describe("retention settings", () => {
  it("starts from the defaults, saves a change audited with before and after, and refuses bad input", async () => {
    const { app, db } = await seededApp();
    const admin = await signedIn(app, "admin@demo.chorus.test");
    expect((await admin("GET", "/api/admin/retention")).json).toEqual({
      ...Retention.RETENTION_DEFAULTS,
      saved: false,
    });
    const change = { rawAnswersMonths: 36, alertsMonths: 120, auditMonths: 72, sessionsDays: 14 };
    const saved = await admin("PUT", "/api/admin/retention", change);
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ ...change, saved: true });
    // The same again is a success that writes no second entry.
    expect((await admin("PUT", "/api/admin/retention", change)).status).toBe(200);
    const entries = await Audit.list(db, Demo.ORG_ID, { action: "retention.settings_changed" });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).toMatchObject({
      rawAnswersMonthsBefore: 24,
      rawAnswersMonthsAfter: 36,
      sessionsDaysBefore: 30,
      sessionsDaysAfter: 14,
    });
    const bad = [
      { ...change, rawAnswersMonths: 3 },
      { ...change, auditMonths: 1000 },
      { ...change, sessionsDays: 1.5 },
      { ...change, alertsMonths: "84" },
      { ...change, alertsMonths: 24 },
      { ...change, extra: 1 },
      { rawAnswersMonths: 24 },
    ];
    for (const body of bad) {
      const refused = await admin("PUT", "/api/admin/retention", body);
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("request.invalid");
    }
    const tooShortForAlerts = await admin("PUT", "/api/admin/retention", bad[4]);
    expect(JSON.stringify(tooShortForAlerts.json.error)).toMatch(/at least as long as raw answers/);
    expect((await admin("GET", "/api/admin/retention")).json).toEqual({ ...change, saved: true });
    for (const email of ["officer@demo.chorus.test", "leader@demo.chorus.test"]) {
      const other = await signedIn(app, email);
      expect((await other("PUT", "/api/admin/retention", change)).status).toBe(403);
    }
  });
});
