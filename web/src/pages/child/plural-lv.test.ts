/**
 * Latvian counts in three forms: 1, 21, 31… (not 11) take the singular, 2–9, 22–29… the plural,
 * and 0, 10–20, 30, 100… ("zero" in the browser's rules) the genitive plural.
 */
import { describe, expect, it } from "vitest";
import { words as lv } from "./words-lv";

describe("Latvian counted phrases", () => {
  it("says people in the form each count needs", () => {
    expect(lv.takenPart?.(1)).toBe("Jau piedalījās 1 cilvēks.");
    expect(lv.takenPart?.(2)).toBe("Jau piedalījās 2 cilvēki.");
    expect(lv.takenPart?.(5)).toBe("Jau piedalījās 5 cilvēki.");
    expect(lv.takenPart?.(11)).toBe("Jau piedalījās 11 cilvēku.");
    expect(lv.takenPart?.(21)).toBe("Jau piedalījās 21 cilvēks.");
    expect(lv.takenPart?.(22)).toBe("Jau piedalījās 22 cilvēki.");
    expect(lv.takenPart?.(100)).toBe("Jau piedalījās 100 cilvēku.");
    expect(lv.takenPart?.(101)).toBe("Jau piedalījās 101 cilvēks.");
  });

  it("counts characters and sets of answers the same way", () => {
    expect(lv.charactersLeft?.(1)).toBe("Vēl var ierakstīt 1 rakstzīmi");
    expect(lv.charactersLeft?.(25)).toBe("Vēl var ierakstīt 25 rakstzīmes");
    expect(lv.charactersLeft?.(0)).toBe("Vēl var ierakstīt 0 rakstzīmju");
    expect(lv.waiting?.(1)).toBe("1 atbilžu kopa gaida nosūtīšanu.");
    expect(lv.waiting?.(3)).toBe("3 atbilžu kopas gaida nosūtīšanu.");
    expect(lv.stuck?.(12)).toBe("Neizdevās nosūtīt 12 atbilžu kopu");
    expect(lv.answeredOf?.(0, 1)).toBe("Tu atbildēji uz 0 no 1 jautājuma.");
    expect(lv.answeredOf?.(3, 12)).toBe("Tu atbildēji uz 3 no 12 jautājumiem.");
  });

  it("names another language inside the sentence", () => {
    expect(lv.cantReadLanguage?.("pl")).toContain("(poļu)");
  });
});
