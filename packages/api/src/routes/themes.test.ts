/**
 * Theme work and quotes through the API, on the real codebook, redaction and theme store; only
 * the aggregates' adjustment is wrapped, to crash it on demand. Everything else (the database,
 * the aggregates, the audit trail) is the real thing.
 */
import { Aggregate, Audit, Quote, Theme } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it, vi } from "vitest";
import { total } from "../../../core/src/aggregate/cells.js";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

// A crash between the lock on an answer and the aggregates' adjustment, on demand.
const crash = vi.hoisted(() => ({ nextAdjust: false }));
vi.mock("../../../core/src/aggregate/index.ts", async (original) => {
  const real = (await original()) as typeof import("../../../core/src/aggregate/index.js");
  const adjust: typeof real.adjust = async (...args) => {
    if (crash.nextAdjust) {
      crash.nextAdjust = false;
      throw new Error("crash before the adjustment");
    }
    return real.adjust(...args);
  };
  const module = { ...real, adjust };
  return { ...module, Aggregate: module };
});

const { app, db } = await seededApp();
const SURVEY = "srv_demo_life811";
const base = `/api/surveys/${SURVEY}/themes`;
const officer = await signedIn(app, "officer@demo.chorus.test");

// Ten answers about school (names and a phone number in some), two about money, and four that
// fit no theme of the codebook (so their key phrases are emerging groups).
const child = client(app);
const SCHOOL = [
  "My teacher Jamie helps me a lot at school",
  "I want to stay at my school with my friends",
  "School is good but the bus is long",
  "Call my teacher on 07700 900123 she is kind",
  "I like my teacher and my new school",
  "Jamie Okafor at school listens to me",
  "More help with homework from school",
  "School trips are the best thing",
  "I changed school three times this year",
  "My teacher understands me",
];
for (const [n, text] of [
  ...SCHOOL,
  "More pocket money please",
  "Money for the bus",
  "Knitting circles on Tuesdays",
  "Knitting circles at the library",
  "Baking cakes in summer",
  "Origami birds every week",
].entries()) {
  const sent = await child(
    "POST",
    "/api/s/DEMO811/responses",
    responseBody({ "one-thing": text }, new Date(Date.UTC(2026, 10, 1 + n, 12))),
  );
  if (sent.status !== 201)
    throw new Error(`a test answer was refused: ${JSON.stringify(sent.json)}`);
}

const exactCount = async (themeId: string) => {
  const { cells } = await Aggregate.read(db, Demo.ORG_ID, SURVEY);
  return total(cells).q["one-thing"]?.t?.[themeId] ?? 0;
};
const audits = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action, month: new Date().toISOString().slice(0, 7) }))
    .length;
type Work = {
  id: string;
  count: number | null;
  quotable: boolean;
  candidates: Candidate[];
  approved: { id: string }[];
};
type Candidate = { id: string; themeId: string; responseId: string; slot: string; text: string };
const themeOf = (json: { themes: Work[] }, id: string) => json.themes.find((t) => t.id === id);

