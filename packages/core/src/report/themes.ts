/**
 * What children wrote, as themes: the counts folded per theme (slot field `t`) and, for answers
 * that fitted no theme, per key phrase (`p`), read over every words slot of a survey. Pure.
 */
import type { Cell } from "../aggregate/cells.js";
import { LANGUAGES } from "../survey/languages.js";
import type { Text } from "../survey/schema.js";
import { notThemedLanguage, type ThemeDef } from "../theme/index.js";
import { MIN_SHOWN, shareOf, shown } from "./disclosure.js";
import type { ThemeReport } from "./schema.js";

/** At most this many emerging groups are listed, the largest first. */
const EMERGING_MAX = 10;
/** At most this many approved quotes are shown under one theme. */
const QUOTES_PER_THEME = 3;

/** An emerging group's id: the phrase its answers share. */
export const emergingId = (phrase: string) => `emerging:${phrase}`;

export interface Approved {
  id: string;
  themeId: string;
  slot: string;
  text: string;
}

/** Exact numbers of one cell's words slots: never leave the server as they are. */
export interface ThemeNumbers {
  /** Answers with words in them, over all words slots. */
  written: number;
  themes: Map<string, { n: number; slots: Set<string> }>;
  phrases: Map<string, { n: number; slots: Set<string> }>;
}

export function themeNumbers(cell: Cell, slots: readonly string[]): ThemeNumbers {
  const numbers: ThemeNumbers = { written: 0, themes: new Map(), phrases: new Map() };
  for (const slot of slots) {
    const found = cell.q[slot];
    if (!found) continue;
    numbers.written += found.a;
    for (const [field, into] of [
      ["t", numbers.themes],
      ["p", numbers.phrases],
    ] as const) {
      for (const [id, n] of Object.entries(found[field] ?? {})) {
        const entry = into.get(id) ?? { n: 0, slots: new Set<string>() };
        entry.n += n;
        entry.slots.add(slot);
        into.set(id, entry);
      }
    }
  }
  return numbers;
}

/** At most this many of a theme's words are listed. */
const WORDS_PER_THEME = 12;

/**
 * The words that put answers in a theme, from the codebook entries under its id (built-in and
 * the organisation's own): in the survey's language (else English) and for every language,
 * without the codebook's marks (`=word`, `pre*`).
 */
function wordsOf(defs: readonly ThemeDef[], language: string): string[] {
  const found: unknown[] = [];
  for (const def of defs) {
    const words = (def as { words?: unknown }).words;
    if (Array.isArray(words)) found.push(...words);
    else if (words && typeof words === "object") {
      const byLanguage = words as Record<string, unknown>;
      for (const list of [byLanguage[language] ?? byLanguage.en, byLanguage["*"]]) {
        if (Array.isArray(list)) found.push(...list);
      }
    }
  }
  const clean = found
    .filter((word): word is string => typeof word === "string")
    .map((word) => word.replace(/^=/, "").replace(/\*$/, ""));
  return [...new Set(clean)].slice(0, WORDS_PER_THEME);
}

/**
 * The themes list: every theme an answer was found in, then the emerging groups (phrases that
 * 8 or more unthemed answers share). Ordered by shown count, then name, never by exact count,
 * so the order of two "fewer than 8" themes says nothing. Quotes only under a theme of 8 or more.
 */
export function themeReports(
  numbers: ThemeNumbers,
  codebook: readonly ThemeDef[],
  quotes: readonly Approved[],
  language: string,
): ThemeReport[] {
  const written = shown(numbers.written);
  const defsOf = (id: string) => codebook.filter((def) => def.id === id);
  const name = (label: Text) => label.en ?? Object.values(label)[0] ?? "";
  const order = (a: ThemeReport, b: ThemeReport) =>
    (b.count ?? 1) - (a.count ?? 1) || name(a.label).localeCompare(name(b.label));

  const entries = [...numbers.themes];
  const notThemed = entries.filter(([id]) => notThemedLanguage(id) !== undefined);
  const themed: ThemeReport[] = entries
    .filter(([id]) => notThemedLanguage(id) === undefined)
    .map(([id, { n, slots }]) => {
      const count = shown(n);
      return {
        id,
        // The first entry's name: the built-in theme's, when an organisation adds words to it.
        label: defsOf(id)[0]?.label ?? { en: id },
        count,
        share: shareOf(count, written),
        emerging: false,
        words: wordsOf(defsOf(id), language),
        slots: [...slots].sort(),
        quotes:
          n >= MIN_SHOWN
            ? quotes
                .filter((quote) => quote.themeId === id)
                .slice(0, QUOTES_PER_THEME)
                .map((quote) => ({ id: quote.id, text: quote.text }))
            : [],
      };
    });
  const emerging: ThemeReport[] = [...numbers.phrases]
    .filter(([, { n }]) => n >= MIN_SHOWN)
    .map(([phrase, { n, slots }]) => {
      const count = shown(n);
      return {
        id: emergingId(phrase),
        label: { en: phrase },
        count,
        share: shareOf(count, written),
        emerging: true,
        words: [phrase],
        slots: [...slots].sort(),
        quotes: [],
      };
    })
    .sort(order)
    .slice(0, EMERGING_MAX);
  // Last, and never left out: answers in a language Chorus has no theme words for yet.
  const unread: ThemeReport[] = notThemed.map(([id, { n, slots }]) => {
    const count = shown(n);
    const code = notThemedLanguage(id) ?? "";
    const english = LANGUAGES.find((l) => l.code === code)?.english ?? code;
    return {
      id,
      label: { en: `Not themed: written in ${english}` },
      count,
      share: shareOf(count, written),
      emerging: false,
      words: [],
      slots: [...slots].sort(),
      quotes: [],
    };
  });
  return [...themed.sort(order), ...emerging, ...unread.sort(order)];
}

/** One theme's numbers in one wave, for the trend. */
export function themePoint(numbers: ThemeNumbers, id: string) {
  const written = shown(numbers.written);
  const exact = id.startsWith("emerging:")
    ? numbers.phrases.get(id.slice("emerging:".length))?.n
    : numbers.themes.get(id)?.n;
  const count = shown(exact ?? 0);
  return { count, share: shareOf(count, written) };
}
