import { uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, seededApp } from "../testing.js";

const { app } = await seededApp();

async function as(email: string) {
  const request = client(app);
  await request("POST", "/api/auth/login", { email, password: Demo.PASSWORD });
  return request;
}

describe("reports", () => {
  it("needs a session, then the leader role", async () => {
    expect((await client(app)("GET", "/api/reports/surveys")).status).toBe(401);
    const officer = await as("officer@demo.chorus.test");
    const forbidden = await officer("GET", "/api/reports/surveys");
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe("auth.forbidden");
  });

  it("lists the organisation's surveys with response counts that follow new answers", async () => {
    const leader = await as("leader@demo.chorus.test");
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

  it("shows each question's distribution with no visible group under the threshold", async () => {
    const leader = await as("leader@demo.chorus.test");
    const { status, json } = await leader("GET", "/api/reports/surveys/srv_demo_life811");
    expect(status).toBe(200);
    expect(json.threshold).toBe(5);
    expect(json.questions).toHaveLength(4);
    for (const question of json.questions) {
      const visible = question.rows.map((r: { count: number | null }) => r.count);
      for (const count of visible) if (count !== null) expect(count === 0 || count >= 5).toBe(true);
      // Never exactly one hidden cell: it could be found by subtracting from the total.
      expect(visible.filter((c: number | null) => c === null).length).not.toBe(1);
    }
  });

  it("answers 404 for another organisation's or an unknown survey", async () => {
    const leader = await as("leader@demo.chorus.test");
    const { status, json } = await leader("GET", "/api/reports/surveys/srv_elsewhere");
    expect(status).toBe(404);
    expect(json.error.code).toBe("survey.not_found");
  });
});
