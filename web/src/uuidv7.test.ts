import { describe, expect, it } from "vitest";
import { createUuidV7, uuidv7, uuidv7Time } from "./uuidv7";

// The same shape the API accepts (packages/core/src/survey/schema.ts).
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("uuidv7", () => {
  it("has the UUIDv7 layout, version and variant", () => {
    for (let i = 0; i < 200; i++) expect(uuidv7()).toMatch(UUID_V7);
  });

  it("carries the current time in its first 48 bits", () => {
    const make = createUuidV7(() => 1_767_225_600_123);
    expect(uuidv7Time(make())).toBe(1_767_225_600_123);
    expect(make().slice(0, 13)).toBe("019b76da-a87b");
  });

  it("is unique and strictly increasing within one millisecond", () => {
    const make = createUuidV7(() => 1_700_000_000_000);
    const ids = Array.from({ length: 5000 }, make);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it("keeps increasing when the clock steps back", () => {
    const times = [2_000, 2_000, 1_000, 1_500, 2_001];
    const make = createUuidV7(() => times.shift() ?? 3_000);
    const ids = Array.from({ length: 6 }, make);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(uuidv7Time(ids[2]!)).toBe(2_000);
    expect(uuidv7Time(ids[4]!)).toBe(2_001);
  });

  it("uses the random source for the tail", () => {
    const zeros = createUuidV7(
      () => 0,
      (bytes) => bytes.fill(0),
    );
    expect(zeros()).toBe("00000000-0000-7000-8000-000000000000");
    const ones = createUuidV7(
      () => 0,
      (bytes) => bytes.fill(0xff),
    );
    expect(ones()).toBe("00000000-0000-77ff-bfff-ffffffffffff");
  });
});
