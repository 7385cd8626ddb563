/**
 * "Tell my worker" heard the moment it is pressed, through each way in: exactly one urgent alert
 * per press, whatever the device resends; a refused request stores nothing; an invite link is
 * never used up by it; and the finished response does not raise a second alert for the press.
 */
import { randomBytes } from "node:crypto";
import { Alert, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, OTHER, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const request = client(app);
const officer = await signedIn(app, "officer@demo.chorus.test");
const lead = await signedIn(app, "safeguarding@demo.chorus.test");

function helpBody(overrides: Record<string, unknown> = {}) {
  return { id: uuidv7(), language: "en", sentAt: new Date().toISOString(), ...overrides };
}

/** A code whose distribution an officer has closed. */
async function closedCode() {
  const distributions = "/api/surveys/srv_demo_life811/distributions";
  const body = { id: "dst_helpclosed01", label: "Closed before help", cohort: "children-in-care" };
  const { status, json } = await officer("POST", distributions, body);
  expect(status).toBe(201);
  expect((await officer("POST", `${distributions}/${body.id}/close`)).status).toBe(200);
  return json.distribution.code as string;
}

const alerts = () => Alert.list(db, Demo.ORG_ID);
const helpAlerts = async () =>
  (await alerts()).filter((alert) => alert.reasons.some((r) => r.kind === "tellMyWorker"));

describe("POST /api/s/:code/help", () => {
  it("raises one urgent alert at once, with the contact the child gave; a resend adds nothing", async () => {
    const before = (await alerts()).length;
    const body = helpBody({
      ageBand: "8-11",
      contact: { firstName: " Sam ", reach: "07700 900123", workerName: "" },
    });
    const first = await request("POST", "/api/s/demo811/help", body);
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: body.id, received: true, alertId: expect.any(String) });
    const resend = await request("POST", "/api/s/DEMO811/help", body);
    expect(resend.status).toBe(200);
    expect(resend.json).toEqual(first.json);
    expect((await alerts()).length).toBe(before + 1);

    const { status, json } = await lead("GET", `/api/safeguarding/alerts/${first.json.alertId}`);
    expect(status).toBe(200);
    expect(json.alert).toMatchObject({
      severity: "urgent",
      status: "open",
      reasons: [{ kind: "tellMyWorker", severity: "urgent" }],
      contact: { firstName: "Sam", reach: "07700 900123" },
      context: { distributionId: "dst_seedDEMO811" },
    });
    expect(json.alert.contact.workerName).toBeUndefined();
    // The help request reads as a response with no answers, so the alert page shows it plainly.
    expect(json.response).toMatchObject({ language: "en", ageBand: "8-11", answers: {} });
  });

  it("answers 409 for another body under the same id, and keeps the first", async () => {
    const body = helpBody({ contact: { firstName: "Ali" } });
    expect((await request("POST", "/api/s/DEMO811/help", body)).status).toBe(201);
    const before = (await alerts()).length;
    const other = await request("POST", "/api/s/DEMO811/help", {
      ...body,
      contact: { firstName: "Someone else" },
    });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("help.conflict");
    expect((await alerts()).length).toBe(before);
    expect((await request("POST", "/api/s/DEMO811/help", body)).status).toBe(200);
  });

  it.each([
    ["an id that is not a UUIDv7", { id: "1234" }, "id"],
    ["an unknown field", { device: "ipad" }, undefined],
    ["no sentAt", { sentAt: undefined }, "sentAt"],
    ["a first name over 40 characters", { contact: { firstName: "x".repeat(41) } }, "contact"],
    ["a way to reach over 200 characters", { contact: { reach: "x".repeat(201) } }, "contact"],
    ["an unknown contact field", { contact: { surname: "Smith" } }, "contact"],
    ["a language the survey lacks", { language: "pl" }, "language"],
    ["an age band the survey is not for", { ageBand: "4-7" }, "ageBand"],
  ])("answers 400 and stores nothing for %s", async (_name, overrides, path) => {
    const before = (await alerts()).length;
    const body = helpBody(overrides);
    const { status, json } = await request("POST", "/api/s/DEMO811/help", body);
    expect(status).toBe(400);
    expect(json.error.code).toMatch(/^(request|help)\.invalid$/);
    if (path) expect(Object.keys(json.error.issues.nested ?? {}).join(" ")).toContain(path);
    expect((await alerts()).length).toBe(before);
    // Nothing was stored under the id: a good body with it is new, not a conflict.
    if (typeof body.id === "string" && body.id.length > 10) {
      expect((await request("POST", "/api/s/DEMO811/help", helpBody({ id: body.id }))).status).toBe(
        201,
      );
    }
  });

  it("answers 404 for an unknown code and 410 for a closed one, storing nothing", async () => {
    const before = (await alerts()).length;
    const unknown = await request("POST", "/api/s/NOPE123/help", helpBody());
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("survey.not_found");

    const closed = await request("POST", `/api/s/${await closedCode()}/help`, helpBody());
    expect(closed.status).toBe(410);
    expect(closed.json.error.code).toBe("survey.closed");
    expect((await alerts()).length).toBe(before);
  });

  it("keeps other organisations apart: their code raises their alert, which we never see", async () => {
    const ours = new Set((await alerts()).map((alert) => alert.id));
    const theirs = await request("POST", `/api/s/${OTHER.code}/help`, helpBody());
    expect(theirs.status).toBe(201);
    expect(ours.has(theirs.json.alertId)).toBe(false);
    expect((await Alert.list(db, OTHER.orgId)).map((a) => a.id)).toContain(theirs.json.alertId);
    expect((await lead("GET", `/api/safeguarding/alerts/${theirs.json.alertId}`)).status).toBe(404);
    const list = (await lead("GET", "/api/safeguarding/alerts")).json.alerts;
    expect(list.map((a: { id: string }) => a.id)).not.toContain(theirs.json.alertId);
  });
});

