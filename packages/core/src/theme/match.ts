/**
 * Matching free text to the codebook: deterministic, explainable (each theme comes with the words
 * of the text that put it there), and fast: a codebook is compiled once per language into maps,
 * so a word costs a few map look-ups whatever the codebook's size, and each distinct word is
 * looked up once per compiled codebook (children's words repeat a lot).
 */
import { FuzzyIndex, withinOneEdit } from "../safeguarding/fuzzy.js";
import { fold } from "../safeguarding/normalise.js";
import type { ThemeDef } from "./codebook.js";
import { englishStem, formsOf, isEnglish, primary, words } from "./words.js";

/** Spelling slips are forgiven in words of this many letters or more. */
const SLIP_FROM = 5;
/** Prefix entries forgive a slip when the prefix has this many letters or more. */
const PREFIX_SLIP_FROM = 6;
/** English entries of this many letters or more also meet words with the same stem. */
const STEM_FROM = 4;
/** Distinct words remembered per compiled codebook before the memory starts again. */
const REMEMBERED = 50_000;

/** One word of an entry: `exact` (`=word`), `word`, or `prefix` (`pre*`). */
interface Part {
  kind: "exact" | "word" | "prefix";
  text: string;
}

interface Entry {
  theme: number;
  parts: Part[];
}

/** A hit of a word on one part of one entry. */
type Hit = number; // entry * 8 + part

/** Real words one slip away from a codebook word, which must not count as that slip. */
const NOT_SLIPS = new Set(
  [
    "horse",
    "house",
    "mouse",
    "worse",
    "world",
    "words",
    "sweet",
    "there",
    "these",
    "where",
    "other",
    "mother",
    "water",
    "later",
    "after",
    "never",
    "fever",
    "tried",
    "cried",
    "freed",
    "free",
    "scare",
    "share",
    "shared",
    "sharing",
    "shore",
    "store",
    "stuff",
    "still",
    "skill",
    "skills",
    "plays",
    "place",
    "space",
    "class",
    "glass",
    "grass",
    "brought",
    "bought",
    "thought",
    "taught",
    "caught",
    "fought",
    "money",
    "honey",
    "funny",
    "sunny",
  ].map(fold),
);

function parse(entry: string): Part[] {
  const exact = entry.startsWith("=");
  const body = exact ? entry.slice(1) : entry;
  return body
    .split(/\s+/)
    .filter(Boolean)
    .map((word): Part => {
      if (word.endsWith("*")) return { kind: "prefix", text: fold(word.slice(0, -1)) };
      return { kind: exact ? "exact" : "word", text: fold(word) };
    });
}

/** The languages whose entries a compiled codebook reads: Arabic text often has English in it. */
const alongside: Record<string, string[]> = { ar: ["en"] };

/** A codebook compiled for one language. */
export class Compiled {
  private readonly themes: string[];
  private readonly entries: Entry[] = [];
  /** `=` entries by `w:` their folded word and `s:` their English stem (see `keys`). */
  private readonly exact = new Map<string, Hit[]>();
  /** Word entries, keyed the same way. */
  private readonly plain = new Map<string, Hit[]>();
  /** Forms only a `word` entry takes (also under spelling slips). */
  private readonly slipWords: string[] = [];
  private readonly slipHits: Hit[][] = [];
  private readonly slips = new FuzzyIndex();
  private readonly prefixes = new Map<string, Hit[]>();
  private readonly prefixSlips = new FuzzyIndex();
  private readonly prefixList: string[] = [];
  private readonly prefixLengths = new Set<number>();
  private readonly memory = new Map<string, Hit[]>();

  constructor(
    codebook: readonly ThemeDef[],
    readonly language: string,
  ) {
    this.themes = codebook.map((theme) => theme.id);
    codebook.forEach((theme, t) => {
      const list = [language, ...(alongside[language] ?? []), "*"].flatMap(
        (lang) => theme.words?.[lang] ?? [],
      );
      for (const raw of list) {
        const parts = parse(raw);
        if (parts.length === 0 || parts.length > 8) continue;
        const e = this.entries.length;
        this.entries.push({ theme: t, parts });
        parts.forEach((part, p) => {
          this.index(part, e * 8 + p);
        });
      }
    });
  }

  private index(part: Part, hit: Hit) {
    if (part.kind === "prefix") {
      if (!part.text) return;
      add(this.prefixes, part.text, hit);
      this.prefixLengths.add(part.text.length);
      if (part.text.length >= PREFIX_SLIP_FROM) {
        this.prefixSlips.add(part.text, this.prefixList.length);
        this.prefixList.push(part.text);
      }
      return;
    }
    const map = part.kind === "exact" ? this.exact : this.plain;
    add(map, `w:${part.text}`, hit);
    // The stem of a short word says little ("pass" and "pa", "class" and "cla" share one), so
    // a word of three letters or fewer is met only as written.
    if (part.text.length >= STEM_FROM && isEnglish(part.text, this.language))
      add(map, `s:${englishStem(part.text)}`, hit);
    if (part.kind === "word" && part.text.length >= SLIP_FROM) {
      this.slips.add(part.text, this.slipWords.length);
      this.slipWords.push(part.text);
      this.slipHits.push([hit]);
    }
  }

