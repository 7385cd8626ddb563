/**
 * Issue 13, items 7, 8 and 10 through the API: names for staff, the officer's dashboard of
 * response counts, and what publishing would change.
 */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
let counter = 0;
const newId = (prefix: string) => `${prefix}_dash${String(++counter).padStart(6, "0")}x`;

async function fromTemplate(staffName: string) {
  const id = newId("srv");
  const created = await officer("POST", "/api/surveys", {
    id,
    templateId: "my-life-in-care-8-11",
    staffName,
  });
  expect(created.status).toBe(201);
  return { id, draft: created.json.draft };
}

async function publish(id: string) {
  const { json } = await officer("GET", `/api/surveys/${id}`);
  return officer("POST", `/api/surveys/${id}/publish`, { revision: json.draft.revision });
}

async function handOut(id: string, label: string) {
  const handed = await officer("POST", `/api/surveys/${id}/distributions`, {
    id: newId("dst"),
    label,
    cohort: "children-in-care",
  });
  expect(handed.status).toBe(201);
  return handed.json.distribution as { id: string; code: string };
}

const answer = (code: string) =>
  client(app)("POST", `/api/s/${code}/responses`, {
    ...responseBody({ "feel-safe": "yes" }),
    ageBand: "8-11",
  });

describe("a name for staff beside the title for children", () => {
  it("asks for one when starting from a template, with a clear 400 that makes nothing", async () => {
    for (const staffName of [undefined, "   ", "x".repeat(81), 7]) {
      const id = newId("srv");
      const refused = await officer("POST", "/api/surveys", {
        id,
        templateId: "leaving-care",
        ...(staffName === undefined ? {} : { staffName }),
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("request.invalid");
      expect(Object.keys(refused.json.error.issues.nested)).toContain("staffName");
      expect((await officer("GET", `/api/surveys/${id}`)).status).toBe(404);
    }
    const both = await officer("POST", "/api/surveys", {
      id: newId("srv"),
      templateId: "leaving-care",
      definition: {},
      staffName: "Both",
    });
    expect(both.status).toBe(400);
  });

  it("keeps two surveys from one template apart, trimmed, in the list and the draft", async () => {
    const spring = await fromTemplate("  Life in care – spring, Year 9  ");
    const autumn = await fromTemplate("Life in care – autumn");
    expect(spring.draft.staffName).toBe("Life in care – spring, Year 9");
    expect(spring.draft.definition.title).toEqual(autumn.draft.definition.title);
    const { json } = await officer("GET", "/api/surveys");
    const names = json.surveys.map((s: { staffName: string }) => s.staffName);
    expect(names).toContain("Life in care – spring, Year 9");
    expect(names).toContain("Life in care – autumn");
    // A retry of the create with the same name is the same survey; another name is a conflict.
    const again = await officer("POST", "/api/surveys", {
      id: autumn.id,
      templateId: "my-life-in-care-8-11",
      staffName: "Life in care – autumn",
    });
    expect(again.status).toBe(200);
    const renamed = await officer("POST", "/api/surveys", {
      id: autumn.id,
      templateId: "my-life-in-care-8-11",
      staffName: "Something else",
    });
    expect(renamed.status).toBe(409);
  });

  it("falls back to the title for surveys made before names for staff", async () => {
    const { json } = await officer("GET", "/api/surveys");
    const demo = json.surveys.find((s: { id: string }) => s.id === "srv_demo_life811");
    expect(demo.staffName).toBe(demo.title.en);
    const report = await (await signedIn(app, "leader@demo.chorus.test"))(
      "GET",
      "/api/reports/surveys",
    );
    expect(
      report.json.surveys.find((s: { id: string }) => s.id === "srv_demo_life811").staffName,
    ).toBe(demo.title.en);
  });

  it("renames once, audited once; a repeat changes nothing; bad names are 400s", async () => {
    const { id } = await fromTemplate("First name");
    const renamed = await officer("PUT", `/api/surveys/${id}/name`, { staffName: " Second " });
    expect(renamed.json).toEqual({ staffName: "Second", changed: true });
    const repeat = await officer("PUT", `/api/surveys/${id}/name`, { staffName: "Second" });
    expect(repeat.json).toEqual({ staffName: "Second", changed: false });
    const audit = (await Audit.list(db, Demo.ORG_ID, { action: "survey.renamed" })).filter(
      (e) => e.target?.id === id,
    );
    expect(audit.map((e) => e.detail)).toEqual([{ from: "First name", to: "Second" }]);
    for (const body of [{ staffName: "" }, { staffName: "y".repeat(81) }, { name: "x" }, {}]) {
      const refused = await officer("PUT", `/api/surveys/${id}/name`, body);
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("request.invalid");
    }
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.staffName).toBe("Second");
    const missing = await officer("PUT", "/api/surveys/srv_nosuchsurvey1/name", {
      staffName: "Nobody",
    });
    expect(missing.status).toBe(404);
  });

  it("writes a rename's audit entry after a crash left it out, and only once", async () => {
    const { id } = await fromTemplate("Before the crash");
    // What a crash between the rename and its audit entry leaves behind.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.survey(Demo.ORG_ID, id),
        UpdateExpression: "SET staffName = :name, lastRename = :last",
        ExpressionAttributeValues: {
          ":name": "After the crash",
          ":last": {
            id: "crashrename01",
            at: new Date().toISOString(),
            from: "Before the crash",
          },
        },
      }),
    );
    for (let retry = 0; retry < 2; retry++) {
      const again = await officer("PUT", `/api/surveys/${id}/name`, {
        staffName: "After the crash",
      });
      expect(again.json).toEqual({ staffName: "After the crash", changed: false });
    }
    const audit = (await Audit.list(db, Demo.ORG_ID, { action: "survey.renamed" })).filter(
      (e) => e.target?.id === id,
    );
    expect(audit.map((e) => [e.id, e.detail])).toEqual([
      ["crashrename01", { from: "Before the crash", to: "After the crash" }],
    ]);
  });

  it("never gives a child the name for staff", async () => {
    const { id } = await fromTemplate("Staff only name for Oakfield home");
    expect((await publish(id)).status).toBe(201);
    const { code } = await handOut(id, "Oakfield");
    const served = await client(app)("GET", `/api/s/${code}`);
    expect(served.status).toBe(200);
    expect(JSON.stringify(served.json)).not.toContain("Staff only name for Oakfield home");
  });
});

