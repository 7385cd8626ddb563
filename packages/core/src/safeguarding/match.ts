/**
 * The matching engine: a lexicon compiled into indexes of stems, then run over a text's words.
 * Deterministic and linear in the text: each word is looked up (its prefixes, its substrings for
 * `*x*` stems, its one-edit neighbours), and each rule's slots are fitted into a window by one
 * sweep. Nothing here knows a language; the lexicon files say everything.
 */
import { FuzzyIndex, withinOneEdit } from "./fuzzy.js";
import { fold, type Normaliser, normaliser, type Token, tokenise } from "./normalise.js";
import type { Category, Idiom, Lexicon, Match, Rule, Severity, Slot } from "./types.js";

/**
 * Misspellings are forgiven in stems this long or longer: shorter words have too many neighbours
 * ("hurt" is one edit from "hunt", "shout" from "shoul|d"); their misspellings are listed instead.
 */
const FUZZY_PREFIX = 6;
const FUZZY_WORD = 6;
const DEFAULT_WITHIN = 6;
const CACHE_LIMIT = 20_000;
/** Longer "words" (a pasted link, a key held down) are matched but not remembered. */
const CACHE_WORD = 40;

type Kind = "word" | "prefix" | "infix";
/** One alternative of a slot: the stems of its consecutive words, and the slots it fills. */
interface Alt {
  stems: number[];
  uses: { rule: number; slot: number }[];
}
interface Compiled {
  category: Category;
  severity: Severity;
  slots: number;
  within: number;
  ordered: boolean;
  idiom: boolean;
}
/** Where one slot was filled: tokens `first` to `last`. */
interface Fill {
  first: number;
  last: number;
}

export type MatcherSpec = Pick<Lexicon, "expansions" | "clitics" | "fuzzyTail"> & {
  rules: readonly Rule[];
  idioms?: readonly Idiom[];
};

export class Matcher {
  readonly normaliser: Normaliser;
  private readonly stems: { text: string; kind: Kind }[] = [];
  private readonly stemIds = new Map<string, number>();
  private readonly words = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly infixes = new Map<string, number[]>();
  private readonly prefixLengths: number[];
  private readonly infixLengths: number[];
  private readonly fuzzyWords = new FuzzyIndex();
  private readonly fuzzyPrefixes = new FuzzyIndex();
  private readonly fuzzyTail: (tail: string) => boolean;
  private readonly alts: Alt[] = [];
  private readonly altIds = new Map<string, number>();
  private readonly altsByFirst = new Map<number, number[]>();
  private readonly rules: Compiled[] = [];
  private readonly cache = new Map<string, number[]>();

