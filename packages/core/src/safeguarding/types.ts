/**
 * The shapes of a disclosure lexicon and of a screening result. Imports nothing, so any package
 * (and the web's safeguarding area) can use them.
 */

/** How soon a person should read an alert: `urgent` within hours, `concern` the same week. */
export type Severity = "urgent" | "concern";

/**
 * What an alert may be about. `organisation` is an organisation's own phrase; `wellbeing` is
 * sadness a safeguarding lead still wants to see (contact, crying every night, loneliness).
 */
export type Category =
  | "harm"
  | "physical-abuse"
  | "sexual-abuse"
  | "neglect"
  | "self-harm"
  | "domestic-abuse"
  | "criminal-exploitation"
  | "forced-marriage"
  | "missing"
  | "fear"
  | "bullying"
  | "wellbeing"
  | "organisation";

/**
 * One slot of a rule: alternatives separated by `|`, any one of which fills it. An alternative is
 * one or more words (consecutive in the text), each a glob on the normalised word: `hit*` starts
 * with "hit", `*ضرب*` contains "ضرب", `=shotting` is that word with no spelling tolerance,
 * anything else is the whole word. `"my dad* | stepdad*"`.
 */
export type Slot = string;

/** A rule alerts when every slot is filled, by different words, within `within` words. */
export interface Rule {
  category: Category;
  severity: Severity;
  all: readonly Slot[];
  /** How many consecutive words the slots must fit in. @default 6 */
  within?: number;
  /** The slots must come in the order written. @default false */
  ordered?: boolean;
}

/**
 * A harmless idiom ("this game is killing me"): the words it matches cannot fill a slot of any
 * rule. Only where it is certain; when in doubt, leave the alert.
 */
export interface Idiom {
  all: readonly Slot[];
  /** @default the number of slots: the words are consecutive */
  within?: number;
  /** @default true */
  ordered?: boolean;
}

/** A language's lexicon: its rules and how its words are normalised before matching. */
export interface Lexicon {
  language: string;
  /**
   * Whether a native speaker has reviewed the rules and the corpus sentences. Missing means
   * false: words written by an engineer catch what the engineer thought of, no more.
   */
  reviewedByNativeSpeaker?: boolean;
  /**
   * The scripts its words are written in, as ISO 15924 codes. A survey language tagged with
   * another script is not screened by it: Punjabi's lexicon is Gurmukhi and Latin, so "pa-Arab"
   * (Shahmukhi) text goes to the queue unread rather than through a lexicon that cannot read it.
   * @default any script
   * @example ["Guru", "Latn"]
   */
  scripts?: readonly string[];
  rules: readonly Rule[];
  idioms: readonly Idiom[];
  /**
   * Words children write short, joined or without apostrophes, and what they stand for
   * (`dont: "do not"`, `u: "you"`); `a|b` is a word that may mean either.
   */
  expansions: Readonly<Record<string, string>>;
  /** Prefixes glued to a word (Arabic "و", "ال", "ب"…), tried off as well as on. */
  clitics?: readonly string[];
  /**
   * What may follow a misspelt stem (`hit*` within one edit): a list of endings, or the longest
   * ending in letters, for languages with too many endings to list.
   */
  fuzzyTail: readonly string[] | number;
}

/** One place in the text that matched: `at` are UTF-16 offsets, `[start, end)`, for highlighting. */
export interface Match {
  phrase: string;
  category: Category;
  severity: Severity;
  at: [start: number, end: number];
}

export interface ScreenResult {
  /** False when the language has no lexicon: a person must read the text. */
  screened: boolean;
  alert: boolean;
  /** The most severe match, when there is one. */
  severity?: Severity;
  matched: Match[];
}

/** An organisation's own phrase: a string alerts as an `organisation` concern. */
export type ExtraPhrase =
  | string
  | { phrase: string; category?: Category; severity?: Severity; within?: number };
