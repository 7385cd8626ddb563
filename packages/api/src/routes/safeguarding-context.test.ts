/**
 * What an alert tells the safeguarding lead about reaching the child (the code and cohort, an
 * invite link's private label, the tablet session and its officer), and that none of it reaches
 * the child or a report.
 */
import { randomBytes } from "node:crypto";
import { Alert } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const lead = await signedIn(app, "safeguarding@demo.chorus.test");
const officer = await signedIn(app, "officer@demo.chorus.test");
const leader = await signedIn(app, "leader@demo.chorus.test");
const child = client(app);
const SURVEY = "srv_demo_life811";
const INVITES = `/api/surveys/${SURVEY}/distributions/dst_seedDEMO811/invites`;
const LABEL = "Case 4471 (Jo)";

/** Answers that raise an urgent alert, sent to `path`; the alert's page is returned. */
async function alertFrom(path: string) {
  const before = new Set((await Alert.list(db, Demo.ORG_ID)).map((alert) => alert.id));
  expect((await child("POST", path, responseBody({ "feel-safe": "no" }))).status).toBe(201);
  const [alert] = (await Alert.list(db, Demo.ORG_ID)).filter((a) => !before.has(a.id));
  const page = await lead("GET", `/api/safeguarding/alerts/${alert!.id}`);
  expect(page.status).toBe(200);
  return page.json;
}

describe("an alert's context, for the safeguarding lead only", () => {
  it("names the code and cohort of a child who used the code", async () => {
    const page = await alertFrom("/api/s/DEMO811/responses");
    expect(page.context).toEqual({
      distributionId: "dst_seedDEMO811",
      code: "DEMO811",
      cohort: expect.any(String),
    });
    expect(page.alert.context).toEqual(page.context);
    expect(page.overdue).toBe(false);
  });

  it("gives an invite link's private label, which the child and reports never see", async () => {
    const made = await officer("POST", INVITES, { labels: [LABEL], count: 1 });
    expect(made.status).toBe(201);
    const [labelled, plain] = made.json.invites;
    expect(labelled.label).toBe(LABEL);
    expect(plain.label).toBeUndefined();

    const opened = await child("GET", `/api/i/${labelled.token}`);
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.json)).not.toContain("Case 4471");

    const page = await alertFrom(`/api/i/${labelled.token}/responses`);
    expect(page.context).toMatchObject({ code: "DEMO811", inviteLabel: LABEL });
    const unlabelled = await alertFrom(`/api/i/${plain.token}/responses`);
    expect(unlabelled.context.inviteLabel).toBeUndefined();

    // The queue lists no context; reports and the officer's export know nothing of the label.
    const queue = await lead("GET", "/api/safeguarding/alerts");
    expect(JSON.stringify(queue.json)).not.toContain("Case 4471");
    const report = await leader("GET", `/api/reports/surveys/${SURVEY}`);
    expect(report.status).toBe(200);
    expect(JSON.stringify(report.json)).not.toContain("Case 4471");
    const exported = await officer("GET", `/api/surveys/${SURVEY}/export`);
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.json)).not.toContain("Case 4471");
  });

  it("refuses labels that are too long or empty, and making no links at all", async () => {
    for (const body of [
      { labels: ["x".repeat(81)] },
      { labels: ["  "] },
      { labels: [] },
      { count: 0 },
      { count: 201 },
      { labels: ["A"], count: 200 },
      {},
    ]) {
      const { status } = await officer("POST", INVITES, body);
      expect(status).toBe(400);
    }
  });

  it("names the tablet session and the officer who started it", async () => {
    const token = randomBytes(32).toString("base64url");
    const started = await officer("POST", "/api/tablet-sessions", {
      id: `tab_${randomBytes(6).toString("hex")}`,
      distributionId: "dst_seedDEMO811",
      label: "Room 2 tablet",
      pin: "1357",
      token,
    });
    expect(started.status).toBe(201);
    const page = await alertFrom(`/api/t/${token}/responses`);
    expect(page.context).toMatchObject({
      code: "DEMO811",
      tabletSessionId: started.json.session.id,
      tabletLabel: "Room 2 tablet",
      officer: { id: "stf_demo_officer", name: "Olu Officer" },
    });
    // The kiosk shows its own label, never who the children's alerts went to.
    const kiosk = await child("GET", `/api/t/${token}`);
    expect(JSON.stringify(kiosk.json)).not.toContain("Olu");
  });
});
