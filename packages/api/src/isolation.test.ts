/**
 * Tenant isolation and role checks, proved route by route. The routes come from the app itself,
 * so a new route that is not listed below fails this test until someone decides who may use it.
 */
import { createHash } from "node:crypto";
import { Alert, Response, Rights, Wave } from "@chorus/core";
import { Demo, sampleWav } from "@chorus/core/local";
import type { Role } from "@chorus/core/staff/schema";
import { describe, expect, it } from "vitest";
import { client, OTHER, seededApp, signedIn } from "./testing.js";

const { app, db } = await seededApp();
// The demo council's sample responses raise alerts (a child not sure they are safe): a real one.
const demoAlert = (await Alert.list(db, Demo.ORG_ID))[0]?.id ?? "alr_missing";
// Real references: the last demo response (deleting it in the role checks harms no other test)
// and the other borough's first.
const referenceIn = async (orgId: string, surveyId: string) => {
  let last = "0000-0000-0000";
  for await (const response of Response.all(db, orgId, surveyId))
    last = Rights.referenceOf(response.id);
  return last;
};
const DEMO_REFERENCE = await referenceIn(Demo.ORG_ID, "srv_demo_life811");
const OTHER_REFERENCE = await referenceIn(OTHER.orgId, OTHER.surveyId);

// A recording each council holds (see "recordings" below), so a reach for it is a real one.
const SAMPLE = sampleWav({ hertz: 523 });
const SAMPLE_HASH = createHash("sha256").update(SAMPLE).digest("hex");

type Access = "public" | "staff" | Role | Role[];
/**
 * Who may call each route. `staff` is anyone signed in; a role means that role only, a list
 * any of those roles.
 */
