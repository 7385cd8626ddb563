/**
 * The counted phrases of the right-to-left tables written together (Urdu, Pashto, Dari, Sorani):
 * each says the grammatically right form at counts where its language's plural rules differ. The
 * forms come from the browser's `Intl.PluralRules`, so these also pin down what it says.
 */
import { isRightToLeft } from "@chorus/core/survey/languages";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nameOrOwn } from "./language-names";
import { type TableFile, type Translation, tagOf } from "./words";
import { words as ckb } from "./words-ckb";
import { words as prs } from "./words-prs";
import { words as ps } from "./words-ps";
import { words as ur } from "./words-ur";

/** Every plural category the browser knows for a language. */
const categories = (code: string) => new Intl.PluralRules(code).resolvedOptions().pluralCategories;

describe("Urdu counted phrases", () => {
  it("has one and other, and says one only for 1", () => {
    expect(categories("ur")).toEqual(["one", "other"]);
    expect(ur.takenPart?.(1)).toBe("1 شخص نے حصہ لیا ہے۔");
    expect(ur.takenPart?.(0)).toBe("0 لوگوں نے حصہ لیا ہے۔");
    for (const n of [2, 5, 11, 21, 22, 25, 100, 101]) {
      expect(ur.takenPart?.(n)).toBe(`${n} لوگوں نے حصہ لیا ہے۔`);
    }
  });

  it("makes the verb agree with the count of sets waiting and stuck", () => {
    expect(ur.waiting?.(1)).toBe("جوابوں کا 1 سیٹ بھیجے جانے کا انتظار کر رہا ہے۔");
    expect(ur.waiting?.(21)).toBe("جوابوں کے 21 سیٹ بھیجے جانے کا انتظار کر رہے ہیں۔");
    expect(ur.stuck?.(1)).toBe("جوابوں کا 1 سیٹ بھیجا نہیں جا سکا");
    expect(ur.stuck?.(101)).toBe("جوابوں کے 101 سیٹ بھیجے نہیں جا سکے");
    expect(ur.charactersLeft?.(1)).toBe("1 حرف باقی ہے");
    expect(ur.charactersLeft?.(25)).toBe("25 حروف باقی ہیں");
  });
});

describe("Pashto counted phrases", () => {
  it("has one and other; the noun is plural, and oblique after a past verb, from 2 on", () => {
    expect(categories("ps")).toEqual(["one", "other"]);
    expect(ps.takenPart?.(1)).toBe("1 کس ګډون کړی دی.");
    expect(ps.takenPart?.(2)).toBe("2 کسانو ګډون کړی دی.");
    expect(ps.takenPart?.(101)).toBe("101 کسانو ګډون کړی دی.");
    expect(ps.waiting?.(1)).toBe("د ځوابونو 1 ټولګه د لېږلو په تمه ده.");
    expect(ps.waiting?.(0)).toBe("د ځوابونو 0 ټولګې د لېږلو په تمه دي.");
    expect(ps.stuck?.(22)).toBe("د ځوابونو 22 ټولګې ونه لېږل شوې");
    for (const n of [5, 11, 21, 25, 100]) expect(ps.charactersLeft?.(n)).toBe(`${n} توري پاتې دي`);
    expect(ps.charactersLeft?.(1)).toBe("1 توری پاتې دی");
  });
});

describe("Dari counted phrases", () => {
  it("follows Persian's rules, where 0 is 'one' too, so every form says its own number", () => {
    expect(categories("prs")).toEqual(["one", "other"]);
    expect(new Intl.PluralRules("prs").select(0)).toBe("one");
    expect(prs.takenPart?.(0)).toBe("0 نفر اشتراک کرده است.");
    expect(prs.takenPart?.(1)).toBe("1 نفر اشتراک کرده است.");
    expect(prs.takenPart?.(2)).toBe("2 نفر اشتراک کرده‌اند.");
    expect(prs.takenPart?.(21)).toBe("21 نفر اشتراک کرده‌اند.");
    // After a number the noun stays singular, whatever the count.
    for (const n of [0, 1, 5, 11, 100, 101]) {
      expect(prs.waiting?.(n)).toBe(`${n} دسته جواب منتظر فرستاده شدن است.`);
      expect(prs.charactersLeft?.(n)).toBe(`${n} حرف باقی مانده`);
    }
    expect(prs.answeredOf?.(0, 1)).toBe("از 1 سوال، به 0 سوال جواب دادی.");
  });
});

