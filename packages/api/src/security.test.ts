import { Admission, Survey, uuidv7 } from "@chorus/core";
import { passwordProblem } from "@chorus/core/staff/policy";
import { CODE_ALPHABET } from "@chorus/core/survey/code";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "./testing.js";

// A still clock: rate limits count in fixed windows, and a run that crossed a window's edge on
// the real clock would see its counts reset half way through a test.
const { app } = await seededApp({ now: () => new Date("2026-11-23T10:00:00Z") });

describe("cross-site request forgery", () => {
  it("refuses a cookie-authenticated change from another site and changes nothing", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const body = { email: "csrf@demo.chorus.test", name: "Forged", roles: ["admin"] };
    for (const headers of [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://sub.evil.example" },
      { "sec-fetch-site": "", origin: "https://evil.example" },
    ]) {
      const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v));
      const forged = await admin("POST", "/api/admin/staff", body, {
        "sec-fetch-site": "",
        ...clean,
      });
      expect(forged.status).toBe(403);
      expect(forged.json.error.code).toBe("request.cross_site");
    }
    const staff = await admin("GET", "/api/admin/staff");
    expect(JSON.stringify(staff.json)).not.toContain("csrf@demo.chorus.test");
  });

  it("refuses a sign-in posted from another site", async () => {
    const { status } = await client(app)(
      "POST",
      "/api/auth/login",
      { email: "leader@demo.chorus.test", password: "chorus-demo" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(status).toBe(403);
  });

  it("lets the same origin through, by Origin when Sec-Fetch-Site is absent", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const ok = await admin(
      "POST",
      "/api/admin/staff",
      { email: "sameorigin@demo.chorus.test", name: "Same", roles: ["leader"] },
      { "sec-fetch-site": "", origin: "http://localhost" },
    );
    expect(ok.status).toBe(201);
  });
});

describe("headers", () => {
  it("sends HSTS outside localhost only", async () => {
    const local = await app.request("http://localhost/api/health");
    expect(local.headers.get("strict-transport-security")).toBeNull();
    const live = await app.request("https://chorus.example.gov.uk/api/health");
    expect(live.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect(live.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(live.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("marks the session cookie Secure outside localhost", async () => {
    const response = await app.request("https://chorus.example.gov.uk/api/auth/login", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
        "x-forwarded-for": "192.0.2.77",
      },
      body: JSON.stringify({ email: "leader@demo.chorus.test", password: "chorus-demo" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
  });
});

describe("sign-in abuse", () => {
  it("locks an account from one address after five failures, and answers unknown accounts the same", async () => {
    for (const email of ["officer@demo.chorus.test", "nobody-here@demo.chorus.test"]) {
      const guesser = client(app, { ip: "203.0.113.150" });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        statuses.push(
          (await guesser("POST", "/api/auth/login", { email, password: "wrong-guess" })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    }
    // Even the right password is refused from that address while it is locked there…
    const locked = await client(app, { ip: "203.0.113.150" })("POST", "/api/auth/login", {
      email: "officer@demo.chorus.test",
      password: "chorus-demo",
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // …but a stranger's guesses never lock the real person out from their own desk.
    const desk = await client(app, { ip: "198.51.100.251" })("POST", "/api/auth/login", {
      email: "officer@demo.chorus.test",
      password: "chorus-demo",
    });
    expect(desk.status).toBe(200);
  });

  it("lets many people sign in from one shared address", async () => {
    for (let n = 0; n < 40; n++) {
      const office = client(app, { ip: "203.0.113.160" });
      const response = await office("POST", "/api/auth/login", {
        email: n % 2 ? "leader@demo.chorus.test" : "officer@demo.chorus.test",
        password: "chorus-demo",
      });
      expect(response.status).toBe(200);
    }
  });

  it("limits attempts from one client across accounts", async () => {
    const request = client(app, { ip: "203.0.113.200" });
    const statuses: number[] = [];
    for (let n = 0; n < 31; n++) {
      statuses.push(
        (await request("POST", "/api/auth/login", { email: `u${n}@x.test`, password: "nope" }))
          .status,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it("follows NIST 800-63B: length, not composition, and no common passwords", () => {
    expect(passwordProblem("Sh0rt!pass")).toMatch(/at least 15/);
    expect(passwordProblem("correct horse battery staple")).toBeUndefined();
    expect(passwordProblem("alllowercasewordsarefine")).toBeUndefined();
    expect(passwordProblem("Password12345678!")).toMatch(/attackers try first/);
    expect(passwordProblem("passwordpasswordpassword")).toMatch(/attackers try first/);
    expect(passwordProblem("aaaaaaaaaaaaaaaaaaaa")).toMatch(/too easy/);
    expect(passwordProblem("12345678901234567")).toMatch(/too easy/);
    expect(passwordProblem("jane.doe forever and ever", "jane.doe@council.gov.uk")).toMatch(
      /e-mail/,
    );
  });

  it("ends every other session with sign out everywhere", async () => {
    const laptop = await signedIn(app, "safeguarding@demo.chorus.test");
    const tablet = await signedIn(app, "safeguarding@demo.chorus.test");
    expect((await laptop("POST", "/api/auth/logout-everywhere")).status).toBe(200);
    expect((await tablet("GET", "/api/me")).status).toBe(401);
    expect((await laptop("GET", "/api/me")).status).toBe(401);
  });
});

describe("access codes", () => {
  it("come from an alphabet without look-alikes, with enough entropy", () => {
    for (const confusable of "0O1IL5S2Z8BUV") expect(CODE_ALPHABET).not.toContain(confusable);
    expect(Survey.CODE_BITS).toBeGreaterThanOrEqual(35);
    const codes = new Set(Array.from({ length: 2000 }, () => Survey.newAccessCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
  });

  it("are rate-limited per client after many wrong guesses", async () => {
    const guesser = client(app, { ip: "203.0.113.99" });
    const statuses: number[] = [];
    for (let n = 0; n < 61; n++) statuses.push((await guesser("GET", `/api/s/GUESS${n}X`)).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
    // Another device is unaffected.
    expect((await client(app)("GET", "/api/s/DEMO811")).status).toBe(200);
  });

  it("never refuse a right code from an address over the limit: they make it wait instead", async () => {
    const penalty = Admission.PENALTY.ms;
    Admission.PENALTY.ms = 5;
    try {
      // A room of tablets behind one address; one of them mistypes again and again.
      const room = client(app, { ip: "203.0.113.98" });
      for (let n = 0; n < 61; n++) await room("GET", `/api/s/MISS${n}Q`);
      expect((await room("GET", "/api/s/MISSAGAIN")).status).toBe(429);
      expect((await room("GET", "/api/s/DEMO811")).status).toBe(200);
      const answered = await room("POST", "/api/s/DEMO811/responses", {
        id: uuidv7(),
        language: "en",
        ageBand: "8-11",
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        submittedAt: new Date().toISOString(),
        answers: { "feel-safe": "yes" },
      });
      expect(answered.status).toBe(201);
    } finally {
      Admission.PENALTY.ms = penalty;
    }
  });
});
