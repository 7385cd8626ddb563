import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LanguageChoice } from "./LanguageChoice";
import { loadWords, TABLES } from "./words";
import { words as ar } from "./words-ar";
import { words as pl } from "./words-pl";

afterEach(() => {
  cleanup();
  delete TABLES.cy;
});

function show(languages: string[]) {
  const onChoose = vi.fn();
  const onBack = vi.fn();
  render(() => <LanguageChoice languages={languages} onChoose={onChoose} onBack={onBack} />);
  return { onChoose, onBack };
}

/** The heading's pieces: each language's words with the `lang` they are marked with. */
const pieces = (selector: string) =>
  [...document.querySelectorAll<HTMLElement>(selector)].map((el) => [el.lang, el.textContent]);

describe("LanguageChoice", () => {
  it("asks in every language offered, each piece marked with its language and direction", async () => {
    await Promise.all([loadWords("ar"), loadWords("pl")]);
    const { onChoose, onBack } = show(["en", "ar", "pl"]);
    const heading = screen.getByRole("heading", { level: 1 });
    expect(pieces("h1 [lang]")).toEqual([
      ["en", "Choose your language"],
      ["ar", ar.chooseLanguage],
      ["pl", pl.chooseLanguage],
    ]);
    expect(heading.querySelector("[lang=ar]")?.getAttribute("dir")).toBe("rtl");
    // Back is said in each language too.
    expect(pieces(".back [lang]")).toEqual([
      ["en", "Back"],
      ["ar", ar.back],
      ["pl", pl.back],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "العربية" }));
    expect(onChoose).toHaveBeenCalledWith("ar");
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it("takes a new language's words from its own table, with nothing else to change", async () => {
    TABLES.cy = async () => ({ chooseLanguage: "Dewiswch eich iaith", back: "Yn ôl" });
    show(["en", "cy"]);
    // The table arrives after the screen is drawn: the words change in place.
    await loadWords("cy");
    await waitFor(() =>
      expect(pieces("h1 [lang]")).toEqual([
        ["en", "Choose your language"],
        ["cy", "Dewiswch eich iaith"],
      ]),
    );
  });

  it("says the words once for languages that have no table of their own", () => {
    // No table for Somali or Tigrinya here: their words are English, said once.
    show(["so", "ti"]);
    expect(pieces("h1 [lang]")).toEqual([["en", "Choose your language"]]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Choose your language");
  });
});