  /** The hits of one folded word, remembered. */
  hits(folded: string): Hit[] {
    const known = this.memory.get(folded);
    if (known) return known;
    const found = new Set<Hit>();
    // `=` entries meet the word itself and its English stem; the others every form too.
    const forms = formsOf(folded, this.language);
    const english = isEnglish(folded, this.language);
    const stem = english && folded.length >= STEM_FROM ? `s:${forms[1] ?? folded}` : "";
    for (const key of [`w:${folded}`, stem])
      for (const hit of this.exact.get(key) ?? []) found.add(hit);
    for (const hit of this.plain.get(stem) ?? []) found.add(hit);
    for (const form of english ? [folded] : forms)
      for (const hit of this.plain.get(`w:${form}`) ?? []) found.add(hit);
    for (const form of forms) {
      for (const length of this.prefixLengths) {
        if (length > form.length) continue;
        for (const hit of this.prefixes.get(form.slice(0, length)) ?? []) found.add(hit);
      }
    }
    if (found.size === 0 && folded.length >= SLIP_FROM && !NOT_SLIPS.has(folded)) {
      this.slipped(folded, found);
    }
    const hits = [...found];
    if (this.memory.size >= REMEMBERED) this.memory.clear();
    this.memory.set(folded, hits);
    return hits;
  }

  /** Hits a word gets through one slip of spelling: a word entry, or a prefix's start. */
  private slipped(word: string, found: Set<Hit>) {
    const ids = new Set<number>();
    this.slips.candidates(word, ids);
    for (const id of ids) {
      if (withinOneEdit(word, this.slipWords[id]!))
        for (const hit of this.slipHits[id]!) found.add(hit);
    }
    // A prefix with a slip: the word's start of the prefix's length, or one letter more or less.
    for (const length of this.prefixLengths) {
      if (length < PREFIX_SLIP_FROM) continue;
      for (const take of [length - 1, length, length + 1]) {
        if (take > word.length) continue;
        const start = word.slice(0, take);
        const candidates = new Set<number>();
        this.prefixSlips.candidates(start, candidates);
        for (const id of candidates) {
          const prefix = this.prefixList[id]!;
          if (prefix.length === length && withinOneEdit(start, prefix))
            for (const hit of this.prefixes.get(prefix) ?? []) found.add(hit);
        }
      }
    }
  }

  /** The themes of a text, each with the words (as written) that put it there. */
  match(text: string): { id: string; words: string[] }[] {
    const list = words(text);
    const hitsOf = list.map((word) => this.hits(word.folded));
    const found = new Map<number, Set<string>>();
    list.forEach((word, i) => {
      for (const hit of hitsOf[i]!) {
        if ((hit & 7) !== 0) continue;
        const entry = this.entries[hit >> 3]!;
        const last = i + entry.parts.length - 1;
        if (last >= list.length) continue;
        let whole = true;
        for (let p = 1; p < entry.parts.length && whole; p++)
          whole = hitsOf[i + p]!.includes((hit & ~7) | p);
        if (!whole) continue;
        const said = text.slice(word.start, list[last]!.end);
        const set = found.get(entry.theme) ?? new Set<string>();
        set.add(said);
        found.set(entry.theme, set);
      }
    });
    return [...found.entries()]
      .sort(([a], [b]) => a - b)
      .map(([t, said]) => ({ id: this.themes[t]!, words: [...said] }));
  }
}

function add(map: Map<string, Hit[]>, key: string, hit: Hit) {
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.includes(hit)) list.push(hit);
}

/** Languages with words of their own in the built-in codebook; others are read as English. */
export const THEME_LANGUAGES = ["en", "pl", "ar"] as const;

const compiled = new WeakMap<readonly ThemeDef[], Map<string, Compiled>>();

/** The compiled codebook for a language, built on first use and kept with the codebook. */
export function compiledFor(codebook: readonly ThemeDef[], language: string): Compiled {
  const lang = primary(language);
  const reads = (THEME_LANGUAGES as readonly string[]).includes(lang) ? lang : "en";
  let byLanguage = compiled.get(codebook);
  if (!byLanguage) {
    byLanguage = new Map();
    compiled.set(codebook, byLanguage);
  }
  let one = byLanguage.get(reads);
  if (!one) {
    one = new Compiled(codebook, reads);
    byLanguage.set(reads, one);
  }
  return one;
}
