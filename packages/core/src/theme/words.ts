/**
 * A child's text as words to match, each with where it stands in the text and the forms it is
 * compared in. One normalisation for the text and the codebook alike (the safeguarding screen's
 * `fold`: lower case, Polish and Arabic diacritics and hamza off, Arabic letter variants mapped,
 * runs of one letter written once), then per language:
 * - English: the word's Porter stem too (`stemmer`), so "listened" meets "listening";
 * - Arabic: the word with its attached particles and pronouns taken off ("والمدرسة" → "مدرسه",
 *   "صديقي" → "صديق"), since Arabic writes them as one word;
 * - Polish: the folded word; the codebook's Polish entries are prefixes, which cover its endings.
 */
import { stemmer } from "stemmer";
import { fold } from "../safeguarding/normalise.js";

export interface Word {
  /** The word as folded: what `=` entries and spelling slips compare with. */
  folded: string;
  /** Every form to look up (the folded word first). */
  forms: string[];
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}£][\p{L}\p{M}\p{N}'’ʼ\u200c\u200d]*/gu;

/** The primary language of a tag, lower case ("pl-PL" → "pl"). */
export const primary = (language: string) => language.trim().toLowerCase().split(/[-_]/)[0] ?? "";

const ARABIC_PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"].map(fold);
const ARABIC_SUFFIXES = [
  "هما",
  "كما",
  "ها",
  "نا",
  "هم",
  "كم",
  "هن",
  "ات",
  "ون",
  "ين",
  "ي",
  "ك",
  "ه",
]
  .map(fold)
  .sort((a, b) => b.length - a.length);

function arabicForms(word: string): string[] {
  const forms = new Set([word]);
  const bases = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      bases.push(word.slice(prefix.length));
      break;
    }
  }
  for (const base of bases) {
    forms.add(base);
    for (const suffix of ARABIC_SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= 2) {
        forms.add(base.slice(0, -suffix.length));
        break;
      }
    }
  }
  return [...forms];
}

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /^[a-z0-9£]+$/;

/** Whether a word is read as English: in English text, or in Latin letters in Arabic text. */
export const isEnglish = (folded: string, language: string) =>
  language === "en" || (language === "ar" && LATIN.test(folded));

/** The forms of one word (already folded) in a language. */
export function formsOf(folded: string, language: string): string[] {
  if (ARABIC.test(folded)) return arabicForms(folded);
  if (isEnglish(folded, language)) {
    const stem = fold(stemmer(folded));
    return stem && stem !== folded ? [folded, stem] : [folded];
  }
  return [folded];
}

/** The English stem of a word as folded, for the codebook's English entries. */
export const englishStem = (word: string) => fold(stemmer(fold(word)));

/** The text's words with their offsets. Linear in the text. */
export function words(text: string): { raw: string; folded: string; start: number; end: number }[] {
  const out: { raw: string; folded: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    while (/['’ʼ]$/.test(raw)) raw = raw.slice(0, -1);
    const folded = fold(raw);
    if (!folded) continue;
    out.push({ raw, folded, start: m.index, end: m.index + raw.length });
  }
  return out;
}