describe("the organisation's names list", () => {
  it("is replaced by a PUT, refuses a bad body without change, and is for officers", async () => {
    expect(
      (await officer("PUT", "/api/surveys/quote-names", { names: ["Jamie", "Okafor", "Jamie"] }))
        .json,
    ).toEqual({
      names: ["Jamie", "Okafor"],
    });
    const bad = await officer("PUT", "/api/surveys/quote-names", { names: "Jamie" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("request.invalid");
    expect((await officer("GET", "/api/surveys/quote-names")).json.names).toEqual([
      "Jamie",
      "Okafor",
    ]);
    const leader = await signedIn(app, "leader@demo.chorus.test");
    expect((await leader("GET", "/api/surveys/quote-names")).status).toBe(403);
  });
});

describe("themes with controlled counts and candidate quotes", () => {
  it("shows every count under the disclosure rule and offers quotes only from 8 or more", async () => {
    await officer("PUT", "/api/surveys/quote-names", { names: ["Jamie", "Okafor"] });
    const before = await audits("theme.answers_read");
    const { status, json } = await officer("GET", base);
    expect(status).toBe(200);
    for (const theme of json.themes) {
      expect(
        theme.count === null || theme.count === 0 || (theme.count >= 10 && theme.count % 5 === 0),
      ).toBe(true);
    }
    const school = themeOf(json, "school")!;
    expect(school.count).toBeGreaterThanOrEqual(10);
    expect(school.quotable).toBe(true);
    expect(school.candidates.length).toBeGreaterThan(0);
    expect(school.candidates.length).toBeLessThanOrEqual(3);
    const money = themeOf(json, "money")!;
    expect(money.count).toBeNull();
    expect(money.candidates).toEqual([]);
    expect(json.emerging.map((group: { phrase: string }) => group.phrase)).toContain("knitting");
    expect(json.slots).toContainEqual({ id: "one-thing", label: expect.any(String) });
    // Reading what children wrote is written to the audit trail.
    expect(await audits("theme.answers_read")).toBe(before + 1);
  });

  it("never shows a name or phone number in a candidate, and filters narrow the offer", async () => {
    const { json } = await officer("GET", base);
    const answers = await officer("GET", `${base}/school/answers`);
    expect(answers.status).toBe(200);
    expect(answers.json.answers.length).toBeGreaterThanOrEqual(10);
    const all = [
      ...themeOf(json, "school")!.candidates.map((c) => c.text),
      ...answers.json.answers.map((a: { text: string }) => a.text),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/Jamie|Okafor|07700/);
    }
    expect(all.some((text) => text.includes("[name]"))).toBe(true);
    // Only the newest two days: school has fewer than 8 answers there, so no candidates.
    const narrow = await officer("GET", `${base}?from=2026-11-09&to=2026-11-10`);
    expect(narrow.status).toBe(200);
    expect(themeOf(narrow.json, "school")?.candidates ?? []).toEqual([]);
    const bad = await officer("GET", `${base}?from=yesterday`);
    expect(bad.status).toBe(400);
  });

  it("approves once, stores the redacted text apart from the answer, and stops offering it", async () => {
    const { json } = await officer("GET", base);
    const candidate = themeOf(json, "school")!.candidates[0]!;
    const { id, text: _, ...source } = candidate;
    const approve = `${base}/quotes/${id}/approve`;
    const before = await audits("quote.approved");
    const first = await officer("POST", approve, source);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ id, status: "approved", themeId: "school" });
    expect((await officer("POST", approve, source)).status).toBe(200);
    expect(await audits("quote.approved")).toBe(before + 1);
    const approved = await Quote.approvedFor(db, Demo.ORG_ID, SURVEY);
    expect(approved).toContainEqual({
      id,
      themeId: "school",
      slot: "one-thing",
      text: candidate.text,
    });
    const again = await officer("GET", base);
    const school = themeOf(again.json, "school")!;
    expect(school.candidates.map((c) => c.id)).not.toContain(id);
    expect(school.approved.map((q: { id: string }) => q.id)).toContain(id);
  });

  it("lets an officer redact further, but never store a name, and refuses what does not fit", async () => {
    const { json } = await officer("GET", base);
    const [candidate] = themeOf(json, "school")!.candidates;
    const { id, text: _, ...source } = candidate!;
    const approve = `${base}/quotes/${id}/approve`;
    const withName = await officer("POST", approve, { ...source, text: "Jamie is my teacher" });
    expect(withName.status).toBe(400);
    expect(withName.json.error.code).toBe("quote.not_redacted");
    const wrongId = await officer("POST", `${base}/quotes/quo_000/approve`, source);
    expect(wrongId.status).toBe(404);
    const bad = await officer("POST", approve, { ...source, slot: 12 });
    expect(bad.status).toBe(400);
    expect((await Quote.approvedFor(db, Demo.ORG_ID, SURVEY)).map((q) => q.id)).not.toContain(id);
    const edited = await officer("POST", approve, { ...source, text: "My [name] helps me a lot" });
    expect(edited.status).toBe(200);
    expect((await Quote.approvedFor(db, Demo.ORG_ID, SURVEY)).find((q) => q.id === id)?.text).toBe(
      "My [name] helps me a lot",
    );
  });

  it("refuses a quote from a theme with fewer than 8 answers", async () => {
    const answers = await officer("GET", `${base}/money/answers`);
    const [answer] = answers.json.answers;
    const themes = await officer("GET", base);
    expect(themeOf(themes.json, "money")!.quotable).toBe(false);
    // The id is the server's hash of the source, so the test works it out as the studio cannot.
    const { quoteId } = await import("../../../core/src/quote/work.js");
    const source = { responseId: answer.responseId, slot: answer.slot, themeId: "money" };
    const refused = await officer(
      "POST",
      `${base}/quotes/${quoteId(SURVEY, source)}/approve`,
      source,
    );
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("quote.small_group");
  });

  it("rejects a candidate so it is not offered again", async () => {
    const { json } = await officer("GET", base);
    const { id, text: _, ...source } = themeOf(json, "school")!.candidates[0]!;
    const rejected = await officer("POST", `${base}/quotes/${id}/reject`, source);
    expect(rejected.status).toBe(200);
    expect(rejected.json.status).toBe("rejected");
    const after = await officer("GET", base);
    expect(themeOf(after.json, "school")!.candidates.map((c) => c.id)).not.toContain(id);
    expect((await Quote.approvedFor(db, Demo.ORG_ID, SURVEY)).map((q) => q.id)).not.toContain(id);
  });
});