const ACCESS: Record<string, Access> = {
  "GET /api/health": "public",
  "GET /api/openapi.json": "public",
  "GET /api/s/:code": "public",
  "POST /api/s/:code/responses": "public",
  "POST /api/s/:code/help": "public",
  // A recording of the survey behind the code, token or session: only one its version names.
  "GET /api/s/:code/audio/:hash": "public",
  "GET /api/i/:token/audio/:hash": "public",
  "GET /api/t/:token/audio/:hash": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public",
  "POST /api/auth/set-password": "public",
  "POST /api/auth/sso/discover": "public",
  "GET /api/auth/sso/start": "public",
  "GET /api/auth/sso/callback": "public",
  "POST /api/auth/logout-everywhere": "staff",
  "GET /api/me": "staff",
  "GET /api/auth/sso/config": "admin",
  "PUT /api/auth/sso/config": "admin",
  "GET /api/reports/surveys": "leader",
  "GET /api/reports/surveys/:surveyId": "leader",
  // Waves hold no child's words: leaders read them for the filter bar, officers set them.
  "GET /api/reports/waves": ["leader", "officer"],
  "PUT /api/surveys/waves/:waveId": "officer",
  "DELETE /api/surveys/waves/:waveId": "officer",
  "GET /api/reports/surveys/:surveyId/export.csv": "leader",
  "GET /api/reports/surveys/:surveyId/export.xlsx": "leader",
  "POST /api/reports/shares": "leader",
  "GET /api/reports/shares": "leader",
  "DELETE /api/reports/shares/:shareId": "leader",
  "GET /api/reports/place": "leader",
  // A share link opens for whoever holds its token, like an invite link.
  "GET /api/share/:token": "public",
  // Raw answers (free text redacted by default) leave only through an admin.
  "GET /api/admin/surveys": "admin",
  "GET /api/admin/surveys/:surveyId/raw.csv": "admin",
  // "You said, we did": leaders record and publish; officers read, translate and print.
  "GET /api/reports/actions": ["leader", "officer"],
  "POST /api/reports/actions": "leader",
  "GET /api/reports/actions/:actionId": ["leader", "officer"],
  "PUT /api/reports/actions/:actionId": "leader",
  "PUT /api/reports/actions/:actionId/translations/:language": ["leader", "officer"],
  "POST /api/reports/actions/:actionId/publish": "leader",
  "POST /api/reports/actions/:actionId/unpublish": "leader",
  "GET /api/s/:code/you-said": "public",
  "GET /api/i/:token/you-said": "public",
  "GET /api/t/:token/you-said": "public",
  "GET /api/admin/staff": "admin",
  "POST /api/admin/staff": "admin",
  "PATCH /api/admin/staff/:staffId": "admin",
  "GET /api/admin/outbox": "admin",
  // The council's name and logo: every member of staff reads them (officers print posters).
  "GET /api/org": "staff",
  "GET /api/org/logo": "staff",
  "PUT /api/admin/org/name": "admin",
  "PUT /api/admin/org/logo": "admin",
  "DELETE /api/admin/org/logo": "admin",
  "GET /api/admin/audit": "admin",
  "GET /api/admin/retention": "admin",
  "PUT /api/admin/retention": "admin",
  "GET /api/i/:token": "public",
  "POST /api/i/:token/responses": "public",
  "POST /api/i/:token/help": "public",
  // Tablet routes admit whoever holds a session's token, like invite links.
  "GET /api/t/:token": "public",
  "POST /api/t/:token/responses": "public",
  "POST /api/t/:token/help": "public",
  "POST /api/t/:token/end": "public",
  "GET /api/tablet-sessions": "officer",
  "POST /api/tablet-sessions": "officer",
  "POST /api/tablet-sessions/:sessionId/end": "officer",
  "GET /api/surveys": "officer",
  "GET /api/surveys/dashboard": "officer",
  "GET /api/surveys/templates": "officer",
  "POST /api/surveys": "officer",
  "GET /api/surveys/:surveyId": "officer",
  "PUT /api/surveys/:surveyId/draft": "officer",
  "PUT /api/surveys/:surveyId/name": "officer",
  "POST /api/surveys/:surveyId/translation-checks": "officer",
  "GET /api/surveys/:surveyId/changes": "officer",
  "POST /api/surveys/:surveyId/publish": "officer",
  "POST /api/surveys/:surveyId/archive": "officer",
  "POST /api/surveys/:surveyId/restore": "officer",
  "GET /api/surveys/:surveyId/versions/:version": "officer",
  "GET /api/surveys/:surveyId/export": "officer",
  "GET /api/surveys/:surveyId/strings.csv": "officer",
  "PUT /api/surveys/:surveyId/strings": "officer",
  // Recordings on a survey's words are part of designing it: officers.
  "PUT /api/surveys/:surveyId/audio/:key/:language": "officer",
  "DELETE /api/surveys/:surveyId/audio/:key/:language": "officer",
  "GET /api/surveys/:surveyId/audio/:hash": "officer",
  "GET /api/surveys/:surveyId/distributions": "officer",
  "POST /api/surveys/:surveyId/distributions": "officer",
  "POST /api/surveys/:surveyId/distributions/:distributionId/close": "officer",
  "POST /api/surveys/:surveyId/distributions/:distributionId/invites": "officer",
  "GET /api/surveys/:surveyId/distributions/:distributionId/invites": "officer",
  "GET /api/surveys/:surveyId/distributions/:distributionId/invites/links": "officer",
  "GET /api/surveys/:surveyId/distributions/:distributionId/invites.csv": "officer",
  "POST /api/surveys/:surveyId/distributions/:distributionId/invites/:inviteId/revoke": "officer",
  // Theme work reads what children wrote (redacted, audited): participation officers.
  "GET /api/surveys/quote-names": "officer",
  "PUT /api/surveys/quote-names": "officer",
  "GET /api/surveys/:surveyId/themes": "officer",
  "GET /api/surveys/:surveyId/themes/:themeId/answers": "officer",
  "POST /api/surveys/:surveyId/themes/quotes/:quoteId/approve": "officer",
  "POST /api/surveys/:surveyId/themes/quotes/:quoteId/reject": "officer",
  "POST /api/surveys/:surveyId/themes/moves": "officer",
  "POST /api/surveys/:surveyId/themes/emerging": "officer",
  // Alerts carry what a child said and how to reach them: the safeguarding role alone.
  "GET /api/safeguarding/alerts": "safeguarding",
  "GET /api/safeguarding/alerts/:alertId": "safeguarding",
  "POST /api/safeguarding/alerts/:alertId/acknowledge": "safeguarding",
  "POST /api/safeguarding/alerts/:alertId/assign": "safeguarding",
  "POST /api/safeguarding/alerts/:alertId/notes": "safeguarding",
  "POST /api/safeguarding/alerts/:alertId/close": "safeguarding",
  "POST /api/safeguarding/alerts/:alertId/reopen": "safeguarding",
  "POST /api/safeguarding/screen": "safeguarding",
  "GET /api/safeguarding/team": "safeguarding",
  // Due times and own phrases hold no child's words: organisation settings an admin may also set.
  // A child's own answers, found, handed over or deleted on their request: the officers who
  // meet the children, and admins who run information governance (see docs/subject-rights.md).
  "POST /api/responses/find": ["officer", "admin"],
  "GET /api/responses/:reference/answers.html": ["officer", "admin"],
  "DELETE /api/responses/:reference": ["officer", "admin"],
  "GET /api/safeguarding/settings": ["safeguarding", "admin"],
  "PUT /api/safeguarding/settings": ["safeguarding", "admin"],
};