describe("the officer's dashboard", () => {
  it("counts each survey's responses exactly, in all and per code, with its waves", async () => {
    const { id } = await fromTemplate("Dashboard survey");
    expect((await publish(id)).status).toBe(201);
    const first = await handOut(id, "Council meeting");
    const second = await handOut(id, "Home visits");
    const wave = await officer("PUT", "/api/surveys/waves/wav_dashboard1", {
      label: "Home visits round",
      code: second.code,
    });
    expect(wave.status).toBe(201);
    for (const code of [first.code, first.code, first.code, second.code]) {
      expect((await answer(code)).status).toBe(201);
    }
    const { status, json } = await officer("GET", "/api/surveys/dashboard");
    expect(status).toBe(200);
    const line = json.surveys.find((s: { id: string }) => s.id === id);
    expect(line).toMatchObject({
      staffName: "Dashboard survey",
      status: "published",
      publishedVersion: 1,
      responses: 4,
      otherResponses: 0,
    });
    expect(line.lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const byCode = Object.fromEntries(
      line.codes.map((c: { code: string; responses: number }) => [c.code, c.responses]),
    );
    // Exact, not "fewer than 8": the officer's own operational numbers (docs/reports.md).
    expect(byCode).toEqual({ [first.code]: 3, [second.code]: 1 });
    expect(line.waves).toEqual([
      { id: "wav_dashboard1", label: "Home visits round", code: second.code, responses: 1 },
    ]);
    const draftOnly = await fromTemplate("Not handed out yet");
    const drafted = (await officer("GET", "/api/surveys/dashboard")).json.surveys.find(
      (s: { id: string }) => s.id === draftOnly.id,
    );
    expect(drafted).toMatchObject({ responses: 0, codes: [], status: "draft" });
  });

  it("is for officers: a leader without the officer role is refused", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    const refused = await leader("GET", "/api/surveys/dashboard");
    expect(refused.status).toBe(403);
  });
});

describe("what publishing changes", () => {
  it("names the next version and the differences, and nothing once published", async () => {
    const { id, draft } = await fromTemplate("Changes survey");
    const before = await officer("GET", `/api/surveys/${id}/changes`);
    expect(before.json).toMatchObject({ publishedVersion: 0, nextVersion: 1, changed: true });
    expect((await publish(id)).status).toBe(201);
    const after = await officer("GET", `/api/surveys/${id}/changes`);
    expect(after.json).toMatchObject({ publishedVersion: 1, nextVersion: 2, changed: false });

    const definition = structuredClone(draft.definition);
    definition.pages[0].questions[0].prompt.en = "How do you feel at home these days?";
    definition.languages = ["en", "pl"];
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: draft.revision,
      definition,
    });
    expect(saved.status).toBe(200);
    const edited = await officer("GET", `/api/surveys/${id}/changes`);
    expect(edited.json).toMatchObject({ nextVersion: 2, changed: true });
    expect(edited.json.changes.questions.changed).toEqual([
      { id: definition.pages[0].questions[0].id, words: "How do you feel at home these days?" },
    ]);
    expect(edited.json.changes.translations.added).toEqual(["pl"]);
  });

  it("makes no new version of a draft that says what the published one says", async () => {
    const { id, draft } = await fromTemplate("Unchanged survey");
    expect((await publish(id)).status).toBe(201);
    // An edit and its undo: a new revision with the published words.
    const definition = structuredClone(draft.definition);
    definition.title.en = "Changed for a moment";
    await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition });
    await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: 2,
      definition: draft.definition,
    });
    const again = await publish(id);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ version: 1, created: false });
    const changes = await officer("GET", `/api/surveys/${id}/changes`);
    expect(changes.json.changed).toBe(false);
  });

  it("is a 404 for a survey that is not there", async () => {
    const missing = await officer("GET", "/api/surveys/srv_nosuchsurvey1/changes");
    expect(missing.status).toBe(404);
  });
});
