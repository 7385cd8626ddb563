import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "../testing.js";

const { app } = await seededApp();
const STRONG = "kettle orbit lantern meadow";

async function inviteOfficer(email: string) {
  const admin = await signedIn(app, "admin@demo.chorus.test");
  const invited = await admin("POST", "/api/admin/staff", {
    email,
    name: "New Officer",
    roles: ["officer"],
  });
  return { admin, invited, token: (invited.json.link as string).split("#")[1]! };
}

describe("inviting staff", () => {
  it("writes a one-time set-password link to the outbox, usable once", async () => {
    const { admin, invited, token } = await inviteOfficer("new.officer@demo.chorus.test");
    expect(invited.status).toBe(201);
    expect(invited.json.staff).toMatchObject({
      email: "new.officer@demo.chorus.test",
      roles: ["officer"],
    });
    expect(invited.json.link).toMatch(/^http:\/\/localhost\/set-password#[\w-]{40,}$/);

    const outbox = await admin("GET", "/api/admin/outbox");
    expect(outbox.json.messages[0].to).toBe("new.officer@demo.chorus.test");
    expect(outbox.json.messages[0].body).toContain(invited.json.link);

    const listed = await admin("GET", "/api/admin/staff");
    const entry = listed.json.staff.find(
      (s: { email: string }) => s.email === "new.officer@demo.chorus.test",
    );
    expect(entry.status).toBe("invited");
    expect(JSON.stringify(listed.json)).not.toMatch(/passwordHash|scrypt/);

    const newcomer = client(app);
    const weak = await newcomer("POST", "/api/auth/set-password", {
      token,
      password: "password123",
    });
    expect(weak.status).toBe(400);
    expect(weak.json.error.code).toBe("auth.weak_password");
    const set = await newcomer("POST", "/api/auth/set-password", { token, password: STRONG });
    expect(set.status).toBe(200);
    const again = await newcomer("POST", "/api/auth/set-password", {
      token,
      password: `${STRONG}!`,
    });
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe("auth.link_expired");

    const officer = await signedIn(app, "new.officer@demo.chorus.test", STRONG);
    expect((await officer("GET", "/api/me")).json.user.roles).toEqual(["officer"]);
  });

  it("answers an invite with the person as the staff list shows them", async () => {
    const { invited } = await inviteOfficer("shape@demo.chorus.test");
    expect(invited.json.staff.status).toBe("invited");
    expect(invited.json.staff).not.toHaveProperty("sessionEpoch");
  });

  it("takes the new name and roles when someone is invited again before setting a password", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const email = "changed.mind@demo.chorus.test";
    await admin("POST", "/api/admin/staff", { email, name: "First Name", roles: ["leader"] });
    const again = await admin("POST", "/api/admin/staff", {
      email,
      name: "Right Name",
      roles: ["officer"],
    });
    expect(again.json.staff).toMatchObject({ name: "Right Name", roles: ["officer"] });
  });

  it("asks for reactivation before inviting a deactivated person again", async () => {
    const { admin, invited } = await inviteOfficer("gone@demo.chorus.test");
    await admin("PATCH", `/api/admin/staff/${invited.json.staff.id}`, { active: false });
    const again = await admin("POST", "/api/admin/staff", {
      email: "gone@demo.chorus.test",
      name: "Gone",
      roles: ["officer"],
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("staff.deactivated");
  });

  it("does not create a second person when an invite is retried", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const body = { email: "twice@demo.chorus.test", name: "Twice", roles: ["leader"] };
    const first = await admin("POST", "/api/admin/staff", body);
    const second = await admin("POST", "/api/admin/staff", body);
    expect(second.json.staff.id).toBe(first.json.staff.id);
    const listed = await admin("GET", "/api/admin/staff");
    expect(listed.json.staff.filter((s: { email: string }) => s.email === body.email)).toHaveLength(
      1,
    );
  });

  it("answers an address of another organisation exactly as a new one, and tells only its owner", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const invite = (email: string) =>
      admin("POST", "/api/admin/staff", { email, name: "Pat", roles: ["leader"] });
    const fresh = await invite("pat.new@demo.chorus.test");
    const taken = await invite("admin@other.chorus.test");
    expect(taken.status).toBe(fresh.status);
    const shape = (json: Record<string, unknown>) =>
      JSON.stringify(json, (key, value) =>
        ["id", "email", "invitedAt", "createdAt"].includes(key) ||
        (typeof value === "string" && value.includes("set-password"))
          ? "…"
          : value,
      );
    expect(shape(taken.json)).toBe(shape(fresh.json));
    const listed = await admin("GET", "/api/admin/staff");
    const statuses = Object.fromEntries(
      listed.json.staff.map((s: { email: string; status: string }) => [s.email, s.status]),
    );
    expect(statuses["admin@other.chorus.test"]).toBe("invited");
    expect(statuses["pat.new@demo.chorus.test"]).toBe("invited");

    // The other organisation's admin still signs in there, and the link cannot take them over.
    await signedIn(app, "admin@other.chorus.test");
    const token = new URL(taken.json.link).hash.slice(1);
    const used = await client(app)("POST", "/api/auth/set-password", {
      token,
      password: "a long new passphrase 2026",
    });
    expect(used.status).toBe(409);
    expect(used.json.error.code).toBe("staff.email_elsewhere");
    await signedIn(app, "admin@other.chorus.test");
  });
});

