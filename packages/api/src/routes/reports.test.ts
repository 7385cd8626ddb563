import { Audit, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { client, seededApp } from "../testing.js";

const { app, db } = await seededApp();
const LEAVING = "/api/reports/surveys/srv_demo_leaving";

async function as(email: string) {
  const request = client(app);
  await request("POST", "/api/auth/login", { email, password: Demo.PASSWORD });
  return request;
}
const leader = await as("leader@demo.chorus.test");
const officer = await as("officer@demo.chorus.test");

/** Every count, base and answered anywhere in a JSON answer. */
function countsIn(json: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(json)) for (const item of json) countsIn(item, found);
  else if (json && typeof json === "object") {
    for (const [key, value] of Object.entries(json)) {
      if (["count", "base", "answered"].includes(key)) found.push(value);
      else countsIn(value, found);
    }
  }
  return found;
}

function expectControlled(json: unknown) {
  const counts = countsIn(json);
  expect(counts.length).toBeGreaterThan(0);
  for (const count of counts) {
    if (count === null) continue;
    expect(typeof count).toBe("number");
    expect(count === 0 || ((count as number) >= 10 && (count as number) % 5 === 0)).toBe(true);
  }
}

const reads = async () =>
  (await Audit.list(db, Demo.ORG_ID, { action: "report.read", limit: 1000 })).length;