const routes = [
  ...new Set(
    app.routes.filter((route) => route.method !== "ALL").map((r) => `${r.method} ${r.path}`),
  ),
];

/** Path parameters filled with the OTHER organisation's ids: a demo user must never reach them. */
const otherTenantPath = (path: string) =>
  path
    .replace(":surveyId", OTHER.surveyId)
    .replace(":staffId", OTHER.staff[0].id)
    .replace(":distributionId", `dst_seed${OTHER.code}`)
    .replace(":sessionId", "tab_isolationOther")
    .replace(":inviteId", "ivb_isolationOther-000")
    .replace(":alertId", `alr_${"0".repeat(24)}`)
    .replace(":version", "1")
    .replace(":themeId", "school")
    .replace(":quoteId", "quo_isolation")
    .replace(":waveId", "wav_isolation")
    .replace(":actionId", "act_otherBorough01")
    .replace(":language", "pl")
    .replace(":key", "q.feel-home.prompt")
    .replace(":hash", SAMPLE_HASH)
    .replace(":reference", OTHER_REFERENCE);
/** And the demo organisation's ids, for the other organisation's staff. */
const demoTenantPath = (path: string) =>
  path
    .replace(":surveyId", "srv_demo_life811")
    .replace(":staffId", "stf_demo_officer")
    .replace(":distributionId", "dst_seedDEMO811")
    .replace(":sessionId", "tab_isolation01")
    .replace(":inviteId", "ivb_isolationDemo-000")
    .replace(":alertId", demoAlert)
    .replace(":version", "1")
    .replace(":themeId", "school")
    .replace(":quoteId", "quo_isolation")
    .replace(":waveId", "wav_isolation")
    .replace(":actionId", "act_demoFamilyTime1")
    .replace(":language", "pl")
    .replace(":key", "q.feel-home.prompt")
    .replace(":hash", SAMPLE_HASH)
    .replace(":reference", DEMO_REFERENCE);

/**
 * Routes whose id the client makes: the same id in another organisation is another record,
 * so reaching for it makes or removes the caller's own, never 403 or 404. Proved apart, below.
 */
const CLIENT_IDS = new Set(["PUT /api/surveys/waves/:waveId", "DELETE /api/surveys/waves/:waveId"]);

const ROLES: Role[] = ["admin", "officer", "leader", "safeguarding"];
const DEMO_USER: Record<Role, string> = {
  admin: "admin@demo.chorus.test",
  officer: "officer@demo.chorus.test",
  leader: "leader@demo.chorus.test",
  safeguarding: "safeguarding@demo.chorus.test",
};
const DEMO_MARKERS = ["org_demo", "Demo Council", "srv_demo_", "@demo.chorus.test", "DEMO811"];
const OTHER_MARKERS = [
  OTHER.orgId,
  OTHER.orgName,
  OTHER.surveyId,
  "@other.chorus.test",
  OTHER.code,
];

