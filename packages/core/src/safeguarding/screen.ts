/**
 * Screening of free text against a disclosure lexicon. A net for a person to read, not a
 * judgement: it errs towards alerting, never scores sentiment, and says plainly when a language
 * has no lexicon so that the answer is read instead.
 */
import { LEXICONS } from "./lexicon/index.js";
import { Matcher } from "./match.js";
import type { ExtraPhrase, Lexicon, Rule, ScreenResult, Severity } from "./types.js";

/** Languages with a complete lexicon, as survey language codes. */
export const LEXICON_LANGUAGES: readonly string[] = Object.keys(LEXICONS);

/**
 * The lexicon for a survey language code: "ar-EG" uses the Arabic one; "pa-Arab" none, as the
 * Punjabi lexicon does not read Shahmukhi (a script subtag must be one of the lexicon's `scripts`).
 */
function lexiconFor(language: string): Lexicon | undefined {
  const [primary = "", ...rest] = language.trim().toLowerCase().split(/[-_]/);
  if (!Object.hasOwn(LEXICONS, primary)) return undefined;
  const lexicon = LEXICONS[primary]!;
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script && lexicon.scripts && !lexicon.scripts.some((s) => s.toLowerCase() === script)) {
    return undefined;
  }
  return lexicon;
}

/** Whether text in this language can be screened; if not, it must be read. */
export function hasLexicon(language: string): boolean {
  return lexiconFor(language) !== undefined;
}

export interface ScreenOptions {
  /**
   * The organisation's own phrases for this language (a local gang's name, a street, a slang
   * word): each alerts when all its words appear within a few words of each other, in any order.
   * A plain string is an `organisation` concern.
   * @example ["zone 2 boys", { phrase: "trap house", category: "criminal-exploitation", severity: "urgent" }]
   */
  extraPhrases?: readonly ExtraPhrase[];
}

const compiled = new Map<string, Matcher>();
// Text in a language without a lexicon is still folded, so an organisation's phrases match it.
const PLAIN = new Matcher({ rules: [], expansions: {}, fuzzyTail: 0 });
const extras = new Map<string, Matcher>();
const EXTRAS_KEPT = 64;

function matcherFor(lexicon: Lexicon): Matcher {
  let matcher = compiled.get(lexicon.language);
  if (!matcher) {
    matcher = new Matcher(lexicon);
    compiled.set(lexicon.language, matcher);
  }
  return matcher;
}

/** An organisation's phrases as rules, compiled once for each list seen. */
function extrasFor(lexicon: Lexicon | undefined, phrases: readonly ExtraPhrase[]): Matcher {
  const key = `${lexicon?.language ?? ""}\n${JSON.stringify(phrases)}`;
  let matcher = extras.get(key);
  if (!matcher) {
    const rules: Rule[] = phrases.flatMap((p) => {
      const one = typeof p === "string" ? { phrase: p } : p;
      const words = one.phrase.split(/[\s\-–—,.;:!?|]+/).filter(Boolean);
      if (words.length === 0) return [];
      return [
        {
          category: one.category ?? "organisation",
          severity: one.severity ?? "concern",
          // A word of four letters or more matches its endings too ("grooming" → "groomed").
          all: words.map((w) => (w.length >= 4 && !w.includes("*") ? `${w}*` : w)),
          within: one.within ?? words.length + 2,
        },
      ];
    });
    matcher = new Matcher({
      rules,
      expansions: lexicon?.expansions ?? {},
      clitics: lexicon?.clitics,
      fuzzyTail: lexicon?.fuzzyTail ?? 0,
    });
    if (extras.size >= EXTRAS_KEPT) extras.clear();
    extras.set(key, matcher);
  }
  return matcher;
}

/**
 * Screens a child's free text (a text answer, or the words of the three houses).
 *
 * `screened` is false when the language has no lexicon: the caller queues the answer as "not
 * screened: please read". An organisation's phrases are matched even then, but never make an
 * unscreened answer count as screened. `matched` says which words alerted and where they are.
 */
export function screenText(
  language: string,
  text: string,
  options: ScreenOptions = {},
): ScreenResult {
  const lexicon = lexiconFor(language);
  const base = lexicon ? matcherFor(lexicon) : PLAIN;
  const tokens = base.tokenise(text);
  const matched = base.find(text, tokens);
  if (options.extraPhrases?.length) {
    matched.push(...extrasFor(lexicon, options.extraPhrases).find(text, tokens));
    matched.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  }
  const severity: Severity | undefined = matched.some((m) => m.severity === "urgent")
    ? "urgent"
    : matched.length
      ? "concern"
      : undefined;
  return { screened: lexicon !== undefined, alert: matched.length > 0, severity, matched };
}
