import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../languages.js";
import { completeLanguages, stringSlots } from "../../translation.js";
import { findTemplate, fromTemplate, templates } from "../index.js";
import { startFromTemplate } from "../start.js";
import { loadPhrasebooks, PHRASEBOOK_LANGUAGES, type Phrasebook } from "./index.js";

// Every phrasebook file in this folder, whether or not the registry lists it: a file someone
// wrote but forgot to register fails below by name instead of never being used.
const FILES = import.meta.glob<{ phrasebook: Phrasebook }>(
  ["./*.ts", "!./index.ts", "!./*.test.ts"],
  {
    eager: true,
  },
);
const BOOKS = Object.entries(FILES).map(([path, file]) => ({
  file: path.replace(/^\.\//, "").replace(/\.ts$/, ""),
  book: file.phrasebook,
}));

/** Every distinct English string of every template, with the templates that use it. */
const ENGLISH = new Map<string, string[]>();
for (const template of templates()) {
  for (const slot of stringSlots(structuredClone(template.definition))) {
    const english = (slot.holder[slot.field] as Record<string, string>).en!;
    ENGLISH.set(english, [...(ENGLISH.get(english) ?? []), `${template.id} ${slot.key}`]);
  }
}

/** What must come through a translation unchanged: numbers, web addresses, helplines' names. */
const KEPT = /\d[\d ]*\d|\d|[a-z]+\.org\.uk|Childline|Samaritans/g;

describe("the phrasebook registry", () => {
  it("lists every phrasebook file in this folder, each under its own language", () => {
    expect(BOOKS.length).toBeGreaterThan(0);
    for (const { file, book } of BOOKS) {
      expect(book.language, `${file}.ts says it is another language`).toBe(file);
    }
    expect([...PHRASEBOOK_LANGUAGES].sort()).toEqual(BOOKS.map(({ file }) => file).sort());
  });

  it("offers only languages the studio knows, never English", () => {
    const known = LANGUAGES.map((language) => language.code);
    for (const code of PHRASEBOOK_LANGUAGES) expect(known).toContain(code);
    expect(PHRASEBOOK_LANGUAGES).not.toContain("en");
  });
});

describe.each(BOOKS.map(({ file, book }) => [file, book] as const))("phrasebook %s", (_, book) => {
  it("has every English string of every template", () => {
    const missing = [...ENGLISH.keys()].filter(
      (english) => !Object.hasOwn(book.phrases, english) || !book.phrases[english]?.trim(),
    );
    // Named, with where each is used, so a translator knows exactly what to add.
    expect(missing.map((english) => `${english}  (${ENGLISH.get(english)![0]})`)).toEqual([]);
  });

  it("has no phrase that no template uses", () => {
    expect(Object.keys(book.phrases).filter((english) => !ENGLISH.has(english))).toEqual([]);
  });

  it("keeps numbers, web addresses and helplines' names as they are", () => {
    const changed = Object.entries(book.phrases).flatMap(([english, words]) =>
      (english.match(KEPT) ?? [])
        .filter((kept) => !words.includes(kept))
        .map((kept) => `${kept} in “${english}”`),
    );
    expect(changed).toEqual([]);
  });

  it("says whether a fluent speaker has checked it", () => {
    expect(typeof book.reviewedByNativeSpeaker).toBe("boolean");
  });
});

describe("a template started in every language Chorus has", () => {
  it.each(templates().map((template) => [template.id] as const))(
    "%s is complete in each, so each is offered to children",
    async (id) => {
      const books = await loadPhrasebooks(PHRASEBOOK_LANGUAGES);
      const survey = fromTemplate(findTemplate(id)!, "srv_all", books);
      expect(completeLanguages(survey).sort()).toEqual(["en", ...PHRASEBOOK_LANGUAGES].sort());
    },
  );

  it("keeps the helpline's number in every language", async () => {
    const { definition } = await startFromTemplate(
      "my-life-in-care-8-11",
      "srv_numbers",
      PHRASEBOOK_LANGUAGES,
    );
    const help = definition.pages
      .flatMap((page) => page.questions)
      .find((question) => question.help?.en?.includes("0800 1111"))!.help!;
    for (const code of PHRASEBOOK_LANGUAGES) expect(help[code]).toContain("0800 1111");
  });
});

describe("startFromTemplate", () => {
  it("marks each language from a phrasebook not checked, and shares nothing with the template", async () => {
    const start = await startFromTemplate("leaving-care", "srv_new", ["pl", "en", "pl"]);
    expect(start.definition.languages).toEqual(["en", "pl"]);
    const polish = BOOKS.find(({ book }) => book.language === "pl")!.book;
    expect(start.unreviewed).toEqual(polish.reviewedByNativeSpeaker ? [] : ["pl"]);
    expect(findTemplate("leaving-care")!.definition.title.pl).toBeUndefined();
  });

  it("marks exactly the languages whose phrasebook no fluent speaker has checked", async () => {
    const start = await startFromTemplate("leaving-care", "srv_new", PHRASEBOOK_LANGUAGES);
    const unchecked = BOOKS.filter(({ book }) => !book.reviewedByNativeSpeaker).map(
      ({ book }) => book.language,
    );
    expect([...start.unreviewed].sort()).toEqual(unchecked.sort());
  });

  it("refuses a language Chorus has no phrasebook for, naming it", async () => {
    await expect(startFromTemplate("leaving-care", "srv_new", ["pl", "xx"])).rejects.toMatchObject({
      code: "survey.no_phrasebook",
      message: expect.stringContaining("xx"),
    });
    await expect(startFromTemplate("nope", "srv_new")).rejects.toMatchObject({
      code: "survey.no_template",
    });
  });
});
