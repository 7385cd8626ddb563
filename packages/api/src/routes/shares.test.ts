import { Audit, Share } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

let clock = Date.now();
const { app, db } = await seededApp({ now: () => new Date(clock) });

// Enough answers for the demo survey's numbers to show (12 more children feel safe).
const child = client(app);
for (let i = 0; i < 12; i++) {
  await child("POST", "/api/s/DEMO811/responses", responseBody({ "feel-safe": "yes" }));
}

const leader = await signedIn(app, "leader@demo.chorus.test");
const auditOf = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);

let made = 0;
const newId = () => `shr_test${String(++made).padStart(6, "0")}`;
const surveyShare = (id = newId()) => ({
  id,
  surveyId: "srv_demo_life811",
  filters: { language: "en" },
  days: 30,
  label: "Corporate parenting panel",
});

/** Every count in an answer: the fields the disclosure rule governs. */
function counts(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) for (const item of value) counts(item, found);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (["count", "answered", "base", "positive", "responseCount"].includes(key)) {
        if (typeof inner === "number") found.push(inner);
      } else counts(inner, found);
    }
  }
  return found;
}

describe("making share links", () => {
  it("is for leaders only", async () => {
    expect((await client(app)("POST", "/api/reports/shares", surveyShare())).status).toBe(401);
    const officer = await signedIn(app, "officer@demo.chorus.test");
    const refused = await officer("POST", "/api/reports/shares", surveyShare());
    expect(refused.status).toBe(403);
    expect((await officer("GET", "/api/reports/shares")).status).toBe(403);
  });

  it("refuses a body it cannot use, and makes nothing", async () => {
    const before = (await leader("GET", "/api/reports/shares")).json.shares.length;
    const bad = [
      { ...surveyShare(), days: 0 },
      { ...surveyShare(), days: 91 },
      { ...surveyShare(), place: true },
      { ...surveyShare(), id: "not-an-id" },
      { ...surveyShare(), filters: { colour: "red" } },
      { ...surveyShare(), filters: { from: "last week" } },
      { id: newId(), days: 7, label: "Nothing chosen" },
    ];
    for (const body of bad) {
      const { status, json } = await leader("POST", "/api/reports/shares", body);
      expect(status).toBe(400);
      expect(json.error.code).toBe("request.invalid");
    }
    for (const surveyId of ["srv_nothing", "srv_other_life"]) {
      const { status, json } = await leader("POST", "/api/reports/shares", {
        ...surveyShare(),
        surveyId,
      });
      expect(status).toBe(404);
      expect(json.error.code).toBe("survey.not_found");
    }
    expect((await leader("GET", "/api/reports/shares")).json.shares.length).toBe(before);
  });

  it("gives the same link for the same request again, and 409 for another under its id", async () => {
    const body = surveyShare();
    const first = await leader("POST", "/api/reports/shares", body);
    expect(first.status).toBe(201);
    expect(first.json.url).toBe(`http://localhost/share/${first.json.token}`);
    expect(first.json.status).toBe("open");
    expect(Date.parse(first.json.expiresAt) - clock).toBe(30 * 86_400_000);
    const again = await leader("POST", "/api/reports/shares", body);
    expect(again.status).toBe(200);
    expect(again.json.token).toBe(first.json.token);
    const other = await leader("POST", "/api/reports/shares", { ...body, days: 5 });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("share.conflict");
    const created = (await auditOf("share.created")).filter((e) => e.target?.id === body.id);
    expect(created).toHaveLength(1);
    expect(created[0]?.detail).toEqual({ kind: "survey", days: 30, surveyId: "srv_demo_life811" });
  });

  it("lists the organisation's links without their tokens", async () => {
    const body = surveyShare();
    const { json: made } = await leader("POST", "/api/reports/shares", body);
    const { status, json } = await leader("GET", "/api/reports/shares");
    expect(status).toBe(200);
    const listed = json.shares.find((s: { id: string }) => s.id === body.id);
    expect(listed).toMatchObject({ kind: "survey", label: body.label, status: "open" });
    expect(JSON.stringify(json)).not.toContain(made.token);
    // Another council's leader sees none of them.
    const outsider = await signedIn(app, "all@other.chorus.test");
    const theirs = await outsider("GET", "/api/reports/shares");
    expect(theirs.json.shares.some((s: { id: string }) => s.id === body.id)).toBe(false);
  });
});