// A body that passes validation where one is needed, so the check is on access, not on input.
const BODIES: Record<string, unknown> = {
  "POST /api/admin/staff": { email: "iso@iso.example", name: "Iso", roles: ["leader"] },
  "PATCH /api/admin/staff/:staffId": { roles: ["officer"] },
  // A name that is neither council's marker, so a rename shows up nowhere it should not.
  "PUT /api/admin/org/name": { name: "Isolation Council" },
  "PUT /api/admin/org/logo": { contentType: "image/svg+xml", data: "PHN2Zz4=" },
  "PUT /api/admin/retention": {
    rawAnswersMonths: 24,
    alertsMonths: 84,
    auditMonths: 72,
    sessionsDays: 30,
  },
  "PUT /api/auth/sso/config": {
    issuer: "https://login.microsoftonline.com/tenant/v2.0",
    clientId: "x",
    clientSecret: "y",
    emailDomains: ["iso.example"],
    groupRoles: {},
    enabled: false,
  },
  "POST /api/surveys": {
    id: "srv_isolation0001",
    templateId: "leaving-care",
    staffName: "Isolation",
  },
  "POST /api/reports/shares": { id: "shr_isolation01", place: true, days: 7, label: "Panel" },
  "PUT /api/surveys/:surveyId/draft": { revision: 1, definition: {} },
  "POST /api/surveys/:surveyId/publish": { revision: 1 },
  "PUT /api/surveys/:surveyId/name": { staffName: "Isolation" },
  "POST /api/surveys/:surveyId/translation-checks": { language: "pl" },
  "PUT /api/surveys/:surveyId/audio/:key/:language": SAMPLE,
  "PUT /api/surveys/:surveyId/strings": { revision: 1, csv: "key,en\n" },
  "POST /api/surveys/:surveyId/distributions": {
    id: "dst_isolation01",
    label: "Iso",
    cohort: "family",
  },
  "POST /api/surveys/:surveyId/distributions/:distributionId/invites": { labels: ["Sam"] },
  "PUT /api/surveys/quote-names": { names: ["Isolation"] },
  "POST /api/surveys/:surveyId/themes/quotes/:quoteId/approve": {
    responseId: "r",
    slot: "one-thing",
    themeId: "school",
  },
  "POST /api/surveys/:surveyId/themes/quotes/:quoteId/reject": {
    responseId: "r",
    slot: "one-thing",
    themeId: "school",
  },
  "POST /api/surveys/:surveyId/themes/moves": {
    id: "move-isolation",
    responseId: "r",
    slot: "one-thing",
    to: "school",
  },
  "POST /api/surveys/:surveyId/themes/emerging": { phrase: "isolation", mergeInto: "school" },
  "POST /api/safeguarding/alerts/:alertId/assign": { staffId: "stf_demo_safeguarding" },
  "POST /api/safeguarding/alerts/:alertId/notes": { id: "note_isolation01", text: "Called" },
  "POST /api/safeguarding/alerts/:alertId/close": { outcome: "passed-to-social-worker" },
  "POST /api/safeguarding/screen": { language: "en", text: "my dad hits me" },
  "PUT /api/surveys/waves/:waveId": { label: "Iso wave", from: "2030-01-01", to: "2030-01-31" },
  "POST /api/reports/actions": {
    id: "act_isolation001",
    said: "You said the bus is late.",
    did: "We asked for a new timetable.",
    owner: "Transport",
    status: "planned",
  },
  "PUT /api/reports/actions/:actionId": {
    said: "You said the bus is late.",
    did: "We asked for a new timetable.",
    owner: "Transport",
    status: "doing",
  },
  "PUT /api/reports/actions/:actionId/translations/:language": {
    said: "Mówisz, że autobus się spóźnia.",
    did: "Poprosiliśmy o nowy rozkład jazdy.",
  },
  "PUT /api/safeguarding/settings": { urgentHours: 1, concernWorkingDays: 1, phrases: [] },
  "POST /api/responses/find": { reference: "0000-0000-0000" },
  "POST /api/tablet-sessions": {
    id: "tab_isolation01",
    distributionId: "dst_seedDEMO811",
    label: "Iso tablet",
    pin: "2468",
    token: "isolation-token-isolation-token-0001",
  },
};

/**
 * A query a route needs to answer at all. The raw export's default (free text redacted) waits
 * for the theme engineer's `Theme.redact`; asking for it in full proves the same access rule.
 */
const QUERIES: Record<string, string> = {
  "GET /api/admin/surveys/:surveyId/raw.csv": "?text=full",
};

describe("every route is accounted for", () => {
  it("has an access rule for each route the app serves", () => {
    expect(routes.length).toBeGreaterThan(10);
    const unlisted = routes.filter((route) => !(route in ACCESS));
    expect(unlisted).toEqual([]);
  });
});

const staffRoutes = routes.filter((route) => ACCESS[route] !== "public");

