import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client.js";
import { ensureTable, startLocalDynamo } from "./local.js";
import {
  epochSeconds,
  isTokenShaped,
  newSecret,
  putSecret,
  readSecret,
  secretHash,
  takeSecret,
  takeSecretRecord,
} from "./secret.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "secret-core");
let now = Date.UTC(2026, 10, 30, 9);
const db = createDb({ table: "secret-core", endpoint: dynamo.endpoint, now: () => new Date(now) });

const keyOf = (hash: string) => ({ pk: `SECRET#${hash}`, sk: "SECRET" });
async function stored(minutes: number, extra: Record<string, unknown> = {}) {
  const secret = newSecret();
  const key = keyOf(secret.hash);
  await putSecret(db, {
    ...key,
    type: "secret",
    expiresAt: epochSeconds(now + minutes * 60_000),
    ...extra,
  });
  return { ...secret, key };
}
const exists = async (key: { pk: string; sk: string }) =>
  (await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true })))
    .Item !== undefined;

describe("newSecret and token shapes", () => {
  it("makes URL-safe tokens whose hash is what is stored, never the token", () => {
    const a = newSecret();
    const b = newSecret(18);
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(b.token).toMatch(/^[\w-]{24}$/);
    expect(a.hash).toBe(secretHash(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token).not.toBe(newSecret().token);
  });

  it("refuses tokens of another alphabet or length before they reach a key", () => {
    expect(isTokenShaped(newSecret().token)).toBe(true);
    expect(isTokenShaped("short")).toBe(false);
    expect(isTokenShaped("a".repeat(101))).toBe(false);
    expect(isTokenShaped("abcdefghijklmnop/")).toBe(false);
    expect(isTokenShaped("abcdefghijklmnop", 20)).toBe(false);
  });
});

describe("secrets, on dynalite", () => {
  it("reads what a secret opens, and refuses to store a second item under its key", async () => {
    const { key } = await stored(10, { staffId: "stf_1" });
    expect(await readSecret(db, key)).toMatchObject({ staffId: "stf_1" });
    await expect(
      putSecret(db, { ...key, staffId: "stf_2", expiresAt: epochSeconds(now) }),
    ).rejects.toMatchObject({ name: "ConditionalCheckFailedException" });
    expect(await readSecret(db, key)).toMatchObject({ staffId: "stf_1" });
  });

  it("reads an expired secret as absent, even while the item is still in the table", async () => {
    const { key } = await stored(10);
    now += 10 * 60_000;
    expect(await readSecret(db, key)).toBeUndefined();
    expect(await exists(key)).toBe(true);
  });

  it("cannot be taken twice", async () => {
    const { key } = await stored(10, { staffId: "stf_1" });
    expect(await takeSecret(db, key)).toMatchObject({ staffId: "stf_1" });
    expect(await takeSecret(db, key)).toBeUndefined();
    expect(await readSecret(db, key)).toBeUndefined();
  });

  it("gives a secret to exactly one of 8 racing takes", async () => {
    const { key } = await stored(10, { staffId: "stf_1" });
    const taken = await Promise.all(Array.from({ length: 8 }, () => takeSecret(db, key)));
    expect(taken.filter((item) => item !== undefined)).toHaveLength(1);
    expect(await exists(key)).toBe(false);
  });

  it("takes an expired secret away, giving nothing; takeSecretRecord says whose it was", async () => {
    const first = await stored(1, { orgId: "org_a" });
    const second = await stored(1, { orgId: "org_b" });
    now += 60_000;
    expect(await takeSecret(db, first.key)).toBeUndefined();
    expect(await exists(first.key)).toBe(false);
    expect(await takeSecretRecord(db, second.key)).toEqual({
      expired: true,
      item: expect.objectContaining({ orgId: "org_b" }),
    });
    expect(await takeSecretRecord(db, second.key)).toBeUndefined();
  });
});
