import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { Audit, uuidv7 } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { OTHER, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
// A clock that stays inside one hour, for the draft edits counted per hour.
const steady = await seededApp({ now: () => new Date("2026-11-30T10:20:00.000Z") });

type Entry = {
  action: string;
  at: string;
  what: string;
  who: string;
  about?: string;
  target?: { type: string; id: string };
};

async function auditOf(action: string, on = app): Promise<Entry[]> {
  const admin = await signedIn(on, "admin@demo.chorus.test");
  const month = on === app ? "" : "&month=2026-11";
  const { status, json } = await admin("GET", `/api/admin/audit?action=${action}${month}`);
  expect(status).toBe(200);
  return json.entries;
}

async function newDraft(officer: Awaited<ReturnType<typeof signedIn>>) {
  const id = `srv_${uuidv7().replaceAll("-", "").slice(-20)}`;
  const created = await officer("POST", "/api/surveys", {
    id,
    templateId: "my-life-in-care-8-11",
    staffName: "My life in care, audit test",
  });
  expect(created.status).toBe(201);
  return { id, draft: created.json.draft };
}

describe("the audit log in words", () => {
  it("names the person, the survey and the action instead of giving ids", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    expect((await leader("GET", "/api/reports/surveys/srv_demo_life811")).status).toBe(200);
    const [read] = await auditOf("report.read");
    expect(read).toMatchObject({
      what: "Opened a report",
      who: "Lee Leader (leader@demo.chorus.test)",
      about: "Survey “My life in care”",
    });
  });

  it("names a member of staff an admin acted on", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const changed = await admin("PATCH", "/api/admin/staff/stf_demo_leader", {
      roles: ["leader", "officer"],
    });
    expect(changed.status).toBe(200);
    const [entry] = await auditOf("staff.roles_changed");
    expect(entry).toMatchObject({
      what: "Changed someone's roles",
      who: "Ada Admin (admin@demo.chorus.test)",
      about: "Lee Leader (leader@demo.chorus.test)",
    });
    await admin("PATCH", "/api/admin/staff/stf_demo_leader", { roles: ["leader"] });
  });

  it("says a survey or person has gone rather than showing their id", async () => {
    const officer = await signedIn(app, "officer@demo.chorus.test");
    const { id } = await newDraft(officer);
    await db.doc.send(
      new DeleteCommand({ TableName: db.table, Key: Keys.survey(Demo.ORG_ID, id) }),
    );
    // A person removed since (as a retention purge or an erasure would), with an entry of theirs.
    const gone = { orgId: Demo.ORG_ID, id: "stf_gone", email: "gone@demo.chorus.test" };
    await Audit.byStaff(db, gone, "survey.archived", { type: "survey", id });

    const created = (await auditOf("survey.created")).find((e) => e.target?.id === id);
    expect(created?.about).toBe("Survey (since deleted)");
    expect(created?.who).toBe("Olu Officer (officer@demo.chorus.test)");
    const archived = (await auditOf("survey.archived")).find((e) => e.target?.id === id);
    expect(archived?.who).toBe("gone@demo.chorus.test (no longer on the staff list)");
    expect(JSON.stringify({ about: archived?.about, who: archived?.who })).not.toContain(id);
  });

  it("never names another council's survey or staff", async () => {
    // An entry in the demo council pointing at the other council's survey and admin by id.
    const someone = {
      orgId: Demo.ORG_ID,
      id: "stf_demo_officer",
      email: "officer@demo.chorus.test",
    };
    await Audit.byStaff(db, someone, "survey.restored", { type: "survey", id: OTHER.surveyId });
    await Audit.byStaff(db, someone, "staff.reactivated", { type: "staff", id: OTHER.staff[0].id });
    const restored = (await auditOf("survey.restored")).find(
      (e) => e.target?.id === OTHER.surveyId,
    );
    expect(restored?.about).toBe("Survey (since deleted)");
    const reactivated = (await auditOf("staff.reactivated")).find(
      (e) => e.target?.id === OTHER.staff[0].id,
    );
    expect(reactivated?.about).toBe("A member of staff no longer on the staff list");
    const text = JSON.stringify([restored, reactivated]);
    expect(text).not.toMatch(/Other borough survey|Other Admin|admin@other\.chorus\.test/);
  });

  it("records an officer's draft edits once an hour, and a translation file each time", async () => {
    const officer = await signedIn(steady.app, "officer@demo.chorus.test");
    const { id, draft } = await newDraft(officer);
    const edited = structuredClone(draft.definition);
    for (const [revision, title] of [
      [1, "First change"],
      [2, "Second change"],
    ] as const) {
      edited.title.en = title;
      const saved = await officer("PUT", `/api/surveys/${id}/draft`, {
        revision,
        definition: edited,
      });
      expect(saved.status).toBe(200);
    }
    const edits = (await auditOf("survey.draft_edited", steady.app)).filter(
      (e) => e.target?.id === id,
    );
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      what: "Edited a survey draft",
      about: "Survey “Second change”",
    });
    expect(edits[0]?.at).toBe("2026-11-30T10:00:00.000Z");

    const csv = await officer("GET", `/api/surveys/${id}/strings.csv`);
    const imported = await officer("PUT", `/api/surveys/${id}/strings`, {
      revision: 3,
      csv: csv.json,
    });
    expect(imported.status).toBe(200);
    const retried = await officer("PUT", `/api/surveys/${id}/strings`, {
      revision: 3,
      csv: csv.json,
    });
    expect(retried.status).toBe(200);
    const reads = (await auditOf("survey.translations_imported", steady.app)).filter(
      (e) => e.target?.id === id,
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]?.what).toBe("Read in translations");
  });

  it("records invite links an officer makes", async () => {
    const officer = await signedIn(app, "officer@demo.chorus.test");
    const { json } = await officer("GET", "/api/surveys/srv_demo_life811/distributions");
    const distributionId = json.distributions[0].id;
    const made = await officer(
      "POST",
      `/api/surveys/srv_demo_life811/distributions/${distributionId}/invites`,
      { labels: ["Room 4"], count: 1 },
    );
    expect(made.status).toBe(201);
    const [entry] = await auditOf("invites.created");
    expect(entry).toMatchObject({
      what: "Made invite links",
      who: "Olu Officer (officer@demo.chorus.test)",
      about: "Survey “My life in care”",
    });
    // The private label stays out of the log.
    expect(JSON.stringify(entry)).not.toContain("Room 4");
  });
});
