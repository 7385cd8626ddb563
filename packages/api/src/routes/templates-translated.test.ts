/**
 * Starting a survey from a template in other languages: Chorus's phrasebooks fill them in, each
 * marked "not checked" until an officer says a fluent speaker has read it, an audited act.
 */
import { Audit, Survey } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "../crashing.js";
import { seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
let counter = 0;
const newId = () => `srv_phrases${String(++counter).padStart(6, "0")}`;

const start = (id: string, languages: unknown, templateId = "my-life-in-care-4-7") =>
  officer("POST", "/api/surveys", { id, templateId, staffName: "Day one", languages });

const checksOf = async (id: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action: "survey.translation_checked" })).filter(
    (entry) => entry.target?.id === id,
  );

describe("the template list", () => {
  it("names every language Chorus can start a template in, and the council's usual ones", async () => {
    const before = await officer("GET", "/api/surveys/templates");
    expect(before.status).toBe(200);
    const books = await Survey.loadPhrasebooks(Survey.PHRASEBOOK_LANGUAGES);
    expect(before.json.languages).toEqual(
      books.map((book) => ({
        code: book.language,
        reviewedByNativeSpeaker: book.reviewedByNativeSpeaker,
      })),
    );
    expect(before.json.languages.map((l: { code: string }) => l.code)).toEqual(
      expect.arrayContaining(["pl", "ar"]),
    );
    // The demo council offers "All about me" in Arabic, Urdu and Lithuanian (ties in the list's
    // order); none of its seeded surveys' titles is in Polish.
    expect(before.json.usualLanguages).toEqual(["lt", "ur", "ar"]);
    expect((await start(newId(), ["pl", "ar"])).status).toBe(201);
    expect((await start(newId(), ["pl"])).status).toBe(201);
    // Now Polish and Arabic are in two surveys' titles each: most used first, ties in the list's order.
    const after = await officer("GET", "/api/surveys/templates");
    expect(after.json.usualLanguages).toEqual(["pl", "ar", "lt", "ur"]);
  });
});

describe("starting a survey from a template in several languages", () => {
  it("fills in each language, offers it, and marks it not checked; a retry is the same survey", async () => {
    const id = newId();
    const first = await start(id, ["pl", "ar"]);
    expect(first.status).toBe(201);
    const { draft, translations } = first.json;
    expect(draft.definition.languages).toEqual(["en", "pl", "ar"]);
    expect(draft.definition.title).toMatchObject({ en: "My life", pl: "Moje życie" });
    expect(draft.unreviewedLanguages).toEqual(["pl", "ar"]);
    for (const report of translations) expect(report.missing, report.language).toEqual([]);
    const again = await start(id, ["pl", "ar"]);
    expect(again.status).toBe(200);
    expect(again.json.draft.unreviewedLanguages).toEqual(["pl", "ar"]);
    // The same id with other languages is another survey: refused, and the first one kept.
    const other = await start(id, ["pl"]);
    expect(other.status).toBe(409);
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.definition.languages).toEqual([
      "en",
      "pl",
      "ar",
    ]);
  });

  it("starts in English alone, with nothing marked, when no language is chosen", async () => {
    const created = await start(newId(), undefined);
    expect(created.status).toBe(201);
    expect(created.json.draft.definition.languages).toEqual(["en"]);
    expect(created.json.draft.unreviewedLanguages).toEqual([]);
  });

  it.each([
    ["a language Chorus has no phrasebook for", ["pl", "xx"], "survey.no_phrasebook"],
    ["something that is not a language tag", ["Polish!"], "request.invalid"],
    ["languages that are not a list", "pl", "request.invalid"],
  ])("refuses %s with a 400 and creates nothing", async (_, languages, code) => {
    const id = newId();
    const refused = await start(id, languages);
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe(code);
    expect((await officer("GET", `/api/surveys/${id}`)).status).toBe(404);
  });

  it("refuses languages sent with a definition rather than a template", async () => {
    const id = newId();
    const template = Survey.findTemplate("leaving-care")!;
    const refused = await officer("POST", "/api/surveys", {
      id,
      definition: Survey.fromTemplate(template, id),
      languages: ["pl"],
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues.nested.languages).toBeDefined();
    expect((await officer("GET", `/api/surveys/${id}`)).status).toBe(404);
  });
});

