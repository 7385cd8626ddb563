import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { scanAll } from "../db/query.js";
import { RateLimit } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "limit-core");
let clock = new Date("2026-11-30T10:00:00Z");
const db = createDb({ table: "limit-core", endpoint: dynamo.endpoint, now: () => clock });
// A second instance of the API: its own memory, the same table.
const other = createDb({ table: "limit-core", endpoint: dynamo.endpoint, now: () => clock });

const RULE = { name: "test-rule", limit: 3, windowSeconds: 600 };
const stored = async (type: string) => {
  const items: Record<string, unknown>[] = [];
  for await (const item of scanAll(db)) if (item.type === type) items.push(item);
  return items;
};

describe("rate-limit counters", () => {
  it("count per subject across instances, and store no unkeyed hash of the subject", async () => {
    expect(await RateLimit.hit(db, RULE, "192.0.2.10")).toBe(1);
    expect(await RateLimit.hit(other, RULE, "192.0.2.10")).toBe(2);
    expect(await RateLimit.peek(db, RULE, "192.0.2.11")).toBe(0);
    const text = JSON.stringify(await stored("rateLimit"));
    expect(text).not.toContain("192.0.2.10");
    // An attacker who reads the table and tries every address finds nothing to match.
    for (const guess of ["192.0.2.10", `${RULE.name}\n192.0.2.10`]) {
      expect(text).not.toContain(createHash("sha256").update(guess).digest("hex").slice(0, 16));
    }
    expect(await stored("limitKey")).toHaveLength(1);
  });

  it("hash under a new secret each day, so yesterday's counters cannot be linked to today's", async () => {
    clock = new Date("2026-12-01T10:00:00Z");
    await RateLimit.hit(db, RULE, "192.0.2.10");
    const subjects = new Set((await stored("rateLimit")).map((item) => String(item.pk)));
    expect(subjects.size).toBe(2);
    expect(await stored("limitKey")).toHaveLength(2);
  });

  it("are deleted by the purge once their time is over, with the day secrets after them", async () => {
    // Yesterday's counter ended at 10:20 yesterday; today's is still in its time.
    expect(await RateLimit.purge(db)).toBe(1);
    expect(await stored("rateLimit")).toHaveLength(1);
    expect(await RateLimit.purge(db)).toBe(0);
    clock = new Date("2026-12-01T12:00:00Z");
    expect(await RateLimit.purge(db)).toBe(1);
    expect(await stored("rateLimit")).toHaveLength(0);
    expect(await stored("limitKey")).toHaveLength(2);
    // Days later, twice at once as two schedules might: both secrets go.
    clock = new Date("2026-12-05T01:00:00Z");
    await Promise.all([RateLimit.purge(db), RateLimit.purge(other)]);
    expect(await stored("limitKey")).toHaveLength(0);
    expect(await RateLimit.peek(db, RULE, "192.0.2.10")).toBe(0);
  });
});
