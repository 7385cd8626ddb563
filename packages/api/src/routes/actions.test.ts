import { Audit, uuidv7 } from "@chorus/core";
import { scanAll } from "@chorus/core/db/query";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, OTHER, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const leader = await signedIn(app, "leader@demo.chorus.test");
const officer = await signedIn(app, "officer@demo.chorus.test");

let made = 0;
const newId = () => `act_test${Date.now().toString(36)}${++made}x`;
const body = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  said: "You said the youth club shuts too early.",
  did: "The youth club now stays open until 9 on Fridays.",
  owner: "Youth Service",
  status: "planned",
  surveyId: "srv_demo_life811",
  ...extra,
});
const { id: _omit, ...edit } = body("act_unused00");

/** Every item in the table, to prove a refused request changed nothing. */
const table = async () => {
  const items: unknown[] = [];
  for await (const item of scanAll(db)) items.push(item);
  return JSON.stringify(items.filter((i) => !String((i as { pk: string }).pk).startsWith("LIMIT")));
};
const auditOf = async (id: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action: "action." })).filter((e) => e.target?.id === id);

describe("recording an action", () => {
  it("creates once: 201, the same body again 200, another body 409, one audit entry", async () => {
    const id = newId();
    const first = await leader("POST", "/api/reports/actions", body(id));
    expect(first.status).toBe(201);
    expect(first.json.action).toMatchObject({
      id,
      status: "planned",
      published: false,
      revision: 1,
    });
    const again = await leader("POST", "/api/reports/actions", body(id));
    expect(again.status).toBe(200);
    expect(again.json.action.id).toBe(id);
    const other = await leader("POST", "/api/reports/actions", body(id, { status: "done" }));
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("action.conflict");
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["action.created"]);
  });

  it("refuses bad input with a 400 that names the field and changes nothing", async () => {
    const before = await table();
    const cases = [
      body("nope"),
      body(newId(), { said: "   " }),
      body(newId(), { status: "maybe" }),
      body(newId(), { due: "next week" }),
      body(newId(), { surveyId: undefined, questionId: "one-thing" }),
      body(newId(), { translations: { en: { said: "x", did: "y" } } }),
      body(newId(), { extra: true }),
    ];
    for (const input of cases) {
      const { status, json } = await leader("POST", "/api/reports/actions", input);
      expect(status).toBe(400);
      expect(json.error.code).toBe("request.invalid");
    }
    // A survey or question that is not the organisation's own.
    for (const input of [
      body(newId(), { surveyId: OTHER.surveyId }),
      body(newId(), { questionId: "not-a-question" }),
    ]) {
      const { status, json } = await leader("POST", "/api/reports/actions", input);
      expect(status).toBe(400);
      expect(json.error.code).toBe("action.invalid");
    }
    expect(await table()).toBe(before);
  });

  it("is the leader's to record and publish; an officer may read and translate", async () => {
    expect((await client(app)("GET", "/api/reports/actions")).status).toBe(401);
    const refused = await officer("POST", "/api/reports/actions", body(newId()));
    expect(refused.status).toBe(403);
    expect((await officer("GET", "/api/reports/actions")).status).toBe(200);
    const safeguarding = await signedIn(app, "safeguarding@demo.chorus.test");
    expect((await safeguarding("GET", "/api/reports/actions")).status).toBe(403);
  });

  it("lists actions with the languages still to translate", async () => {
    const { status, json } = await leader("GET", "/api/reports/actions");
    expect(status).toBe(200);
    const family = json.actions.find((a: { id: string }) => a.id === "act_demoFamilyTime1");
    // "My life in care" is offered in English only, and the action is written in English.
    expect(family.missingLanguages).toEqual([]);
    const everyone = json.actions.find((a: { id: string }) => a.id === "act_demoWorkerStays1");
    // Organisation-wide: every survey's languages; Polish is done, Arabic, Urdu and Lithuanian not.
    expect(everyone.missingLanguages).toEqual(["ar", "ur", "lt"]);
    const school = json.actions.find((a: { id: string }) => a.id === "act_demoSameSchool1");
    expect(school.missingLanguages).toEqual([]);
  });
});