describe("the finished response after a press", () => {
  const responseBody = (overrides: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    language: "en",
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    submittedAt: new Date().toISOString(),
    answers: { "feel-home": 4 },
    ...overrides,
  });

  it("raises no second alert when it names a help request the server holds", async () => {
    const help = helpBody();
    expect((await request("POST", "/api/s/DEMO811/help", help)).status).toBe(201);
    const before = (await alerts()).length;
    const body = responseBody({ helpId: help.id, tellMyWorker: true });
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
    expect((await alerts()).length).toBe(before);
  });

  it("asks for the worker itself when the help request it names never arrived", async () => {
    const before = (await helpAlerts()).length;
    const body = responseBody({ helpId: uuidv7() });
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
    expect((await helpAlerts()).length).toBe(before + 1);
  });

  it("still raises its own reasons, such as a concern answer, beside the help request", async () => {
    const help = helpBody();
    expect((await request("POST", "/api/s/DEMO811/help", help)).status).toBe(201);
    const all = (await alerts()).length;
    const body = responseBody({ helpId: help.id, answers: { "feel-safe": "no" } });
    expect((await request("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
    const raised = await alerts();
    expect(raised.length).toBe(all + 1);
    const newest = raised.filter((a) => a.reasons.some((r) => r.kind === "answer")).at(-1);
    expect(newest?.reasons.map((r) => r.kind)).not.toContain("tellMyWorker");
  });
});

describe("POST /api/i/:token/help", () => {
  async function invite() {
    const made = await officer(
      "POST",
      "/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811/invites",
      { labels: ["Child H"] },
    );
    expect(made.status).toBe(201);
    return `/api/i/${made.json.invites[0].token}`;
  }

  it("raises the alert and leaves the link unused, so the child can still answer", async () => {
    const at = await invite();
    const help = helpBody({ contact: { workerName: "Jo" } });
    const first = await request("POST", `${at}/help`, help);
    expect(first.status).toBe(201);
    expect((await request("POST", `${at}/help`, help)).status).toBe(200);
    expect((await request("GET", at)).status).toBe(200);
    const answered = await request("POST", `${at}/responses`, {
      id: uuidv7(),
      language: "en",
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      submittedAt: new Date().toISOString(),
      answers: { "feel-home": 2 },
      helpId: help.id,
    });
    expect(answered.status).toBe(201);
    // The link is used now; a child who still needs a person is heard all the same.
    expect((await request("GET", at)).status).toBe(410);
    expect((await request("POST", `${at}/help`, helpBody())).status).toBe(201);
    const alert = (await lead("GET", `/api/safeguarding/alerts/${first.json.alertId}`)).json.alert;
    expect(alert.contact).toEqual({ workerName: "Jo" });
  });

  it("answers 404 for a link that does not exist", async () => {
    const { status, json } = await request("POST", "/api/i/nosuchlinkatall/help", helpBody());
    expect(status).toBe(404);
    expect(json.error.code).toBe("invite.not_found");
  });
});

describe("POST /api/t/:token/help", () => {
  it("raises the alert with the tablet session in its context, and 410 once it has ended", async () => {
    const token = randomBytes(32).toString("base64url");
    const id = `tab_${randomBytes(8).toString("hex")}`;
    const started = await officer("POST", "/api/tablet-sessions", {
      id,
      distributionId: "dst_seedDEMO811",
      label: "Help tablet",
      pin: "4321",
      token,
    });
    expect(started.status).toBe(201);
    const first = await request("POST", `/api/t/${token}/help`, helpBody());
    expect(first.status).toBe(201);
    const alert = (await lead("GET", `/api/safeguarding/alerts/${first.json.alertId}`)).json.alert;
    expect(alert.context.tabletSessionId).toBe(id);
    // Asking for help is not taking part: the session's count is unchanged.
    expect((await request("GET", `/api/t/${token}`)).json.session.participants).toBe(0);

    expect((await officer("POST", `/api/tablet-sessions/${id}/end`)).status).toBe(200);
    const late = await request(
      "POST",
      `/api/t/${token}/help`,
      helpBody({ sentAt: new Date(Date.now() + 1000).toISOString() }),
    );
    expect(late.status).toBe(410);
  });
});