describe("Sorani counted phrases", () => {
  it("keeps the noun singular after a number and makes the verb plural from 2 on", () => {
    expect(categories("ckb")).toEqual(["one", "other"]);
    expect(ckb.takenPart?.(1)).toBe("1 کەس بەشداری کردووە.");
    expect(ckb.takenPart?.(0)).toBe("0 کەس بەشدارییان کردووە.");
    expect(ckb.takenPart?.(11)).toBe("11 کەس بەشدارییان کردووە.");
    expect(ckb.waiting?.(1)).toBe("1 کۆمەڵە وەڵام چاوەڕێی ناردنە.");
    expect(ckb.waiting?.(25)).toBe("25 کۆمەڵە وەڵام چاوەڕێی ناردنن.");
    expect(ckb.stuck?.(1)).toBe("نەتوانرا 1 کۆمەڵە وەڵام بنێردرێت");
    expect(ckb.stuck?.(100)).toBe("نەتوانرا 100 کۆمەڵە وەڵام بنێردرێن");
    expect(ckb.charactersLeft?.(21)).toBe("21 پیت ماون");
  });
});

describe("a language's name inside a sentence", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is the browser's name for it where the browser has that language's names", () => {
    expect(nameOrOwn("pl", "ur")).toBe(
      new Intl.DisplayNames(["ur"], { type: "language" }).of("pl"),
    );
  });

  it("is the language's own name, never English, where the browser lacks them", () => {
    // As Chromium 156 does for Pashto and Sorani: it answers in its own default, English.
    const English = class extends Intl.DisplayNames {
      constructor(_: string[], options: Intl.DisplayNamesOptions) {
        super(["en"], options);
      }
    };
    vi.stubGlobal("Intl", Object.assign(Object.create(Intl), { DisplayNames: English }));
    expect(nameOrOwn("pl", "ps")).toBe("Polski");
    expect(nameOrOwn("ar", "ckb")).toBe("العربية");
    expect(ur.cantReadLanguage?.("pl")).toContain("Polski");
  });
});

/**
 * The child screens set each paragraph's direction from its first letter (`unicode-bidi:
 * plaintext` in bands.css, so an English sentence inside a right-to-left survey still reads
 * right). A right-to-left sentence that began with "Childline" would then be laid out left to
 * right, its words in the wrong order; so each starts with a letter of its own script.
 */
describe("every sentence of a right-to-left table starts right to left", () => {
  const FILES = import.meta.glob<TableFile>(["./words-*.ts", "!./words-*.test.ts"], {
    eager: true,
  });
  const rtlTables = Object.entries(FILES)
    .map(([path, file]) => [tagOf(path), file] as const)
    .filter(([tag]) => isRightToLeft(tag));

  /** Each sentence as shown: placeholders filled the way the screens fill them. */
  function sentences(table: Translation): [string, string][] {
    const shown = (text: string) =>
      text
        .replace(/\{name\}/g, "Childline")
        .replace(/\{number\}/g, "0800 1111")
        .replace(/\{\w+\}/g, "x");
    return Object.entries(table).flatMap(([key, value]): [string, string][] => {
      if (typeof value === "string") return [[key, shown(value)]];
      if (Array.isArray(value))
        return (value as (string | { bold?: string; rest: string })[]).map((line, i) => [
          `${key}[${i}]`,
          typeof line === "string" ? line : `${line.bold ?? ""} ${line.rest}`.trim(),
        ]);
      return [[key, (value as (a: unknown, b: unknown) => string)(3, 7)]];
    });
  }
  // The first letter that has a direction of its own (digits, spaces and punctuation have none).
  const firstStrong = (text: string) => text.match(/[\p{L}]/u)?.[0] ?? "";
  const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

  it("finds the tables", () => {
    expect(rtlTables.map(([tag]) => tag)).toEqual(
      expect.arrayContaining(["ar", "ur", "ps", "prs", "ckb"]),
    );
  });

  it.each(rtlTables)("%s", (_, file) => {
    const ltr = sentences(file.words).filter(
      ([key, text]) => key !== "comma" && text !== "" && !rightToLeft.test(firstStrong(text)),
    );
    expect(ltr).toEqual([]);
  });
});
