/** "You said, we did" speaks each language that has its words, with no English left in them. */
import { describe, expect, it } from "vitest";
import { youSaidWords } from "./YouSaid";

const english = youSaidWords("en");
const flat = (words: typeof english) => [
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

describe("'You said, we did' in the languages of the Baltic, Romanian and Portuguese tables", () => {
  it.each(["lt", "lv", "ro", "pt", "pt-BR"])("%s has its own words for every line", (language) => {
    const said = flat(youSaidWords(language));
    const source = flat(english);
    said.forEach((line, i) => {
      expect(line.trim()).not.toBe("");
      expect(line).not.toBe(source[i]);
    });
    expect(youSaidWords(language).on("1 d.")).toContain("1 d.");
  });
});
