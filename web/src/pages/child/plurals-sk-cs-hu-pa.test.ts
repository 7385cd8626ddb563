/**
 * The counted phrases of the Slovak, Czech, Hungarian and Punjabi word tables, at counts where
 * their plural rules part ways. (Named outside `words-*.ts`, so the build's glob for tables does
 * not take it for one.)
 */
import { describe, expect, it } from "vitest";
import { loadWords, wordsFor, wordsLanguage } from "./words";
import { words as cs } from "./words-cs";
import { words as hu } from "./words-hu";
import { words as pa } from "./words-pa";
import { words as sk } from "./words-sk";

/** Each table's counted phrase with its number taken out, so forms can be told apart. */
const shapes = (say: ((n: number) => string) | undefined, counts: number[]) =>
  new Set(counts.map((n) => say?.(n).replace(String(n), "N")));

describe.each([
  ["sk", sk],
  ["cs", cs],
])("%s counted phrases", (code, table) => {
  it("gives every form the browser's rules name: 1, 2–4, fractions, and 5 and up", () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    expect(shapes(table.takenPart, [1, 2, 1.5, 5]).size).toBe(categories.length);
    expect(shapes(table.charactersLeft, [1, 2, 1.5, 5]).size).toBe(categories.length);
    // Unlike Polish, 22–24 are not "few" here: only 2, 3 and 4 themselves are.
    expect(table.takenPart?.(22)).toBe(table.takenPart?.(5)?.replace("5", "22"));
    expect(table.takenPart?.(101)).toBe(table.takenPart?.(5)?.replace("5", "101"));
    expect(table.takenPart?.(4)).toBe(table.takenPart?.(2)?.replace("2", "4"));
  });
});

describe("Slovak", () => {
  it("says each count as Slovak does", () => {
    expect(sk.takenPart?.(1)).toBe("Zapojila sa 1 osoba.");
    expect(sk.takenPart?.(2)).toBe("Zapojili sa 2 osoby.");
    expect(sk.takenPart?.(5)).toBe("Zapojilo sa 5 osôb.");
    expect(sk.takenPart?.(0)).toBe("Zapojilo sa 0 osôb.");
    expect(sk.charactersLeft?.(1)).toBe("Zostáva 1 znak");
    expect(sk.charactersLeft?.(3)).toBe("Zostávajú 3 znaky");
    expect(sk.charactersLeft?.(21)).toBe("Zostáva 21 znakov");
    expect(sk.waiting?.(4)).toBe("4 sady odpovedí čakajú na odoslanie.");
    expect(sk.waiting?.(25)).toBe("25 sád odpovedí čaká na odoslanie.");
    expect(sk.stuck?.(1)).toBe("1 sadu odpovedí sa nepodarilo odoslať");
    expect(sk.stuck?.(100)).toBe("100 sád odpovedí sa nepodarilo odoslať");
    expect(sk.cantReadLanguage?.("pl")).toContain("(poľština)");
  });
});

describe("Czech", () => {
  it("says each count as Czech does", () => {
    expect(cs.takenPart?.(1)).toBe("Zapojila se 1 osoba.");
    expect(cs.takenPart?.(3)).toBe("Zapojily se 3 osoby.");
    expect(cs.takenPart?.(11)).toBe("Zapojilo se 11 osob.");
    expect(cs.charactersLeft?.(1)).toBe("Zbývá 1 znak");
    expect(cs.charactersLeft?.(2)).toBe("Zbývají 2 znaky");
    expect(cs.charactersLeft?.(22)).toBe("Zbývá 22 znaků");
    expect(cs.waiting?.(3)).toBe("3 sady odpovědí čekají na odeslání.");
    expect(cs.waiting?.(25)).toBe("25 sad odpovědí čeká na odeslání.");
    expect(cs.stuck?.(1)).toBe("1 sadu odpovědí se nepodařilo odeslat");
    expect(cs.stuck?.(101)).toBe("101 sad odpovědí se nepodařilo odeslat");
    expect(cs.cantReadLanguage?.("pl")).toContain("(polština)");
  });
});

describe("Hungarian", () => {
  it("keeps the noun and verb singular after every number, as Hungarian does", () => {
    expect(new Intl.PluralRules("hu").resolvedOptions().pluralCategories.sort()).toEqual([
      "one",
      "other",
    ]);
    expect(hu.takenPart?.(1)).toBe("Eddig 1 ember vett részt.");
    for (const n of [0, 2, 5, 11, 21, 22, 25, 100, 101]) {
      expect(hu.takenPart?.(n)).toBe(`Eddig ${n} ember vett részt.`);
      expect(hu.waiting?.(n)).toBe(`${n} válaszcsomag vár elküldésre.`);
    }
    expect(hu.charactersLeft?.(1)).toBe("1 karakter maradt");
    expect(hu.stuck?.(3)).toBe("3 válaszcsomagot nem sikerült elküldeni");
  });

  it("numbers a question with no ending that would change with the number", () => {
    expect(hu.questionOf?.(1, 5)).toBe("1. kérdés (összesen 5)");
    expect(hu.questionOf?.(5, 12)).toBe("5. kérdés (összesen 12)");
    expect(hu.cantReadLanguage?.("pl")).toContain("(lengyel)");
  });
});

describe("Punjabi (Gurmukhi)", () => {
  it("counts 0 with 1, as the browser's rules do, saying the number it is given", () => {
    expect(new Intl.PluralRules("pa").resolvedOptions().pluralCategories.sort()).toEqual([
      "one",
      "other",
    ]);
    expect(pa.takenPart?.(1)).toBe("1 ਵਿਅਕਤੀ ਨੇ ਹਿੱਸਾ ਲਿਆ ਹੈ।");
    expect(pa.takenPart?.(0)).toBe("0 ਵਿਅਕਤੀ ਨੇ ਹਿੱਸਾ ਲਿਆ ਹੈ।");
    expect(pa.charactersLeft?.(0)).toBe("0 ਅੱਖਰ ਬਾਕੀ ਹੈ");
    for (const n of [2, 5, 11, 21, 22, 25, 100, 101]) {
      expect(pa.takenPart?.(n)).toBe(`${n} ਲੋਕਾਂ ਨੇ ਹਿੱਸਾ ਲਿਆ ਹੈ।`);
      expect(pa.charactersLeft?.(n)).toBe(`${n} ਅੱਖਰ ਬਾਕੀ ਹਨ`);
    }
    expect(pa.waiting?.(1)).toBe("ਜਵਾਬਾਂ ਦਾ 1 ਸੈੱਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।");
    expect(pa.waiting?.(3)).toBe("ਜਵਾਬਾਂ ਦੇ 3 ਸੈੱਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।");
    expect(pa.stuck?.(22)).toBe("ਜਵਾਬਾਂ ਦੇ 22 ਸੈੱਟ ਭੇਜੇ ਨਹੀਂ ਜਾ ਸਕੇ");
  });

  it("keeps Western digits and names the language in Gurmukhi", () => {
    expect(pa.questionOf?.(3, 12)).toBe("12 ਵਿੱਚੋਂ ਸਵਾਲ 3");
    expect(pa.cantReadLanguage?.("pl")).toContain("(ਪੋਲੈਂਡੀ)");
  });

  it("is not used for Punjabi in Shahmukhi, which is another script: that gets English", async () => {
    await loadWords("pa-Arab");
    expect(wordsLanguage("pa-Arab")).toBe("en");
    await loadWords("pa-IN");
    expect(wordsLanguage("pa-IN")).toBe("pa");
    expect(wordsFor("pa-IN").next).toBe(pa.next);
  });
});
