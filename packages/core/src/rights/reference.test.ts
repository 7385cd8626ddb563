import { describe, expect, it } from "vitest";
import { storedId } from "../response/id.js";
import { referenceOf, storedPrefix } from "./reference.js";

describe("a child's reference", () => {
  it("is the start of the stored id, and the device makes the same (web/src/pages/child/reference.test.ts)", () => {
    const stored = storedId("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    expect(referenceOf(stored)).toBe("5774-7D5B-421C");
    expect(stored.startsWith(storedPrefix("5774-7D5B-421C")!)).toBe(true);
  });

  it("is read back however it was typed, and refused when it is not 12 hex digits", () => {
    expect(storedPrefix(" 5774 7d5b 421c ")).toBe("r57747d5b421c");
    for (const bad of ["", "5774-7D5B", "5774-7D5B-421G", "5774-7D5B-421C-0"]) {
      expect(storedPrefix(bad)).toBeUndefined();
    }
  });
});
