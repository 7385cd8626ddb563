import { Response, Survey, uuidv7 } from "@chorus/core";
import { CODE_ALPHABET } from "@chorus/core/survey/code";
import { MAX_RULE_DEPTH } from "@chorus/core/survey/schema";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

let clock = new Date("2026-11-23T10:00:00Z");
const { app, db } = await seededApp({ now: () => clock });
const officer = await signedIn(app, "officer@demo.chorus.test");
const otherOfficer = await signedIn(app, "officer@demo.chorus.test");
let counter = 0;
const newId = (prefix: string) => `${prefix}_test${String(++counter).padStart(6, "0")}x`;

async function fromTemplate(templateId = "my-life-in-care-8-11") {
  const id = newId("srv");
  const created = await officer("POST", "/api/surveys", {
    id,
    templateId,
    staffName: "Test survey",
  });
  expect(created.status).toBe(201);
  return { id, draft: created.json.draft };
}

async function publishAndHandOut(id: string, extra: Record<string, unknown> = {}) {
  const { json } = await officer("GET", `/api/surveys/${id}`);
  const published = await officer("POST", `/api/surveys/${id}/publish`, {
    revision: json.draft.revision,
  });
  expect(published.status).toBe(201);
  const handed = await officer("POST", `/api/surveys/${id}/distributions`, {
    id: newId("dst"),
    label: "Autumn council",
    cohort: "children-in-care",
    ...extra,
  });
  expect(handed.status).toBe(201);
  return handed.json.distribution;
}

function response(overrides: Record<string, unknown> = {}) {
  const now = clock.toISOString();
  return {
    id: uuidv7(),
    language: "en",
    startedAt: now,
    submittedAt: now,
    answers: { "feel-safe": "yes" },
    ...overrides,
  };
}

describe("starting and editing surveys", () => {
  it("lists the templates and starts a draft from one, idempotently", async () => {
    const templates = await officer("GET", "/api/surveys/templates");
    expect(templates.json.templates.map((t: { id: string }) => t.id)).toContain("leaving-care");
    // "12 questions" counts what a child is asked: an information screen ("Hello!") is not one.
    for (const template of Survey.templates()) {
      const asked = template.definition.pages
        .flatMap((page) => page.questions)
        .filter((question) => question.type !== "info").length;
      const listed = templates.json.templates.find((t: { id: string }) => t.id === template.id);
      expect(listed.questionCount, template.id).toBe(asked);
    }
    const id = newId("srv");
    const first = await officer("POST", "/api/surveys", {
      id,
      templateId: "leaving-care",
      staffName: "Leaving care test",
    });
    expect(first.status).toBe(201);
    expect(first.json.draft).toMatchObject({ revision: 1, status: "draft", publishedVersion: 0 });
    expect(first.json.problems).toEqual([]);
    const again = await officer("POST", "/api/surveys", {
      id,
      templateId: "leaving-care",
      staffName: "Leaving care test",
    });
    expect(again.status).toBe(200);
    const clash = await officer("POST", "/api/surveys", {
      id,
      templateId: "before-my-review",
      staffName: "Leaving care test",
    });
    expect(clash.status).toBe(409);
  });

  it("answers a late retry of the create with the draft as edited since, not a conflict", async () => {
    const { id, draft } = await fromTemplate();
    const edited = structuredClone(draft.definition);
    edited.title.en = "Edited after creating";
    await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition: edited });
    const retry = await officer("POST", "/api/surveys", {
      id,
      templateId: "my-life-in-care-8-11",
      staffName: "Test survey",
    });
    expect(retry.status).toBe(200);
    expect(retry.json.draft).toMatchObject({ revision: 2, definition: { title: edited.title } });
  });

  it("saves drafts by revision and tells the second of two editors about the conflict", async () => {
    const { id, draft } = await fromTemplate();
    const edited = structuredClone(draft.definition);
    edited.title.en = "Our life in care";
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: 1,
      definition: edited,
    });
    expect(saved.status).toBe(200);
    expect(saved.json.draft.revision).toBe(2);
    // The same save sent again (a retry) is not a conflict.
    const retry = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: 1,
      definition: edited,
    });
    expect(retry.status).toBe(200);
    expect(retry.json.draft.revision).toBe(2);

    const theirs = structuredClone(draft.definition);
    theirs.title.en = "Something else";
    const stale = await otherOfficer("PUT", `/api/surveys/${id}/draft`, {
      revision: 1,
      definition: theirs,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("survey.edit_conflict");
    expect(stale.json.error.message).toContain("officer@demo.chorus.test");
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.definition.title.en).toBe(
      "Our life in care",
    );
  });

  it("refuses an invalid definition with issues and keeps the draft as it was", async () => {
    const { id, draft } = await fromTemplate();
    const broken = { ...draft.definition, pages: [] };
    const { status, json } = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: 1,
      definition: broken,
    });
    expect(status).toBe(400);
    expect(json.error.code).toBe("survey.invalid");
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.revision).toBe(1);
  });

  it("stores, publishes and hands out the deepest rules allowed, and refuses deeper with a 400", async () => {
    // DynamoDB refuses items nested more than 32 levels (dynalite does not): the bound on rules
    // keeps every copy of a survey storable, and a deeper rule is the officer's error, not a 500.
    const { id, draft } = await fromTemplate();
    const nested = (levels: number) => {
      let rule: object = { ageBand: ["8-11"] };
      for (let level = 1; level < levels; level++) rule = { all: [rule, { ageBand: ["8-11"] }] };
      return rule;
    };
    const definition = structuredClone(draft.definition);
    definition.pages.at(-1).questions[0].showIf = nested(MAX_RULE_DEPTH);
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition });
    expect(saved.status).toBe(200);
    expect(saved.json.problems).toEqual([]);
    const { code } = await publishAndHandOut(id);
    const served = await client(app)("GET", `/api/s/${code}`);
    expect(served.status).toBe(200);
    expect(served.json.survey.pages.at(-1).questions[0].showIf).toEqual(nested(MAX_RULE_DEPTH));

    definition.pages.at(-1).questions[0].showIf = nested(MAX_RULE_DEPTH + 1);
    const deeper = await officer("PUT", `/api/surveys/${id}/draft`, { revision: 2, definition });
    expect(deeper.status).toBe(400);
    expect(deeper.json.error.code).toBe("survey.invalid");
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.revision).toBe(2);
  });

  it("will not publish a survey whose logic points forward, naming the questions", async () => {
    const { id, draft } = await fromTemplate();
    const definition = structuredClone(draft.definition);
    const [first, second] = definition.pages[0].questions;
    first.showIf = { question: second.id, answered: true };
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition });
    expect(saved.json.problems.join(" ")).toContain(second.id);
    const publish = await officer("POST", `/api/surveys/${id}/publish`, { revision: 2 });
    expect(publish.status).toBe(400);
    expect(publish.json.error.code).toBe("survey.not_ready");
  });
});

