import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../staff/password.js";
import { canonicalJson } from "./hash.js";
import { uuidv7 } from "./id.js";

describe("uuidv7", () => {
  it("makes version-7, variant-1 ids that sort in creation order", () => {
    const ids = Array.from({ length: 500 }, () => uuidv7());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts the time in the first 48 bits", () => {
    const id = uuidv7(Date.UTC(2026, 10, 23));
    expect(Number.parseInt(id.replace("-", "").slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 23));
  });
});

describe("canonicalJson", () => {
  it("is the same for the same value whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "s" } })).toBe(
      canonicalJson({ a: { c: "s", d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: "1" }));
  });
});

describe("passwords", () => {
  it("are stored as salted scrypt hashes and verified", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });
});
