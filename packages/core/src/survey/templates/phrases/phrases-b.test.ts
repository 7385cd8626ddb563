/**
 * The phrasebooks for cs, hu, ti, ps, prs, ckb, sq, vi and am: each covers every English string
 * the six templates show, adds nothing they don't use, keeps phone numbers and names as they are,
 * and is written in its language's own script. Independent of the code that applies them.
 */
import { describe, expect, it } from "vitest";
import { templates } from "../index.js";
import { phrasebook as am } from "./am.js";
import { phrasebook as ckb } from "./ckb.js";
import { phrasebook as cs } from "./cs.js";
import { phrasebook as hu } from "./hu.js";
import { phrasebook as prs } from "./prs.js";
import { phrasebook as ps } from "./ps.js";
import { phrasebook as sq } from "./sq.js";
import { phrasebook as ti } from "./ti.js";
import { phrasebook as vi } from "./vi.js";

interface Phrasebook {
  language: string;
  reviewedByNativeSpeaker: boolean;
  phrases: Record<string, string>;
}

/** Every `en` string inside a template: titles, prompts, help, labels, band wordings. */
function englishIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) englishIn(item, found);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "en" && typeof inner === "string") found.add(inner);
      else englishIn(inner, found);
    }
  }
  return found;
}

const ENGLISH = [
  ...englishIn(
    templates().map((template) => template.definition),
    new Set(),
  ),
];

/** Names kept in English in every language. */
const KEPT = /\b(?:childline\.org\.uk|Childline|Samaritans)\b/g;

/** Letters of a language's alphabet, after splitting accented letters into letter and mark. */
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const ALPHABET: Record<string, RegExp> = {
  // Czech: á č ď é ě í ň ó ř š ť ú ů ý ž (acute, caron, ring)
  cs: new RegExp(`^[${LATIN}\u0301\u030c\u030a]$`, "i"),
  // Hungarian: á é í ó ö ő ú ü ű (acute, diaeresis, double acute)
  hu: new RegExp(`^[${LATIN}\u0301\u0308\u030b]$`, "i"),
  // Albanian: ç ë (cedilla, diaeresis)
  sq: new RegExp(`^[${LATIN}\u0327\u0308]$`, "i"),
  // Vietnamese: đ, ă â ê ô ơ ư and the five tone marks
  vi: new RegExp(`^[${LATIN}đ\u0306\u0302\u031b\u0300\u0301\u0309\u0303\u0323]$`, "i"),
  ti: /^\p{Script=Ethiopic}$/u,
  am: /^\p{Script=Ethiopic}$/u,
  ps: /^\p{Script_Extensions=Arabic}$/u,
  prs: /^\p{Script_Extensions=Arabic}$/u,
  ckb: /^\p{Script_Extensions=Arabic}$/u,
};

/** Letters only some languages of a shared script use: each book must use some of its own. */
const OWN_LETTERS: Record<string, string> = {
  cs: "ěčřšžůý",
  hu: "őűöüá",
  sq: "ëç",
  vi: "đơưăêô",
  ti: "ቐቑቒቓቔቕቖኸኹኺኻኼኽኾ",
  am: "ሆህሃሁ",
  ps: "ټډړښږځڅېۍ",
  prs: "پچژگ",
  ckb: "ەێۆڵڕ",
};

/**
 * Letters that would mean another language was written: Pashto's or Sorani's in Dari, Arabic's
 * in any, Tigrinya's in Amharic.
 */
const FOREIGN_LETTERS: Record<string, string> = {
  prs: "ټډړښږځڅېۍەێۆڵڕيكة",
  ckb: "ټډړښږځڅېۍيكةث",
  ps: "ەێۆڵڕكة",
  am: "ቐቑቒቓቔቕቖኸኹኺኻኼኽኾ",
};

const BOOKS: Phrasebook[] = [cs, hu, ti, ps, prs, ckb, sq, vi, am];

describe.each(BOOKS.map((book) => [book.language, book] as const))("%s", (language, book) => {
  const phrases: Record<string, string> = book.phrases;

  it("is marked as not yet reviewed by a native speaker", () => {
    expect(book.reviewedByNativeSpeaker).toBe(false);
  });

  it("has a phrase for every English string in the templates", () => {
    const missing = ENGLISH.filter((english) => !phrases[english]?.trim());
    expect(missing).toEqual([]);
  });

  it("has no phrase that no template uses", () => {
    const unused = Object.keys(phrases).filter((english) => !ENGLISH.includes(english));
    expect(unused).toEqual([]);
  });

  it("keeps every number, and every kept name, as the English has it", () => {
    const changed = ENGLISH.filter((english) => {
      const kept = [...(english.match(/\d+(?:[ .]\d+)*/g) ?? []), ...(english.match(KEPT) ?? [])];
      return kept.some((part) => !phrases[english]?.includes(part));
    });
    expect(changed).toEqual([]);
  });

  it("is written in its own alphabet", () => {
    const alphabet = ALPHABET[language];
    const foreign = Object.entries(phrases).flatMap(([english, phrase]) =>
      [...phrase.replace(KEPT, "").normalize("NFD")]
        .filter((char) => /[\p{L}\p{M}]/u.test(char) && !alphabet?.test(char))
        .map((char) => `${char} in ${english}`),
    );
    expect(foreign).toEqual([]);
  });

  it("uses its own letters and none of its neighbours'", () => {
    const text = Object.values(phrases).join(" ");
    const own = [...(OWN_LETTERS[language] ?? "")].filter((letter) => text.includes(letter));
    expect(own.length).toBeGreaterThanOrEqual(2);
    const borrowed = [...(FOREIGN_LETTERS[language] ?? "")].filter((letter) =>
      text.includes(letter),
    );
    expect(borrowed).toEqual([]);
  });

  it("translates rather than copies: no phrase of three words or more is left in English", () => {
    const copied = ENGLISH.filter(
      (english) => english.split(" ").length >= 3 && phrases[english] === english,
    );
    expect(copied).toEqual([]);
  });
});
