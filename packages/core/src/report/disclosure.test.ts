import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSmall, MIN_SHOWN, meanOf, ROUND_TO, shareOf, shown } from "./disclosure.js";

describe("shown", () => {
  it("keeps 0, hides 1 to 7 and rounds 8 or more to the nearest 5", () => {
    expect([0, 1, 7, 8, 9, 12, 13, 17, 18, 100].map(shown)).toEqual([
      0,
      null,
      null,
      10,
      10,
      10,
      15,
      15,
      20,
      100,
    ]);
  });

  it("never gives 1 to 9, and otherwise a multiple of 5 within 2 of the truth (property)", () => {
    fc.assert(
      fc.property(fc.nat(100_000), (exact) => {
        const count = shown(exact);
        if (count === null) {
          expect(exact > 0 && exact < MIN_SHOWN).toBe(true);
          return;
        }
        expect(count >= 1 && count <= 9).toBe(false);
        expect(count % ROUND_TO).toBe(0);
        expect(Math.abs(count - exact)).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe("shareOf", () => {
  it("works from the shown numbers, to one decimal", () => {
    // DEMOLEAVE: 9 Yes of 12 answers shows 10 of 10, 100%, not 75%.
    expect(shareOf(shown(9), shown(12))).toBe(100);
    expect(shareOf(10, 30)).toBe(33.3);
    expect(shareOf(0, 30)).toBe(0);
  });

  it("is null when either number is hidden or there is no base", () => {
    expect(shareOf(null, 30)).toBeNull();
    expect(shareOf(10, null)).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe("isSmall and meanOf", () => {
  it("marks a hidden or rounded base under 30 as small", () => {
    expect([null, 0, 10, 25, 30, 35].map(isSmall)).toEqual([true, true, true, true, false, false]);
    // 28 rounds to 30: not small, as the reader sees 30.
    expect(isSmall(shown(28))).toBe(false);
    expect(isSmall(shown(27))).toBe(true);
  });

  it("hides a mean of fewer than 8 answers", () => {
    expect(meanOf(21, 7)).toBeNull();
    expect(meanOf(30, 8)).toBe(3.8);
  });
});