describe("moving an answer to another theme", () => {
  it("moves the counts once, whatever is resent, and keeps the move for a rebuild", async () => {
    const answers = await officer("GET", `${base}/school/answers`);
    const answer = answers.json.answers[0];
    const [school, family] = [await exactCount("school"), await exactCount("seeing-family")];
    const body = {
      id: "move-test-1",
      responseId: answer.responseId,
      slot: answer.slot,
      to: "seeing-family",
    };
    const first = await officer("POST", `${base}/moves`, body);
    expect(first.status).toBe(201);
    const again = await officer("POST", `${base}/moves`, body);
    expect(again.status).toBe(200);
    expect(again.json.duplicate).toBe(true);
    expect(await exactCount("school")).toBe(school - 1);
    expect(await exactCount("seeing-family")).toBe(family + 1);
    const overrides = await Quote.overridesFor(db, Demo.ORG_ID, SURVEY);
    expect(overrides.get(answer.responseId)).toEqual({ [answer.slot]: "seeing-family" });

    const other = await officer("POST", `${base}/moves`, { ...body, to: "money" });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("theme.move_conflict");
    // Moving it back is a move of its own.
    const back = await officer("POST", `${base}/moves`, {
      ...body,
      id: "move-test-2",
      to: "school",
    });
    expect(back.status).toBe(201);
    expect([await exactCount("school"), await exactCount("seeing-family")]).toEqual([
      school,
      family,
    ]);
  });

  it("finishes a move a crash left half done exactly once", async () => {
    const answers = await officer("GET", `${base}/school/answers`);
    const answer = answers.json.answers[1];
    const [school, family] = [await exactCount("school"), await exactCount("seeing-family")];
    const body = {
      id: "move-crash-1",
      responseId: answer.responseId,
      slot: answer.slot,
      to: "seeing-family",
    };
    const moved = await audits("theme.answer_moved");
    crash.nextAdjust = true;
    expect((await officer("POST", `${base}/moves`, body)).status).toBe(500);
    expect(await exactCount("school")).toBe(school);
    const retry = await officer("POST", `${base}/moves`, body);
    expect(retry.status).toBe(200);
    expect(await exactCount("school")).toBe(school - 1);
    expect(await exactCount("seeing-family")).toBe(family + 1);
    expect((await officer("POST", `${base}/moves`, body)).status).toBe(200);
    expect(await exactCount("seeing-family")).toBe(family + 1);
    // Audited once, though the first attempt fell over before its entry.
    expect(await audits("theme.answer_moved")).toBe(moved + 1);
  });

  it("finishes another officer's half-done move of the same answer before its own", async () => {
    const answers = await officer("GET", `${base}/school/answers`);
    const answer = answers.json.answers[3];
    const counts = async () =>
      Promise.all(["school", "seeing-family", "money"].map((id) => exactCount(id)));
    const [school = 0, family = 0, money = 0] = await counts();
    const first = {
      id: "move-left-1",
      responseId: answer.responseId,
      slot: answer.slot,
      to: "seeing-family",
    };
    crash.nextAdjust = true;
    expect((await officer("POST", `${base}/moves`, first)).status).toBe(500);
    const second = { ...first, id: "move-left-2", to: "money" };
    expect((await officer("POST", `${base}/moves`, second)).status).toBe(201);
    expect(await counts()).toEqual([school - 1, family, money + 1]);
    // The first one's resend finds it done (by the second) and changes nothing.
    const resent = await officer("POST", `${base}/moves`, first);
    expect([resent.status, resent.json.duplicate]).toEqual([200, true]);
    expect(await counts()).toEqual([school - 1, family, money + 1]);
    const overrides = await Quote.overridesFor(db, Demo.ORG_ID, SURVEY);
    expect(overrides.get(answer.responseId)).toEqual({ [answer.slot]: "money" });
  });

  it("refuses an unknown theme, an answer that is not there and a bad body, changing nothing", async () => {
    const answers = await officer("GET", `${base}/school/answers`);
    const answer = answers.json.answers[2];
    const school = await exactCount("school");
    const unknown = await officer("POST", `${base}/moves`, {
      id: "m-x1",
      responseId: answer.responseId,
      slot: answer.slot,
      to: "nope",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe("theme.unknown");
    const gone = await officer("POST", `${base}/moves`, {
      id: "m-x2",
      responseId: "nothing",
      slot: answer.slot,
      to: "seeing-family",
    });
    expect(gone.status).toBe(404);
    const bad = await officer("POST", `${base}/moves`, {
      id: "has space",
      responseId: answer.responseId,
      slot: answer.slot,
      to: "seeing-family",
    });
    expect(bad.status).toBe(400);
    expect(await exactCount("school")).toBe(school);
  });
});

describe("emerging groups", () => {
  it("names a group as the organisation's own theme, once, and recounts the survey with it", async () => {
    const { json } = await officer("GET", base);
    const knitting = json.emerging.find((group: { phrase: string }) => group.phrase === "knitting");
    expect(knitting.count).toBeNull();
    const saves = await audits("theme.saved");
    const named = await officer("POST", `${base}/emerging`, {
      phrase: "knitting",
      name: "Crafts",
    });
    expect(named.status).toBe(200);
    expect(named.json).toEqual({
      themeId: "own-crafts",
      words: ["knitting"],
      rebuild: "done",
    });
    expect(await Quote.rebuildNeeded(db, Demo.ORG_ID, SURVEY)).toBeUndefined();
    // Recounted: the answers are in the new theme, and the group is no longer emerging.
    const after = (await officer("GET", base)).json;
    expect(after.emerging.map((group: { phrase: string }) => group.phrase)).not.toContain(
      "knitting",
    );
    expect(after.themes.map((theme: { id: string }) => theme.id)).toContain("own-crafts");
    expect(
      (await officer("POST", `${base}/emerging`, { phrase: "knitting", name: "Crafts" })).status,
    ).toBe(200);
    const saved = await Theme.orgThemes(db, Demo.ORG_ID);
    expect(saved.filter((def) => def.id === "own-crafts")).toEqual([
      { id: "own-crafts", label: { en: "Crafts" }, words: { "*": ["knitting"] } },
    ]);
    // Saved once, so audited once, though it was sent twice.
    expect(await audits("theme.saved")).toBe(saves + 1);
  });

  it("merges a group into an existing theme, keeping a two-word phrase whole", async () => {
    const merged = await officer("POST", `${base}/emerging`, {
      phrase: "baking cake",
      mergeInto: "school",
    });
    expect(merged.status).toBe(200);
    expect(merged.json).toEqual({ themeId: "school", words: ["baking cake"], rebuild: "done" });
    const saved = await Theme.orgThemes(db, Demo.ORG_ID);
    expect(saved.find((def) => def.id === "school")?.words).toEqual({ "*": ["baking cake"] });
    // The organisation's themer now puts the two words together in the theme, not either alone.
    const themer = await Theme.themerFor(db, Demo.ORG_ID);
    expect(themer("Baking cakes in summer", "en").themes).toEqual(["school"]);
    expect(themer("A cake for my birthday", "en").themes).not.toContain("school");
  });

  it("refuses a phrase no answer has, an unknown theme, a taken name and a bad body", async () => {
    const cases: [unknown, number, string][] = [
      [{ phrase: "zebra crossing", name: "Roads" }, 404, "theme.no_such_group"],
      [{ phrase: "origami", mergeInto: "nope" }, 400, "theme.unknown"],
      [{ phrase: "origami", name: "School" }, 409, "theme.name_taken"],
      [{ phrase: "origami", name: "Weekend", mergeInto: "school" }, 400, "request.invalid"],
      [{ phrase: "" }, 400, "request.invalid"],
    ];
    for (const [body, status, code] of cases) {
      const answer = await officer("POST", `${base}/emerging`, body);
      expect([answer.status, answer.json.error.code]).toEqual([status, code]);
    }
    const saved = await Theme.orgThemes(db, Demo.ORG_ID);
    expect(saved.map((def) => def.id).sort()).toEqual(["own-crafts", "school"]);
  });
});

describe("the three houses", () => {
  it("themes each house as a slot of its own and quotes from it", async () => {
    for (let n = 0; n < 9; n++) {
      const at = new Date(Date.UTC(2026, 10, 1 + n, 12));
      const body = {
        ...responseBody(
          { houses: { worries: `My teacher at school shouts ${n}`, dreams: "a dog" } },
          at,
        ),
        ageBand: "8-11",
      };
      const sent = await child("POST", "/api/s/DEMOALL/responses", body);
      expect(sent.status).toBe(201);
    }
    const houses = "/api/surveys/srv_demo_allages/themes";
    const { status, json } = await officer("GET", houses);
    expect(status).toBe(200);
    expect(json.slots.map((slot: { id: string }) => slot.id)).toEqual(
      expect.arrayContaining(["houses.worries", "houses.goodThings", "houses.dreams"]),
    );
    const school = themeOf(json, "school")!;
    expect(school.count).toBe(10);
    expect(school.candidates.every((c) => c.slot === "houses.worries")).toBe(true);
    const { id, text: _, ...source } = school.candidates[0]!;
    const approved = await officer("POST", `${houses}/quotes/${id}/approve`, source);
    expect(approved.status).toBe(200);
    expect(approved.json.slot).toBe("houses.worries");
  });
});

describe("who may do theme work", () => {
  it("is officers of the survey's own organisation only", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    expect((await leader("GET", base)).status).toBe(403);
    const outsider = await signedIn(app, "all@other.chorus.test");
    const other = await outsider("GET", base);
    expect(other.status).toBe(404);
    expect(other.json.error.code).toBe("survey.not_found");
    expect((await client(app)("GET", base)).status).toBe(401);
  });
});
