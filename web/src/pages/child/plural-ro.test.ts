/**
 * Romanian counts in three forms: 1 the singular; 0, 2–19 and 101–119… the plural; 20 and up
 * (but not 101–119…) "de" before the plural.
 */
import { describe, expect, it } from "vitest";
import { words as ro } from "./words-ro";

describe("Romanian counted phrases", () => {
  it("says people in the form each count needs", () => {
    expect(ro.takenPart?.(1)).toBe("A participat 1 persoană.");
    expect(ro.takenPart?.(2)).toBe("Au participat 2 persoane.");
    expect(ro.takenPart?.(5)).toBe("Au participat 5 persoane.");
    expect(ro.takenPart?.(11)).toBe("Au participat 11 persoane.");
    expect(ro.takenPart?.(21)).toBe("Au participat 21 de persoane.");
    expect(ro.takenPart?.(25)).toBe("Au participat 25 de persoane.");
    expect(ro.takenPart?.(100)).toBe("Au participat 100 de persoane.");
    expect(ro.takenPart?.(101)).toBe("Au participat 101 persoane.");
  });

  it("counts characters, sets of answers and questions the same way", () => {
    expect(ro.charactersLeft?.(1)).toBe("A mai rămas 1 caracter");
    expect(ro.charactersLeft?.(0)).toBe("Au mai rămas 0 caractere");
    expect(ro.charactersLeft?.(22)).toBe("Au mai rămas 22 de caractere");
    expect(ro.waiting?.(1)).toBe("1 set de răspunsuri așteaptă să fie trimis.");
    expect(ro.waiting?.(3)).toBe("3 seturi de răspunsuri așteaptă să fie trimise.");
    expect(ro.stuck?.(20)).toBe("20 de seturi de răspunsuri nu au putut fi trimise");
    expect(ro.answeredOf?.(0, 1)).toBe("Ai răspuns la 0 din 1 întrebare.");
    expect(ro.answeredOf?.(3, 12)).toBe("Ai răspuns la 3 din 12 întrebări.");
    expect(ro.answeredOf?.(3, 24)).toBe("Ai răspuns la 3 din 24 de întrebări.");
  });

  it("names another language inside the sentence", () => {
    expect(ro.cantReadLanguage?.("pl")).toContain("(poloneză)");
  });
});
