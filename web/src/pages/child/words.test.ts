import {
  EMOJI_FACES,
  HOUSES,
  PREFER_NOT_LABEL,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/parts";
import { describe, expect, it } from "vitest";
import { fill, plural } from "./intl";
import {
  en,
  loadWords,
  TABLES,
  type TableFile,
  type Translation,
  tableStatus,
  tagOf,
  wordsFor,
  wordsLanguage,
} from "./words";
import { words as ar } from "./words-ar";
import { words as pl } from "./words-pl";

const keys = Object.keys(en) as (keyof typeof en)[];
const FILES = import.meta.glob<TableFile>("./words-*.ts", { eager: true });
/** Every table file, by language tag, read straight from disk. */
const TABLE_FILES: Record<string, TableFile> = Object.fromEntries(
  Object.entries(FILES).map(([path, file]) => [tagOf(path), file]),
);
const TRANSLATIONS: Record<string, Translation> = Object.fromEntries(
  Object.entries(TABLE_FILES).map(([tag, file]) => [tag, file.words]),
);

/** What a translator still has to fill in: the keys of English a table lacks. */
function missing(table: Translation): string[] {
  return keys.filter((key) => !(key in table));
}

/** The `{name}` pieces of a template, sorted, so two languages can be compared. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the word tables", () => {
  it("has a loader for every translated table, and nothing else", () => {
    expect(Object.keys(TABLES).sort()).toEqual(Object.keys(TRANSLATIONS).sort());
  });

  it("finds the Arabic and Polish tables, at least", () => {
    expect(Object.keys(TRANSLATIONS)).toEqual(expect.arrayContaining(["ar", "pl"]));
  });

  // A table may leave a key to English only by naming it in its own `acceptedGaps`, so a key
  // dropped by accident fails here by name.
  it.each(Object.entries(TABLE_FILES))("%s has every key but its named gaps", (_, file) => {
    expect(missing(file.words)).toEqual(file.acceptedGaps ?? []);
  });

  it.each(Object.entries(TABLE_FILES))(
    "%s says whether a fluent speaker confirmed it",
    (_, file) => {
      expect(typeof file.reviewedByNativeSpeaker).toBe("boolean");
    },
  );

  it.each(Object.entries(TRANSLATIONS))("%s has no key English lacks", (_, table) => {
    expect(Object.keys(table).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(Object.entries(TRANSLATIONS))(
    "%s keeps each entry's shape and placeholders",
    (_, table) => {
      for (const [key, value] of Object.entries(table)) {
        const source = en[key as keyof typeof en];
        expect(typeof value, key).toBe(typeof source);
        if (typeof source === "string")
          expect(placeholders(value as string), key).toEqual(placeholders(source));
        if (Array.isArray(source)) expect((value as unknown[]).length, key).toBe(source.length);
      }
    },
  );

  it.each(Object.entries(TRANSLATIONS))("%s gives words for every count and name", (_, table) => {
    const words = { ...en, ...table };
    const said = [
      words.questionOf(3, 12),
      words.answeredOf(0, 7),
      words.readWords("X"),
      words.cantReadLanguage("pl"),
      words.errorCode("survey.closed"),
      ...[0, 1, 2, 3, 5, 11, 22, 100, 101].flatMap((n) => [
        words.charactersLeft(n),
        words.chooseAtLeast(n),
        words.chooseUpTo(n),
        words.waiting(n),
        words.stuck(n),
        words.takenPart(n),
      ]),
    ];
    for (const sentence of said) {
      expect(sentence).not.toMatch(/undefined|NaN|\{\w+\}/);
      expect(sentence.length).toBeGreaterThan(0);
    }
  });
});

describe("the answers every survey shares", () => {
  it("are the words core gives the staff screens, in English, Polish and Arabic", () => {
    for (const [language, table] of [
      ["en", en],
      ["pl", { ...en, ...pl }],
      ["ar", { ...en, ...ar }],
    ] as const) {
      expect(table.faces5).toEqual(EMOJI_FACES[5].map((face) => face.label[language]));
      expect(table.faces3).toEqual(EMOJI_FACES[3].map((face) => face.label[language]));
      expect([table.yes, table.no, table.notSure]).toEqual(
        YES_NO_OPTIONS.map((option) => option.label[language]),
      );
      expect(table.preferNot).toBe(PREFER_NOT_LABEL[language]);
      expect([table.houseWorries, table.houseGoodThings, table.houseDreams]).toEqual(
        HOUSES.map((house) => THREE_HOUSES[house].label[language]),
      );
      expect([table.houseWorriesHint, table.houseGoodThingsHint, table.houseDreamsHint]).toEqual(
        HOUSES.map((house) => THREE_HOUSES[house].hint[language]),
      );
    }
  });
});

describe("counted phrases", () => {
  it("follows Arabic's own plural forms, by the browser's rules", () => {
    const forms = [1, 2, 3, 11, 100].map((n) => ar.waiting?.(n));
    expect(new Set(forms).size).toBe(5);
    expect(ar.waiting?.(1)).toBe("مجموعة واحدة من الإجابات تنتظر الإرسال.");
    expect(ar.waiting?.(2)).toBe("مجموعتان من الإجابات تنتظران الإرسال.");
    // 3 to 10 take the plural, 11 to 99 the singular, as the rules say.
    expect(ar.takenPart?.(4)).toBe("شارك 4 أشخاص.");
    expect(ar.takenPart?.(15)).toBe("شارك 15 شخصًا.");
    expect(ar.takenPart?.(103)).toBe(ar.takenPart?.(3)?.replace("3", "103"));
  });

  it("follows Polish's, where 2–4 and 22–24 differ from 5–21", () => {
    expect(pl.takenPart?.(1)).toBe("Udział wzięła 1 osoba.");
    expect(pl.takenPart?.(3)).toBe("Udział wzięły 3 osoby.");
    expect(pl.takenPart?.(12)).toBe("Udział wzięło 12 osób.");
    expect(pl.takenPart?.(23)).toBe("Udział wzięły 23 osoby.");
  });

  it("says English counts in the singular only for one", () => {
    expect(en.waiting(1)).toBe("1 set of answers is waiting to be sent.");
    expect(en.waiting(0)).toBe("0 sets of answers are waiting to be sent.");
    expect(en.takenPart(2)).toBe("2 people have taken part.");
  });

  it("falls back to the other form when a table leaves one out", () => {
    expect(plural("ar", 2, { other: "many" })).toBe("many");
  });
});

describe("choosing a table", () => {
  it("is English until a language's table has arrived, then that language's", async () => {
    // This file never loaded Polish before here, so the first read is English.
    expect(wordsLanguage("pl")).toBe("en");
    expect(wordsFor("pl").next).toBe(en.next);
    await loadWords("pl");
    expect(wordsLanguage("pl")).toBe("pl");
    expect(wordsFor("pl").next).toBe(pl.next);
  });

  it("uses a base language's table for a regional tag, and English for a language without one", async () => {
    await loadWords("ar-EG");
    expect(wordsLanguage("ar-EG")).toBe("ar");
    expect(wordsFor("ar-EG").back).toBe(ar.back);
    await loadWords("cy");
    expect(wordsLanguage("cy")).toBe("en");
    expect(wordsFor("cy")).toBe(wordsFor("en"));
  });

  it("falls back to English word by word in a partial table", async () => {
    TABLES.zz = async () => ({ next: "Zz-next" });
    try {
      await loadWords("zz");
      expect(wordsFor("zz").next).toBe("Zz-next");
      expect(wordsFor("zz").back).toBe(en.back);
      expect(wordsFor("zz").waiting(3)).toBe(en.waiting(3));
    } finally {
      delete TABLES.zz;
    }
  });

  it("keeps English when a table cannot be fetched, and tries again next time", async () => {
    let calls = 0;
    TABLES.yy = async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return { next: "Yy-next" };
    };
    try {
      await loadWords("yy");
      expect(wordsFor("yy").next).toBe(en.next);
      await loadWords("yy");
      expect(wordsFor("yy").next).toBe("Yy-next");
      expect(calls).toBe(2);
    } finally {
      delete TABLES.yy;
    }
  });
});

describe("what the studio says about a language's child words", () => {
  it("reads each table's own flag, and says when a language has none", async () => {
    expect(await tableStatus("en")).toBe("reviewed");
    expect(await tableStatus("pl")).toBe(
      TABLE_FILES.pl?.reviewedByNativeSpeaker ? "reviewed" : "unreviewed",
    );
    expect(await tableStatus("ar-EG")).toBe(await tableStatus("ar"));
    expect(await tableStatus("cy")).toBe("none");
  });
});

describe("fill", () => {
  it("puts pieces where the translation says, in its order", () => {
    expect(fill("اتصل بخط {name} على {number}.", { name: "N", number: 1 })).toEqual([
      "اتصل بخط ",
      "N",
      " على ",
      1,
      ".",
    ]);
    expect(fill("{a}{b}", { a: "x", b: "y" })).toEqual(["x", "y"]);
    // An unknown piece is left visible rather than silently dropped, so a typo is noticed.
    expect(fill("Call {nmae}", { name: "N" })).toEqual(["Call ", "{nmae}"]);
  });
});