describe.each(staffRoutes)("%s", (route) => {
  const [method, path] = route.split(" ") as [string, string];
  const rule = ACCESS[route]!;

  it("answers 401 when signed out", async () => {
    const { status, json } = await client(app)(
      method,
      demoTenantPath(path) + (QUERIES[route] ?? ""),
      BODIES[route],
    );
    expect(status).toBe(401);
    expect(json.error.code).toBe("auth.required");
  });

  it.each(ROLES)("as %s: allowed only with the right role", async (role) => {
    const request = await signedIn(app, DEMO_USER[role]);
    const { status, json } = await request(
      method,
      demoTenantPath(path) + (QUERIES[route] ?? ""),
      BODIES[route],
    );
    const allowed = rule === "staff" || [rule].flat().includes(role);
    // Allowed means the role check let it through; the request itself may still be refused for
    // its content (a stale revision, say), which is not what this test is about.
    if (allowed) {
      expect([401, 403]).not.toContain(status);
      // Refused for its content is fine; falling over is not.
      expect(status).toBeLessThan(500);
    } else {
      expect(status).toBe(403);
      expect(json.error.code).toBe("auth.forbidden");
    }
    for (const marker of OTHER_MARKERS) expect(JSON.stringify(json)).not.toContain(marker);
  });

  it("never shows or changes another organisation's records", async () => {
    // Someone in the other borough holding every role, reaching for the demo council's records.
    const outsider = await signedIn(app, "all@other.chorus.test");
    const { status, json } = await outsider(
      method,
      demoTenantPath(path) + (QUERIES[route] ?? ""),
      BODIES[route],
    );
    if (path.includes(":") && !CLIENT_IDS.has(route)) expect([403, 404]).toContain(status);
    for (const marker of DEMO_MARKERS) expect(JSON.stringify(json)).not.toContain(marker);
    // And the demo council's admin reaching for the other borough's ids.
    const demoAdmin = await signedIn(app, DEMO_USER.admin);
    const back = await demoAdmin(
      method,
      otherTenantPath(path) + (QUERIES[route] ?? ""),
      BODIES[route],
    );
    for (const marker of OTHER_MARKERS) expect(JSON.stringify(back.json)).not.toContain(marker);
  });
});

describe("recordings", () => {
  it("are each council's own: the same file's name reaches nothing across councils", async () => {
    const demoOfficer = await signedIn(app, DEMO_USER.officer);
    const path = "/api/surveys/srv_demo_life811/audio/q.feel-home.prompt/en";
    expect((await demoOfficer("PUT", path, SAMPLE)).json.recording.hash).toBe(SAMPLE_HASH);
    expect(
      (await demoOfficer("GET", `/api/surveys/srv_demo_life811/audio/${SAMPLE_HASH}`)).status,
    ).toBe(200);
    const outsider = await signedIn(app, "all@other.chorus.test");
    // Their staff by their own survey, their children by their own code: the name alone opens nothing.
    const theirs = await outsider("GET", `/api/surveys/${OTHER.surveyId}/audio/${SAMPLE_HASH}`);
    expect(theirs.status).toBe(404);
    expect(
      (await outsider("GET", `/api/surveys/srv_demo_life811/audio/${SAMPLE_HASH}`)).status,
    ).toBe(404);
    expect((await client(app)("GET", `/api/s/${OTHER.code}/audio/${SAMPLE_HASH}`)).status).toBe(
      404,
    );
  });
});

describe("waves, whose ids the client makes", () => {
  it("are another organisation's own records under the same id", async () => {
    const demoOfficer = await signedIn(app, DEMO_USER.officer);
    const mine = { label: "Demo autumn", from: "2031-09-01", to: "2031-12-31" };
    expect((await demoOfficer("PUT", "/api/surveys/waves/wav_shared", mine)).status).toBe(201);

    const outsider = await signedIn(app, "all@other.chorus.test");
    const theirs = { label: "Outsider", from: "2031-09-01", to: "2031-12-31" };
    expect((await outsider("PUT", "/api/surveys/waves/wav_shared", theirs)).status).toBe(201);
    expect((await outsider("DELETE", "/api/surveys/waves/wav_shared")).json).toEqual({
      removed: true,
    });
    expect((await outsider("DELETE", "/api/surveys/waves/wav_shared")).json).toEqual({
      removed: false,
    });
    // A code is checked against the caller's organisation: the demo council's is unknown here.
    const code = await outsider("PUT", "/api/surveys/waves/wav_code", {
      label: "Theirs",
      code: "DEMO811",
    });
    expect(code.status).toBe(400);
    expect(code.json.error.code).toBe("wave.unknown_code");

    expect(await Wave.get(db, Demo.ORG_ID, "wav_shared")).toMatchObject({ label: "Demo autumn" });
    const listed = await demoOfficer("GET", "/api/reports/waves");
    expect(listed.json.waves.map((w: { label: string }) => w.label)).not.toContain("Outsider");
  });
});