describe("publishing and versions", () => {
  it("publishes a seeded demo survey as it stands, with nothing left unpublished", async () => {
    const id = "srv_demo_leaving";
    const before = await officer("GET", `/api/surveys/${id}`);
    const published = await officer("POST", `/api/surveys/${id}/publish`, {
      revision: before.json.draft.revision,
    });
    expect(published.status).toBe(201);
    expect(published.json.version).toBe(before.json.draft.publishedVersion + 1);
    const after = await officer("GET", `/api/surveys/${id}`);
    expect(after.json.draft.unpublishedChanges).toBe(false);
  });

  it("makes immutable versions: children keep the published one while the draft changes", async () => {
    const { id, draft } = await fromTemplate();
    const distribution = await publishAndHandOut(id);
    const again = await officer("POST", `/api/surveys/${id}/publish`, { revision: draft.revision });
    expect(again.json).toEqual({ version: 1, created: false });

    const current = (await officer("GET", `/api/surveys/${id}`)).json.draft;
    const edited = structuredClone(current.definition);
    edited.title.en = "Version two";
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: current.revision,
      definition: edited,
    });
    expect(saved.json.draft.unpublishedChanges).toBe(true);
    const child = await client(app)("GET", `/api/s/${distribution.code}`);
    expect(child.json.survey.version).toBe(1);
    expect(child.json.survey.title.en).not.toBe("Version two");

    await officer("POST", `/api/surveys/${id}/publish`, { revision: saved.json.draft.revision });
    const after = await client(app)("GET", `/api/s/${distribution.code.toLowerCase()}`);
    expect(after.json.survey).toMatchObject({ version: 2, title: { en: "Version two" } });
    const v1 = await officer("GET", `/api/surveys/${id}/versions/1`);
    expect(v1.json.definition.title.en).not.toBe("Version two");
    // Question ids are stable across versions, so reports can span them.
    const ids = (d: { pages: { questions: { id: string }[] }[] }) =>
      d.pages.flatMap((p) => p.questions.map((q) => q.id));
    expect(ids(after.json.survey)).toEqual(ids(v1.json.definition));
  });

  it("will not publish questions about safety that alert nobody until the officer confirms", async () => {
    const { id, draft } = await fromTemplate();
    expect(draft.definition.concerns.length).toBeGreaterThan(0);
    const start = await officer("GET", `/api/surveys/${id}`);
    expect(start.json.warnings).toEqual([]);
    const definition = { ...structuredClone(draft.definition), concerns: [] };
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition });
    expect(saved.json.problems).toEqual([]);
    expect(saved.json.warnings).toEqual([
      expect.objectContaining({ kind: "noSafeguardingRule", questionIds: ["feel-safe"] }),
    ]);

    for (const body of [{ revision: 2 }, { revision: 2, confirmNoSafeguardingRule: false }]) {
      const refused = await officer("POST", `/api/surveys/${id}/publish`, body);
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe("survey.safeguarding_unconfirmed");
      expect(refused.json.error.issues.nested.confirmNoSafeguardingRule[0]).toContain(
        "Do you feel safe where you live?",
      );
    }
    const wrong = await officer("POST", `/api/surveys/${id}/publish`, {
      revision: 2,
      confirmNoSafeguardingRule: "yes",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe("request.invalid");
    // Refusals changed nothing: still a draft, never published, no version 1.
    const unchanged = await officer("GET", `/api/surveys/${id}`);
    expect(unchanged.json.draft).toMatchObject({ revision: 2, publishedVersion: 0 });
    expect((await officer("GET", `/api/surveys/${id}/versions/1`)).status).toBe(404);

    const body = { revision: 2, confirmNoSafeguardingRule: true };
    const published = await officer("POST", `/api/surveys/${id}/publish`, body);
    expect(published.status).toBe(201);
    expect((await officer("POST", `/api/surveys/${id}/publish`, body)).json).toEqual({
      version: 1,
      created: false,
    });
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const audit = await admin("GET", "/api/admin/audit?action=survey.published");
    expect(audit.json.entries[0]).toMatchObject({
      target: { id },
      detail: { version: 1, withoutSafeguardingRule: "feel-safe" },
    });
  });

  it("says which languages' free text will not be screened, and publishes all the same", async () => {
    const { id, draft } = await fromTemplate();
    const definition = { ...structuredClone(draft.definition), languages: ["en", "cy"] };
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, { revision: 1, definition });
    const [warning, ...rest] = saved.json.warnings;
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ kind: "notScreened", languages: ["cy"] });
    expect(warning.message).toMatch(/^Answers written in Welsh \(cy\) won't be screened/);
    expect(warning.message).toContain("“not screened: please read”");
    const published = await officer("POST", `/api/surveys/${id}/publish`, { revision: 2 });
    expect(published.status).toBe(201);
  });

  it("archives and restores", async () => {
    const { id } = await fromTemplate();
    const distribution = await publishAndHandOut(id);
    expect((await officer("POST", `/api/surveys/${id}/archive`)).json.status).toBe("archived");
    expect((await client(app)("GET", `/api/s/${distribution.code}`)).status).toBe(410);
    expect((await officer("POST", `/api/surveys/${id}/restore`)).json.status).toBe("published");
    expect((await client(app)("GET", `/api/s/${distribution.code}`)).status).toBe(200);
  });
});

