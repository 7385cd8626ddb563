/**
 * What the table holds of a child's answers, read straight from it as an outsider with the
 * table would: nothing that dates the answer finer than the day.
 */
import { uuidv7 } from "@chorus/core";
import { scanAll } from "@chorus/core/db/query";
import { describe, expect, it } from "vitest";
import { client, seededApp, signedIn } from "./testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");

function body(answers: Record<string, unknown>) {
  const now = new Date();
  return {
    id: uuidv7(),
    language: "en",
    ageBand: "8-11",
    startedAt: new Date(now.getTime() - 120_000).toISOString(),
    submittedAt: now.toISOString(),
    answers,
  };
}

describe("stored responses", () => {
  it("keep no trace of the device's time-bearing id, through a code, an invite and an alert", async () => {
    const made = await officer(
      "POST",
      `/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811/invites`,
      { labels: ["Child"] },
    );
    const token = made.json.invites[0].token as string;
    const sent = [
      ["/api/s/DEMO811/responses", body({ "feel-safe": "yes" })],
      // A concern: its alert, its e-mails and its effects are written too.
      ["/api/s/DEMO811/responses", body({ "feel-safe": "no", "one-thing": "my dad hits me" })],
      [`/api/i/${token}/responses`, body({ "feel-safe": "yes" })],
    ] as const;
    for (const [path, answer] of sent) {
      const response = await client(app)("POST", path, answer);
      expect(response.status).toBe(201);
      // The device still hears its own id back, so it knows which answers were taken.
      expect(response.json.id).toBe(answer.id);
    }
    // "Tell my worker", sent on its own the moment it is pressed.
    const help = { id: uuidv7(), language: "en", sentAt: new Date().toISOString() };
    const heard = await client(app)("POST", "/api/s/DEMO811/help", help);
    expect(heard.status).toBe(201);
    expect(heard.json.id).toBe(help.id);

    const table: string[] = [];
    for await (const item of scanAll(db)) table.push(JSON.stringify(item));
    const everything = table.join("\n");
    expect(everything).toContain("my dad hits me");
    for (const { id } of [...sent.map(([, answer]) => answer), help]) {
      // The first 12 hex digits of a UUIDv7 are its millisecond timestamp.
      const time = id.replaceAll("-", "").slice(0, 12);
      expect(everything).not.toContain(id);
      expect(everything.replaceAll("-", "")).not.toContain(time);
    }
  });
});
