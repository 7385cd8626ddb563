import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../uuidv7";
import { referenceFor } from "./reference";

describe("the child's reference", () => {
  it("is made as the server makes it (the same vector as core's rights/reference.test.ts)", async () => {
    expect(await referenceFor("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b")).toBe("5774-7D5B-421C");
    expect(await referenceFor("0190A1B2-C3D4-7E5F-8A6B-7C8D9E0F1A2B")).toBe("5774-7D5B-421C");
  });

  it("looks the same for every response and differs between them", async () => {
    const made = await Promise.all(Array.from({ length: 20 }, () => referenceFor(uuidv7())));
    for (const reference of made)
      expect(reference).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(new Set(made).size).toBe(20);
  });
});