describe("distribution", () => {
  it("gives a readable code, dates and a cohort that responses carry", async () => {
    const { id } = await fromTemplate();
    const distribution = await publishAndHandOut(id, {
      opensAt: "2026-11-24T09:00:00Z",
      closesAt: "2026-11-30T17:00:00Z",
    });
    expect(distribution.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    const early = await client(app)("GET", `/api/s/${distribution.code}`);
    expect(early.status).toBe(403);
    expect(early.json.error.code).toBe("survey.not_open_yet");

    clock = new Date("2026-11-25T10:00:00Z");
    const body = response();
    expect((await client(app)("POST", `/api/s/${distribution.code}/responses`, body)).status).toBe(
      201,
    );
    const stored = [];
    for await (const r of Response.all(db, "org_demo", id)) stored.push(r);
    expect(stored).toHaveLength(1);

    // Finished offline before closing, sent after: still heard. Started after closing: refused.
    clock = new Date("2026-12-01T10:00:00Z");
    const late = response({
      submittedAt: "2026-11-30T16:00:00Z",
      startedAt: "2026-11-30T15:50:00Z",
    });
    expect((await client(app)("POST", `/api/s/${distribution.code}/responses`, late)).status).toBe(
      201,
    );
    expect(
      (await client(app)("POST", `/api/s/${distribution.code}/responses`, response())).status,
    ).toBe(410);
    clock = new Date("2026-11-23T10:00:00Z");
  });

  it("makes single-use invite links", async () => {
    const { id } = await fromTemplate();
    const distribution = await publishAndHandOut(id);
    const made = await officer(
      "POST",
      `/api/surveys/${id}/distributions/${distribution.id}/invites`,
      {
        labels: ["Child A", "Child B"],
      },
    );
    expect(made.status).toBe(201);
    const [first] = made.json.invites;
    expect(first.url).toMatch(/\/i\/[\w-]+$/);
    const child = client(app);
    expect((await child("GET", `/api/i/${first.token}`)).json.survey.surveyId).toBe(id);
    const body = response();
    expect((await child("POST", `/api/i/${first.token}/responses`, body)).status).toBe(201);
    expect((await child("POST", `/api/i/${first.token}/responses`, body)).status).toBe(200);
    const second = await child("POST", `/api/i/${first.token}/responses`, response());
    expect(second.status).toBe(410);
    expect(second.json.error.code).toBe("invite.used");
    expect((await child("GET", `/api/i/${first.token}`)).status).toBe(410);
  });

  it("closes a code", async () => {
    const { id } = await fromTemplate();
    const distribution = await publishAndHandOut(id);
    const closed = await officer(
      "POST",
      `/api/surveys/${id}/distributions/${distribution.id}/close`,
    );
    expect(closed.json.distribution.closed).toBe(true);
    expect((await client(app)("GET", `/api/s/${distribution.code}`)).status).toBe(410);
  });
});

describe("translations", () => {
  it("exports strings as CSV, imports a Polish column, and offers Polish only once complete", async () => {
    const { id } = await fromTemplate("leaving-care");
    const csv = await officer("GET", `/api/surveys/${id}/strings.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const audit = await admin("GET", "/api/admin/audit?action=survey.exported");
    expect(audit.json.entries[0]).toMatchObject({ target: { id }, detail: { format: "csv" } });
    const lines = (csv.json as string)
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("key,en");

    const half = [
      `key,pl`,
      ...lines.slice(1, 3).map((line) => `${line.split(",")[0]},Polskie słowa`),
    ].join("\n");
    const partial = await officer("PUT", `/api/surveys/${id}/strings`, { revision: 1, csv: half });
    expect(partial.status).toBe(200);
    const polish = partial.json.translations.find((t: { language: string }) => t.language === "pl");
    expect(polish.missing.length).toBeGreaterThan(0);

    const bad = await officer("PUT", `/api/surveys/${id}/strings`, {
      revision: 2,
      csv: "key,pl\nq.nope.prompt,x",
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("survey.strings_invalid");

    const distribution = await publishAndHandOut(id);
    const offered = await client(app)("GET", `/api/s/${distribution.code}`);
    expect(offered.json.survey.languages).toEqual(["en"]);

    // Every key in Polish: now complete, and offered once published.
    const full = [
      "key,pl",
      ...lines.slice(1).map((line) => `${line.split(",")[0]},Po polsku`),
    ].join("\n");
    const revision = (await officer("GET", `/api/surveys/${id}`)).json.draft.revision;
    const complete = await officer("PUT", `/api/surveys/${id}/strings`, { revision, csv: full });
    expect(
      complete.json.translations.find((t: { language: string }) => t.language === "pl").missing,
    ).toEqual([]);
    await officer("POST", `/api/surveys/${id}/publish`, { revision: complete.json.draft.revision });
    const both = await client(app)("GET", `/api/s/${distribution.code}`);
    expect(both.json.survey.languages).toEqual(["en", "pl"]);
  });

  it("names the file after the survey's title, and gives one translator their language only", async () => {
    const { id } = await fromTemplate("leaving-care");
    const all = await officer("GET", `/api/surveys/${id}/strings.csv`);
    expect(all.headers.get("content-disposition")).toBe(
      'attachment; filename="leaving-care-how-s-it-going-translations.csv"',
    );
    await officer("PUT", `/api/surveys/${id}/strings`, {
      revision: 1,
      csv: "key,pl,ar\ntitle,Opuszczanie opieki,ترك الرعاية",
    });
    const polish = await officer("GET", `/api/surveys/${id}/strings.csv?language=pl`);
    expect(polish.headers.get("content-disposition")).toBe(
      'attachment; filename="leaving-care-how-s-it-going-pl.csv"',
    );
    const rows = (polish.json as string).replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(rows[0]).toBe("key,en,pl");
    expect(rows[1]).toBe("title,Leaving care: how's it going?,Opuszczanie opieki");
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const audit = await admin("GET", "/api/admin/audit?action=survey.exported");
    expect(audit.json.entries[0]).toMatchObject({
      target: { id },
      detail: { format: "csv", language: "pl" },
    });

    const unknown = await officer("GET", `/api/surveys/${id}/strings.csv?language=fr`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe("survey.language_unknown");
    const malformed = await officer("GET", `/api/surveys/${id}/strings.csv?language=%3Cb%3E`);
    expect(malformed.status).toBe(400);
  });
});

describe("the rest of the studio's routes and errors", () => {
  it("lists surveys, exports JSON and imports it as a new survey", async () => {
    const { id } = await fromTemplate("before-my-review");
    const list = await officer("GET", "/api/surveys");
    expect(list.json.surveys.map((s: { id: string }) => s.id)).toContain(id);

    const exported = await officer("GET", `/api/surveys/${id}/export`);
    expect(exported.headers.get("content-disposition")).toContain(`${id}.json`);
    expect(exported.json.format).toBe("chorus-survey");
    const copyId = newId("srv");
    const imported = await officer("POST", "/api/surveys", {
      id: copyId,
      definition: exported.json.definition,
    });
    expect(imported.status).toBe(201);
    expect(imported.json.draft.definition.surveyId).toBe(copyId);
    expect(imported.json.draft.definition.title).toEqual(exported.json.definition.title);
  });

  it("refuses what cannot be done, with a clear code, and changes nothing", async () => {
    const { id } = await fromTemplate();
    const cases: [string, string, unknown, number, string][] = [
      [
        "POST",
        "/api/surveys",
        { id: newId("srv"), templateId: "no-such-template", staffName: "Nothing" },
        400,
        "survey.no_template",
      ],
      [
        "POST",
        "/api/surveys",
        { id: "bad id", templateId: "leaving-care", staffName: "Bad" },
        400,
        "request.invalid",
      ],
      ["GET", "/api/surveys/srv_nosuchsurvey1", undefined, 404, "survey.not_found"],
      ["GET", `/api/surveys/${id}/versions/1`, undefined, 404, "survey.version_not_found"],
      ["GET", `/api/surveys/${id}/versions/abc`, undefined, 404, "survey.version_not_found"],
      [
        "POST",
        `/api/surveys/${id}/distributions`,
        { id: newId("dst"), label: "Too soon", cohort: "family" },
        409,
        "survey.not_published",
      ],
      [
        "POST",
        `/api/surveys/${id}/distributions`,
        { id: newId("dst"), label: "x", cohort: "aliens" },
        400,
        "request.invalid",
      ],
      [
        "POST",
        `/api/surveys/${id}/distributions/dst_seedDEMO811/close`,
        undefined,
        404,
        "distribution.not_found",
      ],
      [
        "POST",
        `/api/surveys/${id}/distributions/dst_seedDEMO811/invites`,
        { labels: ["A"] },
        404,
        "distribution.not_found",
      ],
      ["PUT", `/api/surveys/${id}/draft`, { revision: 0, definition: {} }, 400, "request.invalid"],
      ["POST", `/api/surveys/${id}/publish`, { revision: 99 }, 409, "survey.edit_conflict"],
    ];
    const before = (await officer("GET", `/api/surveys/${id}`)).json.draft;
    for (const [method, path, body, status, code] of cases) {
      const result = await officer(method, path, body);
      expect([path, result.status, result.json.error?.code]).toEqual([path, status, code]);
    }
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft).toEqual(before);
    expect((await officer("GET", `/api/surveys/${id}/distributions`)).json.distributions).toEqual(
      [],
    );
  });

  it("keeps officers to their role", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    const { status, json } = await leader("GET", "/api/surveys");
    expect(status).toBe(403);
    expect(json.error.code).toBe("auth.forbidden");
  });
});
