/**
 * The counted phrases of the Albanian, Vietnamese, Tigrinya and Amharic tables, at counts where
 * the browser's plural rules pick different forms, and the language names put in their sentences.
 */
import { describe, expect, it } from "vitest";
import type { Words } from "./words";
import { words as am } from "./words-am";
import { words as sq } from "./words-sq";
import { words as ti } from "./words-ti";
import { words as vi } from "./words-vi";

const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25, 100, 101];
const COUNTED = ["charactersLeft", "waiting", "stuck", "takenPart"] as const;

/**
 * How many different sentences a counted phrase makes once its number is taken out: one per
 * plural category the language has, if each category has its own form.
 */
function formsOf(table: Partial<Words>, key: (typeof COUNTED)[number]): number {
  const say = table[key] as (n: number) => string;
  return new Set(COUNTS.map((n) => say(n).replace(String(n), "#"))).size;
}

/** Each counted phrase gives one form per category `language`'s rules list, and no more. */
function expectOneFormPerCategory(table: Partial<Words>, language: string) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const key of COUNTED) expect(formsOf(table, key), key).toBe(categories.length);
}

describe("Albanian counts", () => {
  it("has a singular for 1 alone, and the plural for 0, 21 and 101", () => {
    expectOneFormPerCategory(sq, "sq");
    expect(sq.takenPart?.(1)).toBe("Ka marrë pjesë 1 person.");
    expect(sq.takenPart?.(0)).toBe("Kanë marrë pjesë 0 persona.");
    expect(sq.takenPart?.(21)).toBe("Kanë marrë pjesë 21 persona.");
    expect(sq.waiting?.(1)).toBe("1 grup përgjigjesh pret të dërgohet.");
    expect(sq.waiting?.(101)).toBe("101 grupe përgjigjesh presin të dërgohen.");
    expect(sq.charactersLeft?.(1)).toBe("Ka mbetur 1 shkronjë");
    expect(sq.charactersLeft?.(22)).toBe("Kanë mbetur 22 shkronja");
  });

  it("counts answered questions by how many there are", () => {
    expect(sq.answeredOf?.(1, 1)).toBe("Iu përgjigje 1 nga 1 pyetje.");
    expect(sq.answeredOf?.(3, 12)).toBe("Iu përgjigje 3 nga 12 pyetjet.");
  });

  it("names a language as it reads after 'në'", () => {
    expect(sq.cantReadLanguage?.("en")).toContain("me zë në anglisht.");
  });
});

describe("Vietnamese counts", () => {
  it("has one form for every count, as Vietnamese nouns do not change", () => {
    expectOneFormPerCategory(vi, "vi");
    expect(vi.takenPart?.(1)).toBe("Đã có 1 người tham gia.");
    expect(vi.takenPart?.(101)).toBe("Đã có 101 người tham gia.");
    expect(vi.waiting?.(2)).toBe("2 bộ câu trả lời đang chờ được gửi.");
    expect(vi.answeredOf?.(1, 1)).toBe("Bạn đã trả lời 1 trên 1 câu hỏi.");
  });

  it("writes a language's name in lower case inside a sentence", () => {
    expect(vi.cantReadLanguage?.("en")).toContain("không đọc to được bằng tiếng Anh.");
  });
});

describe("Tigrinya counts", () => {
  it("uses the singular for 0 and 1, so that form prints its number", () => {
    expectOneFormPerCategory(ti, "ti");
    expect(ti.takenPart?.(0)).toBe("0 ሰብ ተሳቲፉ።");
    expect(ti.takenPart?.(1)).toBe("1 ሰብ ተሳቲፉ።");
    expect(ti.takenPart?.(2)).toBe("2 ሰባት ተሳቲፎም።");
    expect(ti.takenPart?.(21)).toBe("21 ሰባት ተሳቲፎም።");
    expect(ti.waiting?.(1)).toBe("1 ጉጅለ መልስታት ክለኣኽ ይጽበ ኣሎ።");
    expect(ti.waiting?.(25)).toBe("25 ጉጅለታት መልስታት ክለኣኹ ይጽበዩ ኣለዉ።");
    expect(ti.answeredOf?.(3, 12)).toBe("ዝመለስኩምዎ፦ 3 ካብ 12 ሕቶታት።");
  });

  it("puts 'in' (ብ) before the language's name", () => {
    expect(ti.cantReadLanguage?.("ti")).toContain("እዚ ታብሌት ብትግርኛ ብዓውታ");
  });
});

describe("Amharic counts", () => {
  it("uses the singular for 0 and 1, so that form prints its number", () => {
    expectOneFormPerCategory(am, "am");
    expect(am.takenPart?.(0)).toBe("0 ሰው ተሳትፏል።");
    expect(am.takenPart?.(1)).toBe("1 ሰው ተሳትፏል።");
    expect(am.takenPart?.(5)).toBe("5 ሰዎች ተሳትፈዋል።");
    expect(am.takenPart?.(100)).toBe("100 ሰዎች ተሳትፈዋል።");
    expect(am.stuck?.(1)).toBe("1 የመልስ ስብስብ ሊላክ አልቻለም");
    expect(am.stuck?.(11)).toBe("11 የመልስ ስብስቦች ሊላኩ አልቻሉም");
    expect(am.answeredOf?.(1, 1)).toBe("የመለሳችሁት፦ 1 ከ1 ጥያቄ።");
  });

  it("puts 'in' (በ) before the language's name", () => {
    expect(am.cantReadLanguage?.("am")).toContain("ይህ ታብሌት በአማርኛ ጮክ");
  });
});
