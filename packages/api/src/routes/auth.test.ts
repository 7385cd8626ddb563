import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, seededApp } from "../testing.js";

let clock = new Date("2026-11-23T09:00:00Z");
const { app } = await seededApp({ now: () => clock });

const signIn = async (email: string, password = Demo.PASSWORD) => {
  const request = client(app);
  const result = await request("POST", "/api/auth/login", { email, password });
  return { request, result };
};

describe("staff sign-in", () => {
  it("signs in with an HttpOnly, SameSite=Lax session cookie and tells who it is", async () => {
    const { request, result } = await signIn("Leader@Demo.Chorus.Test");
    expect(result.status).toBe(200);
    expect(result.json.user).toMatchObject({
      email: "leader@demo.chorus.test",
      roles: ["leader"],
      orgName: "Demo Council",
    });
    const cookie = result.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^chorus_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await request("GET", "/api/me");
    expect(me.status).toBe(200);
    expect(me.json.user.email).toBe("leader@demo.chorus.test");
  });

  it("gives the same 401 for a wrong password and for an unknown e-mail", async () => {
    const wrong = await signIn("leader@demo.chorus.test", "not-the-password");
    const unknown = await signIn("nobody@demo.chorus.test");
    expect(wrong.result.status).toBe(401);
    expect(unknown.result.status).toBe(401);
    expect(wrong.result.json).toEqual(unknown.result.json);
    expect(wrong.result.headers.get("set-cookie")).toBeNull();
  });

  it("answers 400 for a malformed sign-in body", async () => {
    const request = client(app);
    const { status, json } = await request("POST", "/api/auth/login", { email: "not-an-email" });
    expect(status).toBe(400);
    expect(json.error.code).toBe("request.invalid");
  });

  it("ends the session on sign-out, server-side", async () => {
    const { request, result } = await signIn("officer@demo.chorus.test");
    const token = (result.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect((await request("POST", "/api/auth/logout")).status).toBe(200);
    // Replaying the old cookie after sign-out must not work.
    const replay = await app.request("/api/me", { headers: { cookie: token } });
    expect(replay.status).toBe(401);
  });

  it("expires a session after 30 idle minutes", async () => {
    const { request } = await signIn("leader@demo.chorus.test");
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await request("GET", "/api/me")).status).toBe(200);
    clock = new Date(clock.getTime() + 31 * 60_000);
    const late = await request("GET", "/api/me");
    expect(late.status).toBe(401);
    expect(late.json.error.code).toBe("auth.required");
  });

  it("ends a session 12 hours after sign-in, however busy it has been", async () => {
    const { request } = await signIn("officer@demo.chorus.test");
    // 24 steps of 29 minutes keep it from idling out and reach 11 h 36 min.
    for (let step = 0; step < 24; step++) {
      clock = new Date(clock.getTime() + 29 * 60_000);
      expect((await request("GET", "/api/me")).status).toBe(200);
    }
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await request("GET", "/api/me")).status).toBe(401);
  });
});