describe("editing, translating, publishing", () => {
  it("edits by revision: the same edit twice is one change, a stale one is a 409", async () => {
    const id = newId();
    await leader("POST", "/api/reports/actions", body(id));
    const changed = { ...edit, status: "doing", revision: 1 };
    const first = await leader("PUT", `/api/reports/actions/${id}`, changed);
    expect(first.status).toBe(200);
    expect(first.json.action).toMatchObject({ status: "doing", revision: 2 });
    const again = await leader("PUT", `/api/reports/actions/${id}`, changed);
    expect(again.json.action.revision).toBe(2);
    const before = await table();
    const stale = await leader("PUT", `/api/reports/actions/${id}`, { ...edit, revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("action.edit_conflict");
    expect(await table()).toBe(before);
    // Leaving out an optional field takes it away.
    const noSurvey = { ...edit, surveyId: undefined, status: "doing", revision: 2 };
    const cleared = await leader("PUT", `/api/reports/actions/${id}`, noSurvey);
    expect(cleared.json.action.surveyId).toBeUndefined();
    expect((await auditOf(id)).map((e) => e.action).sort()).toEqual([
      "action.created",
      "action.updated",
      "action.updated",
    ]);
  });

  it("answers 404 for an unknown or another organisation's action", async () => {
    for (const id of ["act_nosuchaction1", "../../x"]) {
      const { status } = await leader("PUT", `/api/reports/actions/${id}`, edit);
      expect(status).toBe(404);
    }
    const outsider = await signedIn(app, "all@other.chorus.test");
    const { status, json } = await outsider(
      "POST",
      "/api/reports/actions/act_demoFamilyTime1/publish",
    );
    expect(status).toBe(404);
    expect(json.error.code).toBe("action.not_found");
  });

  it("lets an officer fill in a translation, which children then read", async () => {
    const id = newId();
    await leader("POST", "/api/reports/actions", body(id, { surveyId: "srv_demo_allages" }));
    const listed = async () =>
      (await leader("GET", "/api/reports/actions")).json.actions.find(
        (a: { id: string }) => a.id === id,
      );
    expect((await listed()).missingLanguages).toEqual(["ar", "ur", "lt"]);
    const words = { said: "قلتَ إن النادي يغلق مبكراً.", did: "النادي مفتوح الآن حتى التاسعة." };
    const put = await officer("PUT", `/api/reports/actions/${id}/translations/ar`, words);
    expect(put.status).toBe(200);
    expect(put.json.action.translations.ar).toEqual(words);
    expect((await listed()).missingLanguages).toEqual(["ur", "lt"]);
    const own = await officer("PUT", `/api/reports/actions/${id}/translations/en`, words);
    expect(own.status).toBe(400);
    const badLanguage = await officer("PUT", `/api/reports/actions/${id}/translations/x!`, words);
    expect(badLanguage.status).toBe(400);

    await leader("POST", `/api/reports/actions/${id}/publish`);
    const child = client(app);
    const arabic = await child("GET", "/api/s/DEMOALL/you-said?language=ar");
    expect(arabic.json.actions.find((a: { id: string }) => a.id === id)).toMatchObject({
      ...words,
      language: "ar",
    });
  });

  it("publishes and unpublishes, each once however often it is pressed", async () => {
    const id = newId();
    await leader("POST", "/api/reports/actions", body(id));
    const child = client(app);
    const shown = async () =>
      (await child("GET", "/api/s/DEMO811/you-said")).json.actions.some(
        (a: { id: string }) => a.id === id,
      );
    expect(await shown()).toBe(false);
    const officerTries = await officer("POST", `/api/reports/actions/${id}/publish`);
    expect(officerTries.status).toBe(403);
    for (let n = 0; n < 2; n++) {
      const { status, json } = await leader("POST", `/api/reports/actions/${id}/publish`);
      expect(status).toBe(200);
      expect(json.action.published).toBe(true);
    }
    expect(await shown()).toBe(true);
    await leader("POST", `/api/reports/actions/${id}/unpublish`);
    await leader("POST", `/api/reports/actions/${id}/unpublish`);
    expect(await shown()).toBe(false);
    expect((await auditOf(id)).map((e) => e.action).sort()).toEqual([
      "action.created",
      "action.published",
      "action.unpublished",
    ]);
  });
});

describe("GET /api/s/:code/you-said", () => {
  it("shows a code's published actions and the organisation's, in the child's language", async () => {
    const child = client(app);
    const { status, json } = await child("GET", "/api/s/demo811/you-said?language=pl");
    expect(status).toBe(200);
    expect(json.language).toBe("pl");
    expect(json.defaultLanguage).toBe("en");
    const ids = json.actions.map((a: { id: string }) => a.id);
    // Its own survey's and the organisation-wide one; not another survey's, not a draft.
    expect(ids).toContain("act_demoFamilyTime1");
    expect(ids).toContain("act_demoWorkerStays1");
    expect(ids).not.toContain("act_demoHousingPlan");
    expect(ids).not.toContain("act_demoPhoneData1");
    const family = json.actions.find((a: { id: string }) => a.id === "act_demoFamilyTime1");
    expect(family.language).toBe("pl");
    expect(family.said).toContain("rodzeństwo");
    // What is happening now comes first.
    expect(json.actions[0].status).toBe("doing");
    // Only what leaders wrote: nothing a child answered, and no owner or internal fields.
    expect(Object.keys(family).sort()).toEqual(["did", "due", "id", "language", "said", "status"]);
  });

  it("falls back to the survey's own language where nobody translated yet", async () => {
    const { json } = await client(app)("GET", "/api/s/DEMOLEAVE/you-said?language=ar");
    const housing = json.actions.find((a: { id: string }) => a.id === "act_demoHousingPlan");
    expect(housing.language).toBe("en");
    expect(housing.said).toMatch(/^You said/);
  });

  it("refuses a wrong code (counted like any) and a bad language", async () => {
    const child = client(app);
    const wrong = await child("GET", "/api/s/NOSUCHCODE/you-said");
    expect(wrong.status).toBe(404);
    expect(wrong.json.error.code).toBe("survey.not_found");
    const bad = await child("GET", "/api/s/DEMO811/you-said?language=english!");
    expect(bad.status).toBe(400);
    // Another organisation's code shows none of the demo council's actions.
    const other = await child("GET", `/api/s/${OTHER.code}/you-said`);
    expect(other.status).toBe(200);
    expect(other.json.actions).toEqual([]);
  });

  it("is limited like the survey lookup: many wrong codes from one client end in 429", async () => {
    const guesser = client(app, { ip: "203.0.113.77" });
    let last = 0;
    for (let n = 0; n < 62; n++) {
      last = (await guesser("GET", `/api/s/WRONG${n}X/you-said`)).status;
    }
    expect(last).toBe(429);
  });

  it("can be answered the moment a child has sent their response", async () => {
    const child = client(app);
    const now = new Date().toISOString();
    const answer = { id: uuidv7(), language: "en", startedAt: now, submittedAt: now, answers: {} };
    answer.answers = { "feel-safe": "yes" };
    expect((await child("POST", "/api/s/DEMO811/responses", answer)).status).toBe(201);
    const { json } = await child("GET", "/api/s/DEMO811/you-said?language=en");
    expect(json.actions.length).toBeGreaterThan(0);
    expect(JSON.stringify(json)).not.toContain(answer.id);
  });
});

describe("a crash between the action's write and its audit entry", () => {
  it("is finished by the retry, and the entry is written once", async () => {
    const id = newId();
    await leader("POST", "/api/reports/actions", body(id));
    // As if the process died after the write: the entry is owed again and not yet written.
    const { UpdateCommand, DeleteCommand } = await import("@aws-sdk/lib-dynamodb");
    const [entry] = await auditOf(id);
    const key = { pk: `ORG#${Demo.ORG_ID}`, sk: `ACTION#${id}` };
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: {
          pk: `ORG#${Demo.ORG_ID}#AUDIT#${entry!.at.slice(0, 7)}`,
          sk: `${entry!.at}#${entry!.id}`,
        },
      }),
    );
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key,
        UpdateExpression: "SET owed = :owed",
        ExpressionAttributeValues: {
          ":owed": { id: entry!.id, at: entry!.at, action: "action.created" },
        },
      }),
    );
    expect(await auditOf(id)).toEqual([]);
    expect((await leader("POST", "/api/reports/actions", body(id))).status).toBe(200);
    expect((await leader("POST", "/api/reports/actions", body(id))).status).toBe(200);
    await leader("GET", "/api/reports/actions");
    const after = await auditOf(id);
    expect(after.map((e) => e.id)).toEqual([entry!.id]);
  });
});