describe("opening a share link", () => {
  it("shows the controlled report without the code or exact counts, and audits the open", async () => {
    const body = surveyShare();
    const { json: made } = await leader("POST", "/api/reports/shares", body);
    const { status, json } = await client(app)("GET", `/api/share/${made.token}`);
    expect(status).toBe(200);
    expect(json.kind).toBe("survey");
    // The printed cover names the council that shared it.
    expect(json.orgName).toBe("Demo Council");
    expect(json.report.survey).toEqual({
      id: "srv_demo_life811",
      title: { en: "My life in care" },
      defaultLanguage: "en",
    });
    expect(JSON.stringify(json)).not.toContain("DEMO811");
    expect(json.report.options).toBeUndefined();
    expect(json.report.threshold).toBe(8);
    const all = counts(json);
    expect(all.length).toBeGreaterThan(3);
    for (const n of all) expect(n === 0 || (n >= 10 && n % 5 === 0)).toBe(true);
    const [opened] = await auditOf("share.opened");
    expect(opened?.target).toEqual({ type: "share", id: body.id });
    expect(opened?.actor).toEqual({ type: "system" });
  });

  it("shows the story of place through a place link", async () => {
    const { json: made } = await leader("POST", "/api/reports/shares", {
      id: newId(),
      place: true,
      days: 7,
      label: "Peer review",
    });
    const { status, json } = await client(app)("GET", `/api/share/${made.token}`);
    expect(status).toBe(200);
    expect(json.kind).toBe("place");
    expect(json.place.orgName).toBe("Demo Council");
    expect(json.place.indicators.map((i: { id: string }) => i.id)).toContain("feel-safe");
    for (const n of counts(json)) expect(n === 0 || (n >= 10 && n % 5 === 0)).toBe(true);
  });

  it("answers 410 once switched off, again and again, and audits both", async () => {
    const body = surveyShare();
    const { json: made } = await leader("POST", "/api/reports/shares", body);
    const off = await leader("DELETE", `/api/reports/shares/${body.id}`);
    expect(off.status).toBe(200);
    expect(off.json.status).toBe("revoked");
    expect((await leader("DELETE", `/api/reports/shares/${body.id}`)).json.revokedAt).toBe(
      off.json.revokedAt,
    );
    const { status, json } = await client(app)("GET", `/api/share/${made.token}`);
    expect(status).toBe(410);
    expect(json.error.code).toBe("share.revoked");
    expect((await auditOf("share.revoked")).some((e) => e.target?.id === body.id)).toBe(true);
    const [refused] = await auditOf("share.refused");
    expect(refused?.detail).toEqual({ kind: "survey", status: "revoked" });
  });

  it("answers 410 once it has run out", async () => {
    const body = { ...surveyShare(), days: 1 };
    const { json: made } = await leader("POST", "/api/reports/shares", body);
    expect((await client(app)("GET", `/api/share/${made.token}`)).status).toBe(200);
    clock += 86_400_000 + 1000;
    try {
      const { status, json } = await client(app)("GET", `/api/share/${made.token}`);
      expect(status).toBe(410);
      expect(json.error.code).toBe("share.expired");
      // (Read directly: a day on, the leader's session has run out too.)
      const listed = await Share.list(db, Demo.ORG_ID);
      expect(listed.find((s) => s.id === body.id)?.status).toBe("expired");
    } finally {
      clock -= 86_400_000 + 1000;
    }
  });

  it("lets only its owner's leaders switch it off", async () => {
    const body = surveyShare();
    await leader("POST", "/api/reports/shares", body);
    const outsider = await signedIn(app, "all@other.chorus.test");
    const { status, json } = await outsider("DELETE", `/api/reports/shares/${body.id}`);
    expect(status).toBe(404);
    expect(json.error.code).toBe("share.not_found");
    expect((await leader("DELETE", "/api/reports/shares/shr_nothing000")).status).toBe(404);
  });

  it("answers 404 for a made-up or altered token, then 429 for too many", async () => {
    const { json: made } = await leader("POST", "/api/reports/shares", surveyShare());
    const altered = `${made.token.slice(0, -1)}${made.token.endsWith("A") ? "B" : "A"}`;
    const guesser = client(app, { ip: "203.0.113.77" });
    for (const token of [altered, "shr_nothing0000000000", "x"]) {
      const { status, json } = await guesser("GET", `/api/share/${token}`);
      expect(status).toBe(404);
      expect(json.error.code).toBe("share.not_found");
    }
    let last = 0;
    for (let i = 0; i < Share.SHARE_MISSES.limit; i++) {
      last = (await guesser("GET", `/api/share/shr_guess${i}aaaaaaaaaaaaaaaaaaaaaaaa`)).status;
    }
    expect(last).toBe(429);
    // Even the right token waits out the window from that address; others are not affected.
    expect((await client(app)("GET", `/api/share/${made.token}`)).status).toBe(200);
  });
});

describe("the story of place", () => {
  it("is for leaders, audited, with every indicator and controlled counts", async () => {
    const officer = await signedIn(app, "officer@demo.chorus.test");
    expect((await officer("GET", "/api/reports/place")).status).toBe(403);
    const { status, json } = await leader("GET", "/api/reports/place");
    expect(status).toBe(200);
    expect(json.indicators.map((i: { id: string }) => i.id)).toEqual([
      "feel-safe",
      "trusted-adult",
      "know-why-care",
      "happy",
      "settled-home",
      "adviser",
    ]);
    const safe = json.indicators[0];
    expect(safe.sources).toContainEqual({ surveyId: "srv_demo_life811", questionId: "feel-safe" });
    expect(safe.overall.positive).toBeGreaterThanOrEqual(10);
    expect(json.indicators[2].sources).toEqual([]);
    for (const n of counts(json)) expect(n === 0 || (n >= 10 && n % 5 === 0)).toBe(true);
    expect((await auditOf("place.read")).length).toBeGreaterThan(0);
  });

  it("refuses an unknown wave or filter", async () => {
    for (const query of ["wave=wav_nothing", "colour=red"]) {
      const { status, json } = await leader("GET", `/api/reports/place?${query}`);
      expect(status).toBe(400);
      expect(json.error.code).toBe("report.invalid_filter");
    }
  });
});
