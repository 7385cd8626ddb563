/**
 * Lithuanian counts in three forms for whole numbers: 1, 21, 31… (not 11) take the nominative
 * singular, 2–9, 22–29… the nominative plural, and 10–20, 30, 100… the genitive plural.
 */
import { describe, expect, it } from "vitest";
import { words as lt } from "./words-lt";

describe("Lithuanian counted phrases", () => {
  it("says people in the form each count needs", () => {
    expect(lt.takenPart?.(1)).toBe("Jau dalyvavo 1 žmogus.");
    expect(lt.takenPart?.(2)).toBe("Jau dalyvavo 2 žmonės.");
    expect(lt.takenPart?.(5)).toBe("Jau dalyvavo 5 žmonės.");
    expect(lt.takenPart?.(11)).toBe("Jau dalyvavo 11 žmonių.");
    expect(lt.takenPart?.(21)).toBe("Jau dalyvavo 21 žmogus.");
    expect(lt.takenPart?.(22)).toBe("Jau dalyvavo 22 žmonės.");
    expect(lt.takenPart?.(100)).toBe("Jau dalyvavo 100 žmonių.");
    expect(lt.takenPart?.(101)).toBe("Jau dalyvavo 101 žmogus.");
  });

  it("counts characters and sets of answers the same way", () => {
    expect(lt.charactersLeft?.(1)).toBe("Liko 1 ženklas");
    expect(lt.charactersLeft?.(25)).toBe("Liko 25 ženklai");
    expect(lt.charactersLeft?.(0)).toBe("Liko 0 ženklų");
    expect(lt.waiting?.(1)).toBe("1 atsakymų rinkinys laukia, kol bus išsiųstas.");
    expect(lt.waiting?.(3)).toBe("3 atsakymų rinkiniai laukia, kol bus išsiųsti.");
    expect(lt.waiting?.(12)).toBe("12 atsakymų rinkinių laukia, kol bus išsiųsta.");
  });

  it("puts the genitive after a negated verb and after 'iš'", () => {
    expect(lt.stuck?.(1)).toBe("Nepavyko išsiųsti 1 atsakymų rinkinio");
    expect(lt.stuck?.(2)).toBe("Nepavyko išsiųsti 2 atsakymų rinkinių");
    expect(lt.answeredOf?.(0, 1)).toBe("Atsakei į 0 iš 1 klausimo.");
    expect(lt.answeredOf?.(3, 21)).toBe("Atsakei į 3 iš 21 klausimo.");
    expect(lt.answeredOf?.(3, 12)).toBe("Atsakei į 3 iš 12 klausimų.");
  });

  it("names another language inside the sentence", () => {
    expect(lt.cantReadLanguage?.("pl")).toContain("(lenkų)");
  });
});