describe("you-said through a single-use link or a tablet", () => {
  it("shows the same actions to a child who came by link (after using it) or on a tablet", async () => {
    const made = await officer(
      "POST",
      "/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811/invites",
      { count: 1 },
    );
    const token = made.json.invites[0].token as string;
    const child = client(app);
    const now = new Date().toISOString();
    const answer = { id: uuidv7(), language: "en", startedAt: now, submittedAt: now };
    const sent = await child("POST", `/api/i/${token}/responses`, {
      ...answer,
      answers: { "feel-safe": "yes" },
    });
    expect(sent.status).toBe(201);
    const byLink = await child("GET", `/api/i/${token}/you-said?language=pl`);
    expect(byLink.status).toBe(200);
    const byCode = await child("GET", "/api/s/DEMO811/you-said?language=pl");
    expect(byLink.json).toEqual(byCode.json);
    // The link's token is not a code: nothing here names it.
    expect(JSON.stringify(byLink.json)).not.toContain(token);

    const tabletToken = `yousaid-${"t".repeat(32)}`;
    const session = await officer("POST", "/api/tablet-sessions", {
      id: "tab_yousaid0001",
      distributionId: "dst_seedDEMO811",
      label: "You said tablet",
      pin: "2468",
      token: tabletToken,
    });
    expect(session.status).toBe(201);
    const onTablet = await child("GET", `/api/t/${tabletToken}/you-said?language=pl`);
    expect(onTablet.status).toBe(200);
    expect(onTablet.json).toEqual(byCode.json);

    for (const path of [`/api/i/${"x".repeat(24)}/you-said`, `/api/t/${"y".repeat(40)}/you-said`]) {
      const wrong = await child("GET", path);
      expect(wrong.status).toBe(404);
    }
  });
});
