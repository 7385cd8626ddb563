/**
 * "You said, we did" speaks each language that has its words, with no English left in them, and
 * every language a child can read the survey screens in (a words-<tag>.ts table) has them too.
 */
import { isRightToLeft } from "@chorus/core/survey/languages";
import { describe, expect, it } from "vitest";
import { loadYouSaidWords, YOU_SAID_LANGUAGES, type YouSaidWords } from "./YouSaid";

// Only the file names: a table that lands later is caught without this test changing.
const TABLES = Object.keys(import.meta.glob(["./words-*.ts", "!./words-*.test.ts"])).map((path) =>
  path.replace(/^\.\/words-/, "").replace(/\.ts$/, ""),
);

const flat = (words: YouSaidWords) => [
  words.title,
  words.intro,
  ...Object.values(words.status),
  words.by("§"),
  words.on("§"),
  words.fallback,
  words.none,
  words.failed,
  words.tryAgain,
  words.loading,
];

/** Scripts with no Latin letters of their own: one there is English (or a tag) left behind. */
const NOT_LATIN = new Set(["ar", "ur", "ps", "prs", "ckb", "pa", "ti", "am"]);

describe("'You said, we did' in every language it has words for", () => {
  it("has them for each child word table, and for the languages of the tables to come", () => {
    expect(TABLES).toEqual(expect.arrayContaining(["pl", "ar"]));
    expect(TABLES.filter((tag) => !YOU_SAID_LANGUAGES.includes(tag))).toEqual([]);
    const coming = ["ur", "ps", "prs", "ckb", "sk", "cs", "hu", "pa", "sq", "vi", "ti", "am"];
    expect(coming.filter((tag) => !YOU_SAID_LANGUAGES.includes(tag))).toEqual([]);
  });

  it.each(YOU_SAID_LANGUAGES)("%s has its own words for every line", async (language) => {
    const english = flat(await loadYouSaidWords("en"));
    const words = await loadYouSaidWords(language);
    const said = flat(words);
    expect(said).toHaveLength(english.length);
    said.forEach((line, i) => {
      expect(line.trim()).not.toBe("");
      expect(line).not.toBe(english[i]);
      if (NOT_LATIN.has(language)) expect(line).not.toMatch(/[A-Za-z]/);
    });
    // The date goes where the language puts it, whole.
    expect(words.by("28 Feb")).toContain("28 Feb");
    expect(words.on("1 d.")).toContain("1 d.");
    expect(isRightToLeft(language)).toBe(["ar", "ur", "ps", "prs", "ckb"].includes(language));
  });

  it("reads a regional tag in its language's words, and English where there are none", async () => {
    expect((await loadYouSaidWords("pt-BR")).title).toBe((await loadYouSaidWords("pt")).title);
    expect((await loadYouSaidWords("ur-PK")).title).toBe((await loadYouSaidWords("ur")).title);
    expect((await loadYouSaidWords("xx")).title).toBe("You said, we did");
    // Punjabi in Shahmukhi (Arabic script) is not read from the Gurmukhi file.
    expect((await loadYouSaidWords("pa-Arab")).title).toBe("You said, we did");
  });
});
