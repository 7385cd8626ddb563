import { Alert, Audit, Outbox, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const lead = await signedIn(app, "safeguarding@demo.chorus.test");
const child = client(app);

/** A child answers DEMO811 and the alert it raised, if any, is returned. */
async function answer(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const before = new Set((await Alert.list(db, Demo.ORG_ID)).map((alert) => alert.id));
  const now = Date.now();
  const body = {
    id: uuidv7(now),
    language: "en",
    startedAt: new Date(now - 60_000).toISOString(),
    submittedAt: new Date(now).toISOString(),
    answers,
    ...extra,
  };
  expect((await child("POST", "/api/s/DEMO811/responses", body)).status).toBe(201);
  const raised = (await Alert.list(db, Demo.ORG_ID)).filter((alert) => !before.has(alert.id));
  return { body, raised };
}

describe("what raises an alert", () => {
  it("a child saying they do not feel safe: urgent, due within the hour", async () => {
    const { raised } = await answer({ "feel-safe": "no" });
    expect(raised).toHaveLength(1);
    const [alert] = raised;
    expect(alert).toMatchObject({ severity: "urgent", status: "open" });
    expect(alert!.reasons).toEqual([
      { kind: "answer", questionId: "feel-safe", severity: "urgent" },
    ]);
    expect(Date.parse(alert!.dueAt) - Date.parse(alert!.raisedAt)).toBe(3600_000);
  });

  it("words of harm in free text, with the words that matched", async () => {
    const { raised } = await answer({
      "feel-safe": "yes",
      "one-thing": "my dad hitts me when hes angry",
    });
    expect(raised[0]?.reasons).toEqual([
      expect.objectContaining({ kind: "text", questionId: "one-thing", severity: "urgent" }),
    ]);
    const reason = raised[0]!.reasons[0]!;
    expect(reason.kind === "text" && reason.matched.join(" ")).toMatch(/hitts/);
  });

  it("'Tell my worker', whatever the answers", async () => {
    const { raised } = await answer({ "feel-safe": "yes" }, { tellMyWorker: true });
    expect(raised[0]?.reasons).toEqual([{ kind: "tellMyWorker", severity: "urgent" }]);
  });

  it("nothing for a child who is fine, nor for ordinary words that sound like harm", async () => {
    expect(
      (await answer({ "feel-safe": "yes", "one-thing": "I could kill for a pizza" })).raised,
    ).toEqual([]);
  });

  it("one alert for a response sent twice, and one e-mail per lead without the child's words", async () => {
    const { body, raised } = await answer({ "feel-safe": "no", "one-thing": "he scares me" });
    expect((await child("POST", "/api/s/DEMO811/responses", body)).status).toBe(200);
    const alerts = await Alert.list(db, Demo.ORG_ID);
    expect(alerts.filter((a) => a.id === raised[0]!.id)).toHaveLength(1);
    const mails = (await Outbox.list(db, Demo.ORG_ID)).filter((m) =>
      m.body.includes(raised[0]!.id),
    );
    expect(mails.map((m) => m.to)).toEqual(["safeguarding@demo.chorus.test"]);
    expect(mails[0]!.body).not.toContain("scares");
  });
});

describe("the safeguarding lead's queue", () => {
  it("lists open alerts first, urgent first, without the answers", async () => {
    await answer({ "feel-safe": "notSure" });
    await answer({ "feel-safe": "no" });
    const { status, json } = await lead("GET", "/api/safeguarding/alerts?status=open");
    expect(status).toBe(200);
    const severities = json.alerts.map((a: { severity: string }) => a.severity);
    expect(severities.indexOf("concern")).toBeGreaterThan(severities.lastIndexOf("urgent"));
    expect(JSON.stringify(json)).not.toContain("answers");
    expect(json.alerts.every((a: { status: string }) => a.status === "open")).toBe(true);
  });

  it("refuses a status that does not exist", async () => {
    const { status, json } = await lead("GET", "/api/safeguarding/alerts?status=maybe");
    expect(status).toBe(400);
    expect(json.error.code).toBe("request.invalid");
  });

  it("takes an alert from open to closed with a note, each step once and audited", async () => {
    const { raised } = await answer({ "feel-safe": "no", "one-thing": "i want to die" });
    const at = `/api/safeguarding/alerts/${raised[0]!.id}`;

    const viewed = await lead("GET", at);
    expect(viewed.status).toBe(200);
    expect(viewed.json.response.answers["one-thing"]).toBe("i want to die");
    expect(viewed.json.survey.surveyId).toBe("srv_demo_life811");

    const ack = await lead("POST", `${at}/acknowledge`);
    expect(ack.json.alert).toMatchObject({
      status: "acknowledged",
      ownerId: "stf_demo_safeguarding",
    });
    expect((await lead("POST", `${at}/acknowledge`)).json.alert.acknowledgedAt).toBe(
      ack.json.alert.acknowledgedAt,
    );

    const note = { id: "note_call00001", text: "Rang the carer; social worker visiting today." };
    await lead("POST", `${at}/notes`, note);
    const noted = await lead("POST", `${at}/notes`, note);
    expect(Object.keys(noted.json.alert.notes)).toEqual(["note_call00001"]);

    const vague = await lead("POST", `${at}/close`, { outcome: "no-further-action" });
    expect(vague.status).toBe(400);
    expect((await lead("POST", `${at}/close`, { outcome: "sometime" })).status).toBe(400);
    const closed = await lead("POST", `${at}/close`, { outcome: "passed-to-social-worker" });
    expect(closed.json.alert).toMatchObject({
      status: "closed",
      outcome: "passed-to-social-worker",
    });

    const reopened = await lead("POST", `${at}/reopen`);
    expect(reopened.json.alert.status).toBe("acknowledged");
    expect(reopened.json.alert.outcome).toBeUndefined();

    const trail = (await Audit.list(db, Demo.ORG_ID, { action: "alert." })).filter(
      (entry) => entry.target?.id === raised[0]!.id,
    );
    expect(trail.map((entry) => entry.action).sort()).toEqual(
      [
        "alert.acknowledged",
        "alert.closed",
        "alert.noted",
        "alert.reopened",
        "alert.viewed",
      ].sort(),
    );
  });

  it("assigns only to an active safeguarding colleague", async () => {
    const { raised } = await answer({ "feel-safe": "no" });
    const at = `/api/safeguarding/alerts/${raised[0]!.id}/assign`;
    const wrong = await lead("POST", at, { staffId: "stf_demo_officer" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe("alert.assignee_invalid");
    const right = await lead("POST", at, { staffId: "stf_demo_safeguarding" });
    expect(right.json.alert.ownerId).toBe("stf_demo_safeguarding");
  });

  it("answers 404 for an alert that does not exist, and 403 to other roles", async () => {
    expect((await lead("GET", `/api/safeguarding/alerts/alr_${"0".repeat(24)}`)).status).toBe(404);
    expect((await lead("GET", "/api/safeguarding/alerts/nonsense")).status).toBe(404);
    const officer = await signedIn(app, "officer@demo.chorus.test");
    expect((await officer("GET", "/api/safeguarding/alerts")).status).toBe(403);
  });
});

describe("the safeguarding team", () => {
  it("lists the active safeguarding members an alert can be handed to, and nobody else", async () => {
    const { status, json } = await lead("GET", "/api/safeguarding/team");
    expect(status).toBe(200);
    expect(json.team).toEqual([
      expect.objectContaining({
        id: "stf_demo_safeguarding",
        email: "safeguarding@demo.chorus.test",
      }),
    ]);
    expect(Object.keys(json.team[0]).sort()).toEqual(["email", "id", "name"]);
    const officer = await signedIn(app, "officer@demo.chorus.test");
    expect((await officer("GET", "/api/safeguarding/team")).status).toBe(403);
  });
});

describe("trying a sentence", () => {
  it("says what the lexicon makes of it, and where the words are", async () => {
    const urgent = await lead("POST", "/api/safeguarding/screen", {
      language: "en",
      text: "sometimes i want to kill myself",
    });
    expect(urgent.json).toMatchObject({ screened: true, alert: true, severity: "urgent" });
    const [match] = urgent.json.matched;
    expect("sometimes i want to kill myself".slice(match.at[0], match.at[1])).toBe(match.words);
    const pizza = await lead("POST", "/api/safeguarding/screen", {
      language: "en",
      text: "I could kill for a pizza",
    });
    expect(pizza.json).toEqual({ screened: true, alert: false, matched: [] });
    const welsh = await lead("POST", "/api/safeguarding/screen", {
      language: "cy",
      text: "Mae Dad yn fy nharo",
    });
    expect(welsh.json.screened).toBe(false);
  });
});