  constructor(spec: MatcherSpec) {
    this.normaliser = normaliser(spec.expansions, spec.clitics);
    const { fuzzyTail } = spec;
    const endings = typeof fuzzyTail === "number" ? undefined : new Set(fuzzyTail.map(fold));
    this.fuzzyTail = (tail) => endings?.has(tail) ?? tail.length <= (fuzzyTail as number);
    // Idioms are rules that match first and whose words then fill no other slot.
    for (const { all, within, ordered } of spec.idioms ?? []) {
      const idiom = { category: "harm", severity: "concern", idiom: true } as const;
      this.addRule(
        { ...idiom, slots: all.length, within: within ?? all.length, ordered: ordered ?? true },
        all,
      );
    }
    for (const { category, severity, all, within, ordered } of spec.rules) {
      const rule = { category, severity, idiom: false, slots: all.length };
      this.addRule({ ...rule, within: within ?? DEFAULT_WITHIN, ordered: ordered ?? false }, all);
    }
    const lengths = (map: Map<string, unknown>) =>
      [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.prefixLengths = lengths(this.prefixes);
    this.infixLengths = lengths(this.infixes);
  }

  /** The text's words, normalised as this lexicon says. */
  tokenise(text: string): Token[] {
    return tokenise(text, this.normaliser);
  }

  /** Every place the text matches a rule, idioms taken out first. */
  find(text: string, tokens: Token[]): Match[] {
    const stemsAt = tokens.map((t) =>
      t.forms.length === 1 ? this.stemsOf(t.forms[0]!) : t.forms.flatMap((f) => this.stemsOf(f)),
    );
    // Where each alternative is found: a word can stand in many rules, and is looked at once.
    const seen = new Map<number, Fill[]>();
    for (let i = 0; i < tokens.length; i++) {
      for (const stem of stemsAt[i]!) {
        for (const altId of this.altsByFirst.get(stem) ?? []) {
          const stems = this.alts[altId]!.stems;
          let whole = true;
          for (let k = 1; k < stems.length && whole; k++) {
            whole = stemsAt[i + k]?.includes(stems[k]!) ?? false;
          }
          if (!whole) continue;
          const fill = { first: i, last: i + stems.length - 1 };
          const list = seen.get(altId);
          if (list) list.push(fill);
          else seen.set(altId, [fill]);
        }
      }
    }
    // The alternatives found for each slot of each rule that has any…
    const hits = new Map<number, number[][]>();
    for (const altId of seen.keys()) {
      for (const { rule, slot } of this.alts[altId]!.uses) {
        let slots = hits.get(rule);
        if (!slots) {
          slots = [];
          for (let k = this.rules[rule]!.slots; k > 0; k--) slots.push([]);
          hits.set(rule, slots);
        }
        slots[slot]!.push(altId);
      }
    }
    // …and, for rules with every slot filled somewhere, the fills of each slot (by alternative).
    const fills = new Map<number, Fill[][][]>();
    for (const [rule, slots] of hits) {
      if (slots.some((alts) => alts.length === 0)) continue;
      fills.set(
        rule,
        slots.map((alts) => alts.map((a) => seen.get(a)!)),
      );
    }

    // Idioms first: the words of "this game is killing me" fill no slot of any rule.
    const idle = new Uint8Array(tokens.length);
    for (const [ruleId, slots] of fills) {
      const rule = this.rules[ruleId]!;
      if (!rule.idiom) continue;
      for (const [first, last] of windows(slots, rule, idle)) idle.fill(1, first, last + 1);
    }

    const found: Match[] = [];
    for (const [ruleId, slots] of fills) {
      const rule = this.rules[ruleId]!;
      if (rule.idiom) continue;
      for (const [first, last] of windows(slots, rule, idle)) {
        const at: [number, number] = [tokens[first]!.start, tokens[last]!.end];
        found.push({ phrase: "", category: rule.category, severity: rule.severity, at });
      }
    }
    return merge(found, text);
  }

  private addRule(rule: Compiled, all: readonly Slot[]) {
    const ruleId = this.rules.push(rule) - 1;
    all.forEach((slot, slotIndex) => {
      for (const alternative of slot.split("|")) {
        const stems = this.stemsOfAlternative(alternative);
        if (stems.length === 0) continue;
        const key = stems.join(" ");
        let altId = this.altIds.get(key);
        if (altId === undefined) {
          altId = this.alts.push({ stems, uses: [] }) - 1;
          this.altIds.set(key, altId);
          const list = this.altsByFirst.get(stems[0]!) ?? [];
          list.push(altId);
          this.altsByFirst.set(stems[0]!, list);
        }
        const uses = this.alts[altId]!.uses;
        if (!uses.some((u) => u.rule === ruleId && u.slot === slotIndex)) {
          uses.push({ rule: ruleId, slot: slotIndex });
        }
      }
    });
  }

  /** The stem ids of an alternative's words: `hit*`, `*ضرب*`, or whole words (expanded). */
  private stemsOfAlternative(alternative: string): number[] {
    const ids: number[] = [];
    for (const glob of alternative.split(/\s+/).filter(Boolean)) {
      // `*x*` (or `*x`) is matched anywhere inside a word, `x*` at its start, `=x` exactly,
      // without the spelling tolerance ("shotting" must not catch "shouting").
      const infix = glob.length > 1 && glob.startsWith("*");
      const prefix = !infix && glob.length > 1 && glob.endsWith("*");
      const strict = glob.startsWith("=");
      const bare = fold(glob.replace(/^[*=]|\*$/g, ""));
      const expanded = infix ? undefined : this.normaliser.expansions.get(bare);
      if (expanded) for (const forms of expanded) ids.push(this.stem(forms[0]!, "word", true));
      else if (bare)
        ids.push(this.stem(bare, infix ? "infix" : prefix ? "prefix" : "word", strict));
    }
    return ids;
  }

  private stem(text: string, kind: Kind, strict = false): number {
    const key = `${kind}${strict ? "=" : ""} ${text}`;
    const known = this.stemIds.get(key);
    if (known !== undefined) return known;
    const id = this.stems.push({ text, kind }) - 1;
    this.stemIds.set(key, id);
    const map = kind === "word" ? this.words : kind === "prefix" ? this.prefixes : this.infixes;
    map.set(text, [...(map.get(text) ?? []), id]);
    if (strict) return id;
    if (kind === "word" && text.length >= FUZZY_WORD) this.fuzzyWords.add(text, id);
    if (kind === "prefix" && text.length >= FUZZY_PREFIX) this.fuzzyPrefixes.add(text, id);
    return id;
  }

  /** The stems one normalised word matches, remembered: children reuse their words. */
  private stemsOf(form: string): number[] {
    const cached = this.cache.get(form);
    if (cached) return cached;
    const ids = new Set<number>(this.words.get(form));
    for (const n of this.prefixLengths) {
      if (n > form.length) break;
      for (const id of this.prefixes.get(form.slice(0, n)) ?? []) ids.add(id);
    }
    for (const n of this.infixLengths) {
      for (let i = 0; i + n <= form.length; i++) {
        for (const id of this.infixes.get(form.slice(i, i + n)) ?? []) ids.add(id);
      }
    }
    if (form.length >= FUZZY_WORD - 1 && form.length <= this.fuzzyWords.longest + 1) {
      const near = new Set<number>();
      this.fuzzyWords.candidates(form, near);
      for (const id of near) if (withinOneEdit(this.stems[id]!.text, form)) ids.add(id);
    }
    if (this.fuzzyPrefixes.size && form.length >= FUZZY_PREFIX - 1) {
      // A misspelt stem, then an ending: each place the ending could start is tried once.
      const last = Math.min(form.length, this.fuzzyPrefixes.longest + 1);
      for (let cut = FUZZY_PREFIX - 1; cut <= last; cut++) {
        if (!this.fuzzyTail(form.slice(cut))) continue;
        const head = form.slice(0, cut);
        const near = new Set<number>();
        this.fuzzyPrefixes.candidates(head, near);
        for (const id of near) if (withinOneEdit(this.stems[id]!.text, head)) ids.add(id);
      }
    }
    const list = [...ids];
    if (form.length > CACHE_WORD) return list;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(form, list);
    return list;
  }
}

/**
 * One match for each stretch of text and category: matches of a category that overlap are joined
 * ("dad hiiits" and "hiiits me" → "dad hiiits me"), keeping the higher severity.
 */
function merge(found: Match[], text: string): Match[] {
  found.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  const open = new Map<string, Match>();
  const out: Match[] = [];
  for (const m of found) {
    const last = open.get(m.category);
    if (last && m.at[0] < last.at[1]) {
      last.at[1] = Math.max(last.at[1], m.at[1]);
      if (m.severity === "urgent") last.severity = "urgent";
      continue;
    }
    open.set(m.category, m);
    out.push(m);
  }
  for (const m of out) m.phrase = text.slice(m.at[0], m.at[1]);
  return out;
}

const byPlace = (a: Fill, b: Fill) => a.first - b.first || a.last - b.last;

/**
 * The token ranges where a rule's slots all fit, none overlapping the one before, using no word
 * an idiom took. Only fills near a fill of the rarest slot can be in a window, so only those are
 * sorted and swept: a common word ("me", "the") in a long text costs little.
 */
function windows(slots: Fill[][][], rule: Compiled, idle: Uint8Array): [number, number][] {
  const size = (lists: Fill[][]) => lists.reduce((n, list) => n + list.length, 0);
  let rarest = slots[0]!;
  for (const lists of slots) if (size(lists) < size(rarest)) rarest = lists;
  const near = new Uint8Array(idle.length);
  for (const list of rarest) {
    for (const f of list)
      near.fill(1, Math.max(0, f.first - rule.within + 1), f.last + rule.within);
  }
  const nearby = slots.map((lists) => {
    const out: Fill[] = [];
    for (const list of lists) {
      for (const f of list) {
        if (!near[f.first] || !near[f.last]) continue;
        let free = true;
        for (let i = f.first; i <= f.last && free; i++) free = !idle[i];
        if (free) out.push(f);
      }
    }
    return out.sort(byPlace);
  });
  return rule.ordered ? ordered(nearby, rule.within) : unordered(nearby, rule.within);
}

/** Slots in the order written: from each first fill, the earliest next fill of each slot. */
function ordered(slots: Fill[][], within: number): [number, number][] {
  const out: [number, number][] = [];
  let lastEnd = -1;
  for (const start of slots[0]!) {
    if (start.first <= lastEnd) continue;
    let end: number | undefined = start.last;
    for (let s = 1; s < slots.length && end !== undefined; s++)
      end = nextAfter(slots[s]!, end)?.last;
    if (end !== undefined && end - start.first < within) {
      out.push([start.first, end]);
      lastEnd = end;
    }
  }
  return out;
}

/** The first fill (of a list in text order) that starts after token `after`. */
function nextAfter(list: Fill[], after: number): Fill | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first > after) hi = mid;
    else lo = mid + 1;
  }
  return list[lo];
}

/** Slots in any order: the smallest windows holding a fill of every slot, by one sweep. */
function unordered(slots: Fill[][], within: number): [number, number][] {
  const events = slots
    .flatMap((list, slot) => list.map((f) => ({ first: f.first, last: f.last, slot })))
    .sort(byPlace);
  const count = new Array<number>(slots.length).fill(0);
  const out: [number, number][] = [];
  let covered = 0;
  let left = 0;
  let lastEnd = -1;
  for (let right = 0; right < events.length; right++) {
    if (count[events[right]!.slot]!++ === 0) covered++;
    while (covered === slots.length) {
      const l = events[left]!;
      if (count[l.slot] === 1) {
        // The smallest window ending here: does it fit, and is it clear of the last match?
        let end = 0;
        for (let j = left; j <= right; j++) end = Math.max(end, events[j]!.last);
        if (end - l.first < within && l.first > lastEnd) {
          out.push([l.first, end]);
          lastEnd = end;
        }
        covered--;
      }
      count[l.slot]!--;
      left++;
    }
  }
  return out;
}
