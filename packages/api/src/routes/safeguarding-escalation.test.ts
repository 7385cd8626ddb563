/**
 * An alert nobody acknowledges by its due time escalates once to every safeguarding member and
 * admin: a fake clock moves time on, and the job runner's own job does the work.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Alert, Jobs, Outbox } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "../crashing.js";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

let clock = new Date("2026-11-24T09:00:00Z");
const { app, db } = await seededApp({ now: () => clock });
/** The lead signs in afresh each time: the fake clock jumps past a session's idle limit. */
async function lead(method: string, path: string, body?: unknown) {
  const request = await signedIn(app, "safeguarding@demo.chorus.test");
  return request(method, path, body);
}
const child = client(app);
const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
const TEAM_AND_ADMINS = ["admin@demo.chorus.test", "safeguarding@demo.chorus.test"];

/** A child who does not feel safe: an urgent alert, due an hour from now. */
async function urgentAlert() {
  const before = new Set((await Alert.list(db, Demo.ORG_ID)).map((alert) => alert.id));
  const body = responseBody({ "feel-safe": "no", "one-thing": "my dad hits me" }, clock);
  expect((await child("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
  const [alert] = (await Alert.list(db, Demo.ORG_ID)).filter((a) => !before.has(a.id));
  expect(alert?.severity).toBe("urgent");
  return alert!;
}

const escalate = async () => {
  const [report] = await Jobs.run(
    db,
    Jobs.JOBS.filter((job) => job.name === "escalate"),
  );
  expect(report?.ok).toBe(true);
  return report!.result!.escalated!;
};

/** The escalation e-mails about one alert, by recipient. */
async function escalationMails(alertId: string) {
  const mails = (await Outbox.list(db, Demo.ORG_ID)).filter(
    (mail) => mail.body.includes(alertId) && mail.subject.startsWith("Overdue"),
  );
  return mails;
}

const stored = async (alertId: string) =>
  (
    await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: Keys.alert(Demo.ORG_ID, alertId),
        ConsistentRead: true,
      }),
    )
  ).Item!;

describe("escalation of an alert nobody took", () => {
  it("waits for the due time, then tells the team and admins once, with a link only", async () => {
    // Whatever the seed left overdue is escalated first, so the counts below are this alert's.
    later(60 * 24 * 3);
    await escalate();
    const alert = await urgentAlert();
    later(59);
    await escalate();
    expect(await escalationMails(alert.id)).toEqual([]);
    const early = await lead("GET", `/api/safeguarding/alerts/${alert.id}`);
    expect(early.json).toMatchObject({ overdue: false });
    expect(early.json.escalatedAt).toBeUndefined();

    later(2);
    const listed = await lead("GET", "/api/safeguarding/alerts?status=open");
    expect(listed.json.alerts.find((a: { id: string }) => a.id === alert.id)).toMatchObject({
      overdue: true,
    });
    expect(await escalate()).toBe(1);
    const mails = await escalationMails(alert.id);
    expect(mails.map((mail) => mail.to).sort()).toEqual(TEAM_AND_ADMINS);
    for (const mail of mails) {
      expect(mail.body).toContain(`/safeguarding/alerts/${alert.id}`);
      // Whole words only: an alert's random hex id may well contain "dad".
      expect(mail.body).not.toMatch(/\bhits\b|\bdad\b/);
    }
    const detail = await lead("GET", `/api/safeguarding/alerts/${alert.id}`);
    expect(detail.json).toMatchObject({ overdue: true, escalatedAt: clock.toISOString() });
    // Out of the due index: the job has nothing more to do with it.
    expect((await stored(alert.id)).gsi1pk).toBeUndefined();

    later(60);
    expect(await escalate()).toBe(0);
    expect(await escalationMails(alert.id)).toHaveLength(2);

    // Taking it at last ends "overdue"; the escalation stays on record.
    const taken = await lead("POST", `/api/safeguarding/alerts/${alert.id}/acknowledge`);
    expect(taken.json.alert.escalatedAt).toBe(detail.json.escalatedAt);
    const after = await lead("GET", `/api/safeguarding/alerts/${alert.id}`);
    expect(after.json.overdue).toBe(false);
  });

  it("never escalates an alert acknowledged or closed before its due time", async () => {
    const acknowledged = await urgentAlert();
    const closed = await urgentAlert();
    later(30);
    await lead("POST", `/api/safeguarding/alerts/${acknowledged.id}/acknowledge`);
    await lead("POST", `/api/safeguarding/alerts/${closed.id}/close`, {
      outcome: "passed-to-social-worker",
    });
    for (const id of [acknowledged.id, closed.id]) {
      expect((await stored(id)).gsi1pk).toBeUndefined();
    }
    later(60 * 24);
    expect(await escalate()).toBe(0);
    for (const id of [acknowledged.id, closed.id]) {
      expect(await escalationMails(id)).toEqual([]);
      const detail = await lead("GET", `/api/safeguarding/alerts/${id}`);
      expect(detail.json.overdue).toBe(false);
      expect(detail.json.escalatedAt).toBeUndefined();
    }
  });

  it("sends one e-mail each when several runs go at once", async () => {
    const first = await urgentAlert();
    const second = await urgentAlert();
    later(61);
    await Promise.all([escalate(), escalate(), Jobs.run(db), Alert.escalateDue(db)]);
    for (const alert of [first, second]) {
      const mails = await escalationMails(alert.id);
      expect(mails.map((mail) => mail.to).sort()).toEqual(TEAM_AND_ADMINS);
      expect((await stored(alert.id)).escalatedAt).toBe(clock.toISOString());
    }
  });

  // Four writes escalate one alert: two e-mails, the record, leaving the index.
  const crashes = [1, 2, 3, 4].flatMap((at) =>
    (["before", "after"] as const).map((mode) => ({ at, mode })),
  );
  it.each(crashes)("finishes once after a crash $mode write $at", async ({ at, mode }) => {
    later(60 * 24);
    await escalate();
    const alert = await urgentAlert();
    later(61);
    const dying = crashing(db);
    dying.arm(at, mode);
    await expect(Alert.escalateDue(dying.db)).rejects.toBeInstanceOf(Crash);
    expect(dying.state.crashed).toBe(true);
    await escalate();
    await escalate();
    const mails = await escalationMails(alert.id);
    expect(mails.map((mail) => mail.to).sort()).toEqual(TEAM_AND_ADMINS);
    const item = await stored(alert.id);
    expect(item.escalatedAt).toBe(clock.toISOString());
    expect(item.gsi1pk).toBeUndefined();
  });
});
