import { describe, expect, it } from "vitest";
import { FIRST, freshOutbox, responseBody, SECOND } from "../../test/outbox";
import { openOutbox } from "./outbox";

describe("outbox", () => {
  it("keeps one entry per response id, whatever is queued again", async () => {
    const { outbox } = await freshOutbox();
    const first = await outbox.add("/api/s/DEMO811", responseBody(FIRST), 1_000);
    expect(first).toMatchObject({ id: FIRST, attempts: 0, nextAttemptAt: 1_000, queuedAt: 1_000 });
    await outbox.put({ ...first, attempts: 3, lastError: "network.failed" });

    // A second Send with the same response must not reset its history or replace its body.
    const again = await outbox.add("/api/s/DEMO811", responseBody(FIRST, 1), 9_000);
    expect(again).toMatchObject({ attempts: 3, lastError: "network.failed", queuedAt: 1_000 });
    expect(again.body).toEqual(responseBody(FIRST));
    expect(await outbox.list()).toHaveLength(1);
  });

  it("lists oldest first, updates and removes by id", async () => {
    const { outbox } = await freshOutbox();
    await outbox.add("/api/i/token", responseBody(SECOND), 2);
    await outbox.add("/api/s/DEMO811", responseBody(FIRST), 1);
    expect((await outbox.list()).map((entry) => entry.id)).toEqual([FIRST, SECOND]);

    const entry = await outbox.get(SECOND);
    expect(entry?.target).toBe("/api/i/token");
    await outbox.put({ ...entry!, stuck: true, lastError: "survey.closed" });
    expect(await outbox.get(SECOND)).toMatchObject({ stuck: true, lastError: "survey.closed" });

    await outbox.remove(FIRST);
    expect(await outbox.get(FIRST)).toBeUndefined();
    expect((await outbox.list()).map((e) => e.id)).toEqual([SECOND]);
  });

  it("still holds every entry after a reload opens it again", async () => {
    const { outbox, reopen } = await freshOutbox();
    await outbox.add("/api/s/DEMO811", responseBody(FIRST), 1);
    await outbox.add("/api/s/DEMO811", responseBody(SECOND, 2), 2);
    const reloaded = await reopen();
    const entries = await reloaded.list();
    expect(entries.map((entry) => [entry.id, entry.kind, entry.body])).toEqual([
      [FIRST, "response", responseBody(FIRST)],
      [SECOND, "response", responseBody(SECOND, 2)],
    ]);
  });

  it("answers undefined where the browser has no IndexedDB", async () => {
    expect(await openOutbox(undefined)).toBeUndefined();
  });
});