describe("marking a translation as checked", () => {
  it("clears one language's mark, audited once however often it is sent", async () => {
    const id = newId();
    await start(id, ["pl", "ar"]);
    const checked = await officer("POST", `/api/surveys/${id}/translation-checks`, {
      language: "pl",
    });
    expect(checked.status).toBe(200);
    expect(checked.json).toMatchObject({
      language: "pl",
      changed: true,
      checkedBy: "officer@demo.chorus.test",
    });
    const again = await officer("POST", `/api/surveys/${id}/translation-checks`, {
      language: "pl",
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ changed: false, checkedAt: checked.json.checkedAt });
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.unreviewedLanguages).toEqual([
      "ar",
    ]);
    const entries = await checksOf(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      detail: { language: "pl" },
      actor: { email: "officer@demo.chorus.test" },
    });
  });

  it("is not cleared by editing the language's words", async () => {
    const id = newId();
    const { json } = await start(id, ["ar"]);
    const definition = structuredClone(json.draft.definition);
    definition.title.ar = "حياتي أنا";
    const saved = await officer("PUT", `/api/surveys/${id}/draft`, {
      revision: json.draft.revision,
      definition,
    });
    expect(saved.status).toBe(200);
    expect(saved.json.draft.unreviewedLanguages).toEqual(["ar"]);
  });

  it.each([
    [
      "a language Chorus did not translate",
      { language: "en" },
      400,
      "survey.translation_not_marked",
    ],
    [
      "a language the survey does not have",
      { language: "lt" },
      400,
      "survey.translation_not_marked",
    ],
    ["a body without a language", {}, 400, "request.invalid"],
    ["something that is not a language tag", { language: "Polish!" }, 400, "request.invalid"],
  ])("refuses %s and changes nothing", async (_, body, status, code) => {
    const id = newId();
    await start(id, ["pl"]);
    const refused = await officer("POST", `/api/surveys/${id}/translation-checks`, body);
    expect(refused.status).toBe(status);
    expect(refused.json.error.code).toBe(code);
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.unreviewedLanguages).toEqual([
      "pl",
    ]);
    expect(await checksOf(id)).toEqual([]);
  });

  it("answers 404 for a survey the council does not have", async () => {
    const refused = await officer("POST", "/api/surveys/srv_nosuchsurvey1/translation-checks", {
      language: "pl",
    });
    expect(refused.status).toBe(404);
  });

  it("finishes the audit entry a crash left owing, once, when it is sent again", async () => {
    const id = newId();
    await start(id, ["pl"]);
    // The audit entry's key is the check's own id and time, whoever retries it.
    const actor = { id: "stf_officer", email: "officer@demo.chorus.test", orgId: Demo.ORG_ID };
    const dying = crashing(db);
    // Write 1 clears the mark; the process dies before write 2, the audit entry.
    dying.arm(2, "before");
    await expect(Survey.checkTranslation(dying.db, actor, id, "pl")).rejects.toBeInstanceOf(Crash);
    expect((await officer("GET", `/api/surveys/${id}`)).json.draft.unreviewedLanguages).toEqual([]);
    expect(await checksOf(id)).toEqual([]);
    const retried = await officer("POST", `/api/surveys/${id}/translation-checks`, {
      language: "pl",
    });
    expect(retried.status).toBe(200);
    await officer("POST", `/api/surveys/${id}/translation-checks`, { language: "pl" });
    expect(await checksOf(id)).toHaveLength(1);
  });
});