describe("reports", () => {
  it("needs a session, then the leader role", async () => {
    expect((await client(app)("GET", "/api/reports/surveys")).status).toBe(401);
    const forbidden = await officer("GET", "/api/reports/surveys");
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe("auth.forbidden");
    expect((await officer("GET", LEAVING)).status).toBe(403);
  });

  it("lists the organisation's surveys with response counts that follow new answers", async () => {
    const before = await leader("GET", "/api/reports/surveys");
    expect(before.status).toBe(200);
    const life = before.json.surveys.find((s: { code: string }) => s.code === "DEMO811");
    expect(life.responseCount).toBe(Demo.SAMPLE_RESPONSES.lifeInCare);

    const child = client(app);
    const now = new Date().toISOString();
    const answer = {
      id: uuidv7(),
      language: "en",
      startedAt: now,
      submittedAt: now,
      answers: { "feel-safe": "yes" },
    };
    expect((await child("POST", "/api/s/DEMO811/responses", answer)).status).toBe(201);
    expect((await child("POST", "/api/s/DEMO811/responses", answer)).status).toBe(200);

    const after = await leader("GET", "/api/reports/surveys");
    const lifeAfter = after.json.surveys.find((s: { code: string }) => s.code === "DEMO811");
    expect(lifeAfter.responseCount).toBe(life.responseCount + 1);
  });

  it("reads DEMOLEAVE right: 12 answers are a base of 10, a small group, Yes of 8+ is 10", async () => {
    const { status, json } = await leader("GET", LEAVING);
    expect(status).toBe(200);
    expect(json.survey.responseCount).toBe(12); // exact, for staff
    expect(json).toMatchObject({
      threshold: 8,
      rule: { hiddenBelow: 8, roundTo: 5, smallBase: 30, meanBelow: 8 },
      filters: {},
      base: 10,
      small: true,
      groups: null,
    });
    const adviser = json.questions.find(
      (q: { questionId: string }) => q.questionId === "adviser-reachable",
    );
    expect(adviser.small).toBe(true);
    expect(adviser.rows[0]).toMatchObject({ value: "yes", count: 10, share: 100 });
    // No hidden cell is labelled anything but null, and nothing else is hidden to make up for it.
    expect(adviser.rows.map((r: { count: number | null }) => r.count)).not.toContain(5);
    expectControlled(json);
    expect(json.options).toMatchObject({
      bands: [],
      cohorts: [{ id: "care-leavers", label: "Care leavers" }],
      codes: [{ code: "DEMOLEAVE", label: "Demo code" }],
      languages: ["en"],
      waves: [],
    });
    expect(json.options.firstDay <= json.options.lastDay).toBe(true);
  });

  it("answers each filter with the matching responses only", async () => {
    const { json: whole } = await leader("GET", LEAVING);
    const { firstDay, lastDay } = whole.options;
    const cases: [string, number][] = [
      ["band=16-25", 0], // the leaving-care code asks no band, so nothing is in 16 to 25
      ["cohort=care-leavers", 10],
      ["cohort=family", 0],
      ["code=demoleave", 10],
      ["language=en", 10],
      ["language=pl", 0],
      [`from=${firstDay}&to=${lastDay}`, 10],
      [`to=${firstDay}`, -1],
      ["from=2099-01-01", 0],
    ];
    for (const [query, base] of cases) {
      const { status, json } = await leader("GET", `${LEAVING}?${query}`);
      expect(status, query).toBe(200);
      if (base >= 0) expect(json.base, query).toBe(base);
      else expect(json.base, query).toBeNull(); // the first day alone is 1 to 7 responses
      expect(json.small).toBe(true);
      expectControlled(json);
    }
    const { json } = await leader("GET", `${LEAVING}?code=demo-leave`);
    expect(json.filters).toEqual({ code: "DEMOLEAVE" });
  });

  it("breaks down by each dimension, and every group is under the rule", async () => {
    for (const by of ["band", "cohort", "code", "language", "wave"]) {
      const { status, json } = await leader("GET", `${LEAVING}?by=${by}`);
      expect(status, by).toBe(200);
      expect(json.groups.by).toBe(by);
      expect(json.groups.groups).toHaveLength(1);
      expect(json.groups.groups[0].base).toBe(10);
      expectControlled(json.groups);
    }
    const { json } = await leader("GET", `${LEAVING}?by=cohort`);
    expect(json.groups.groups[0]).toMatchObject({ key: "care-leavers", label: "Care leavers" });
    const questionIds = json.groups.groups[0].questions.map(
      (q: { questionId: string }) => q.questionId,
    );
    expect(questionIds).toEqual(["home-now", "adviser-reachable", "help-most"]);
    const { json: byLanguage } = await leader("GET", `${LEAVING}?by=language`);
    expect(byLanguage.groups.groups[0]).toMatchObject({ key: "en", label: "English" });
    const { json: byBand } = await leader("GET", `${LEAVING}?by=band`);
    expect(byBand.groups.groups[0]).toMatchObject({ key: "none", label: "Age band not asked" });
  });

  it("refuses bad filters with a 400 that records nothing", async () => {
    const before = await reads();
    for (const query of [
      "band=9-10",
      "cohort=pirates",
      "code=DEMO811", // another survey's code
      "code=!!",
      "language=English",
      "wave=wav_nowhere",
      "wave=nope",
      "from=2027-02-30",
      "from=2027-03-02&to=2027-03-01",
      "by=age",
      "colour=blue",
    ]) {
      const { status, json } = await leader("GET", `${LEAVING}?${query}`);
      expect(status, query).toBe(400);
      expect(json.error.code, query).toBe("report.invalid_filter");
    }
    expect(await reads()).toBe(before);
    await leader("GET", LEAVING);
    expect(await reads()).toBe(before + 1);
  });

  it("never returns a count from 1 to 9 under any filters (property, on the demo council)", async () => {
    const { json: whole } = await leader("GET", "/api/reports/surveys/srv_demo_life811");
    const days = [whole.options.firstDay, whole.options.lastDay, "2026-10-10"];
    const query = fc.record(
      {
        band: fc.constantFrom("8-11", "12-17"),
        cohort: fc.constantFrom("children-in-care", "care-leavers"),
        code: fc.constantFrom("DEMO811"),
        language: fc.constantFrom("en", "pl"),
        from: fc.constantFrom(...days),
        by: fc.constantFrom("band", "cohort", "code", "language", "wave"),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(query, async (filters) => {
        const { status, json } = await leader(
          "GET",
          `/api/reports/surveys/srv_demo_life811?${new URLSearchParams(filters)}`,
        );
        expect(status).toBe(200);
        expectControlled(json);
      }),
      { numRuns: 15 },
    );
  });

  it("leaves the all-ages survey's Hello! screen out: an information screen is not a question", async () => {
    const { status, json } = await leader("GET", "/api/reports/surveys/srv_demo_allages");
    expect(status).toBe(200);
    const ids = json.questions.map((q: { questionId: string }) => q.questionId);
    expect(ids).toContain("feel-home");
    expect(ids).not.toContain("hello");
    expect(json.questions.filter((q: { type: string }) => q.type === "info")).toEqual([]);
  });

  it("answers 404 for another organisation's or an unknown survey", async () => {
    const { status, json } = await leader("GET", "/api/reports/surveys/srv_elsewhere");
    expect(status).toBe(404);
    expect(json.error.code).toBe("survey.not_found");
  });
});

describe("waves", () => {
  it("are set by officers, read by leaders and officers, and filter and trend a report", async () => {
    const { json: whole } = await leader("GET", LEAVING);
    const { firstDay, lastDay } = whole.options;
    const early = { label: "Autumn 2026", from: firstDay, to: firstDay };
    const late = { label: "Winter 2026", from: nextDay(firstDay), to: lastDay };
    expect((await leader("PUT", "/api/surveys/waves/wav_early", early)).status).toBe(403);
    expect((await officer("PUT", "/api/surveys/waves/wav_early", early)).status).toBe(201);
    expect((await officer("PUT", "/api/surveys/waves/wav_late", late)).status).toBe(201);

    for (const reader of [leader, officer]) {
      const { status, json } = await reader("GET", "/api/reports/waves");
      expect(status).toBe(200);
      expect(json.waves.map((w: { id: string }) => w.id)).toEqual(["wav_early", "wav_late"]);
    }

    const { json } = await leader("GET", `${LEAVING}?wave=wav_late&by=wave`);
    expect(json.filters).toEqual({ wave: "wav_late", by: "wave" });
    expect(json.base).toBe(10); // 11 of the 12 answered after the first day
    expect(json.groups.groups.map((g: { key: string }) => g.key)).toEqual(["wav_late"]);
    expect(json.options.waves).toEqual([
      { id: "wav_early", label: "Autumn 2026" },
      { id: "wav_late", label: "Winter 2026" },
    ]);
    expect(json.trend.waves).toEqual([
      { id: "wav_early", label: "Autumn 2026", base: null, small: true },
      { id: "wav_late", label: "Winter 2026", base: 10, small: true },
    ]);
    const adviser = json.trend.questions.find(
      (q: { questionId: string }) => q.questionId === "adviser-reachable",
    );
    expect(adviser.points.map((p: { wave: string }) => p.wave)).toEqual(["wav_early", "wav_late"]);
    expect(adviser.points[0]).toMatchObject({ answered: null, small: true, mean: null });
    expectControlled(json);

    // A wave set on the code comes before dates: every answer through DEMOLEAVE is in it.
    const onCode = await officer("PUT", "/api/surveys/waves/wav_code", {
      label: "Leaving care round",
      code: "demoleave",
    });
    expect(onCode.status).toBe(201);
    expect(onCode.json.wave).toMatchObject({ code: "DEMOLEAVE", surveyId: "srv_demo_leaving" });
    const { json: byCodeWave } = await leader("GET", `${LEAVING}?by=wave`);
    expect(byCodeWave.groups.groups.map((g: { key: string }) => g.key)).toEqual(["wav_code"]);

    for (const id of ["wav_early", "wav_late", "wav_code"]) {
      expect((await officer("DELETE", `/api/surveys/waves/${id}`)).json).toEqual({ removed: true });
    }
  });

  it("saves the same wave again without a change or a record, and refuses what cannot be", async () => {
    const wave = { label: "Spring 2027", from: "2027-03-01", to: "2027-05-31" };
    expect((await officer("PUT", "/api/surveys/waves/wav_spring", wave)).status).toBe(201);
    const changes = async () =>
      (await Audit.list(db, Demo.ORG_ID, { action: "wave.", limit: 1000 })).length;
    const before = await changes();
    const again = await officer("PUT", "/api/surveys/waves/wav_spring", wave);
    expect(again.status).toBe(200);
    expect(again.json.wave).toMatchObject({ id: "wav_spring", ...wave, startsOn: "2027-03-01" });
    expect(await changes()).toBe(before);
    const renamed = await officer("PUT", "/api/surveys/waves/wav_spring", {
      ...wave,
      label: "Spring term 2027",
    });
    expect(renamed.status).toBe(200);
    expect(await changes()).toBe(before + 1);

    const refusals: [string, unknown, number, string][] = [
      [
        "wav_summer",
        { label: "Summer", from: "2027-05-01", to: "2027-08-31" },
        409,
        "wave.overlaps",
      ],
      [
        "wav_both",
        { label: "Both", code: "DEMO811", from: "2027-09-01", to: "2027-09-30" },
        400,
        "request.invalid",
      ],
      ["wav_none", { label: "None" }, 400, "request.invalid"],
      ["wav_half", { label: "Half", from: "2027-09-01" }, 400, "request.invalid"],
      ["wav_back", { label: "Back", from: "2027-09-30", to: "2027-09-01" }, 400, "request.invalid"],
      ["wav_blank", { label: "  ", from: "2027-09-01", to: "2027-09-30" }, 400, "request.invalid"],
      ["wav_code", { label: "Code", code: "NOSUCHCODE" }, 400, "wave.unknown_code"],
      ["bad id", { label: "Id", from: "2027-09-01", to: "2027-09-30" }, 400, "request.invalid"],
    ];
    for (const [id, body, status, code] of refusals) {
      const answer = await officer("PUT", `/api/surveys/waves/${encodeURIComponent(id)}`, body);
      expect(answer.status, id).toBe(status);
      expect(answer.json.error.code, id).toBe(code);
    }
    expect(await changes()).toBe(before + 1);
    const { json } = await officer("GET", "/api/reports/waves");
    expect(json.waves.map((w: { id: string }) => w.id)).toEqual(["wav_spring"]);

    expect((await officer("DELETE", "/api/surveys/waves/wav_spring")).json).toEqual({
      removed: true,
    });
    expect((await officer("DELETE", "/api/surveys/waves/wav_spring")).json).toEqual({
      removed: false,
    });
    expect(await changes()).toBe(before + 2);
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
}