describe("changing and deactivating staff", () => {
  it("audits a role change", async () => {
    const { admin, invited } = await inviteOfficer("roles@demo.chorus.test");
    const id = invited.json.staff.id;
    const changed = await admin("PATCH", `/api/admin/staff/${id}`, {
      roles: ["officer", "leader"],
    });
    expect(changed.status).toBe(200);
    expect(changed.json.staff.roles).toEqual(["officer", "leader"]);
    const audit = await admin("GET", "/api/admin/audit?action=staff.roles_changed");
    expect(audit.json.entries[0]).toMatchObject({
      action: "staff.roles_changed",
      target: { type: "staff", id },
      actor: { email: "admin@demo.chorus.test" },
      detail: { from: "officer", to: "officer,leader" },
    });
  });

  it("ends a deactivated person's sessions at once", async () => {
    const { admin, invited, token } = await inviteOfficer("leaving@demo.chorus.test");
    await client(app)("POST", "/api/auth/set-password", { token, password: STRONG });
    const leaver = await signedIn(app, "leaving@demo.chorus.test", STRONG);
    expect((await leaver("GET", "/api/me")).status).toBe(200);
    await admin("PATCH", `/api/admin/staff/${invited.json.staff.id}`, { active: false });
    expect((await leaver("GET", "/api/me")).status).toBe(401);
    const again = await client(app)("POST", "/api/auth/login", {
      email: "leaving@demo.chorus.test",
      password: STRONG,
    });
    expect(again.status).toBe(401);
  });

  it("stops an admin locking themselves out", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { status, json } = await admin("PATCH", "/api/admin/staff/stf_demo_admin", {
      active: false,
    });
    expect(status).toBe(409);
    expect(json.error.code).toBe("staff.self_lockout");
  });

  it("answers 404 for someone in another organisation", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { status } = await admin("PATCH", "/api/admin/staff/stf_other_admin", { active: false });
    expect(status).toBe(404);
  });
});

describe("the audit trail", () => {
  it("records sign-ins and failed sign-ins, newest first, filterable", async () => {
    await client(app)("POST", "/api/auth/login", {
      email: "leader@demo.chorus.test",
      password: "wrong-password",
    });
    await signedIn(app, "leader@demo.chorus.test");
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { json } = await admin("GET", "/api/admin/audit?action=auth.sign_in");
    const actions = json.entries.map((e: { action: string }) => e.action);
    expect(actions).toContain("auth.sign_in");
    expect(actions).toContain("auth.sign_in_failed");
    const times = json.entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const mine = await admin("GET", "/api/admin/audit?actor=stf_demo_leader");
    expect(mine.json.entries.length).toBeGreaterThan(0);
    for (const entry of mine.json.entries) expect(entry.actor.id).toBe("stf_demo_leader");
  });

  it("records every read of a survey report", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    await leader("GET", "/api/reports/surveys/srv_demo_life811");
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { json } = await admin("GET", "/api/admin/audit?action=report.read");
    expect(json.entries[0]).toMatchObject({
      actor: { id: "stf_demo_leader" },
      target: { type: "survey", id: "srv_demo_life811" },
    });
  });
});
