/**
 * A survey's report numbers, exact and small: every response folded into the cell of the day,
 * age band, cohort, code (distribution) and language it came from. A report filters and breaks
 * down by adding cells together, so what it reads grows with the cells a survey has filled,
 * not with its responses. Pure: storage is in `index.ts`, disclosure control in `report/`.
 *
 * Wave is not a dimension: a wave is a named period set on a code or dates, so a cell's wave
 * follows from its code and day when a report is read, and naming a wave needs no rebuild.
 */
import { HOUSES } from "../survey/parts.js";
import type { AnswerValue } from "../survey/schema.js";

/** Where a response falls. Missing values are stored as "" (e.g. no age band asked). */
export interface Where {
  /** The UTC day it was submitted on (YYYY-MM-DD). */
  day: string;
  band: string;
  cohort: string;
  /** The distribution (code) it came through. */
  dist: string;
  lang: string;
}

/** One answer slot's numbers in a cell: a question, or one of the three houses (`id.house`). */
export interface SlotCell {
  /** How many answered it. */
  a: number;
  /** Per value: a face, option id, yes/no, scale point, `preferNot`. */
  v?: Record<string, number>;
  /** Sum of numeric answers (faces, scale), for a mean; `preferNot` is not in it. */
  s?: number;
  /** How many numeric answers `s` adds up. */
  m?: number;
  /** Words: per theme id, how many answers it was found in. */
  t?: Record<string, number>;
  /** Words: how many answers fitted no theme. */
  u?: number;
  /** Words that fitted no theme: per key phrase, how many such answers had it ("emerging"). */
  p?: Record<string, number>;
}

export interface Cell {
  /** Responses. */
  n: number;
  q: Record<string, SlotCell>;
}

/** Cells by `keyOf(where)`. */
export type Cells = Record<string, Cell>;

const SEP = "|";

export const keyOf = (w: Where) => [w.day, w.band, w.cohort, w.dist, w.lang].join(SEP);

export function whereOf(key: string): Where {
  const [day = "", band = "", cohort = "", dist = "", lang = ""] = key.split(SEP);
  return { day, band, cohort, dist, lang };
}

/** The month a cell is stored under (`YYYY-MM`). */
export const monthOf = (key: string) => key.slice(0, 7);

/** What the theme matcher says of one piece of free text (see `theme/`). */
export interface Themed {
  themes: string[];
  /** Key phrases, read only when no theme fitted. */
  phrases: string[];
}
export type Themer = (text: string, language: string) => Themed;

/** The part of a stored response a fold reads. */
export interface Foldable {
  language: string;
  ageBand?: string;
  cohort?: string;
  distributionId?: string;
  submittedOn: string;
  answers: Record<string, AnswerValue>;
}

/** At most this many key phrases are kept from one answer. */
const PHRASES_PER_ANSWER = 5;

/**
 * One response as a cell of its own: what folding it adds. `text` names the questions that take
 * free text (from the survey's definitions), so a one-word answer such as "football" is read as
 * words, not as an option id.
 */
export function contribution(
  response: Foldable,
  text: ReadonlySet<string>,
  themer: Themer,
): { key: string; cell: Cell } {
  const key = keyOf({
    day: response.submittedOn,
    band: response.ageBand ?? "",
    cohort: response.cohort ?? "",
    dist: response.distributionId ?? "",
    lang: response.language,
  });
  const q: Record<string, SlotCell> = {};
  for (const [questionId, value] of Object.entries(response.answers)) {
    if (typeof value === "number") {
      q[questionId] = { a: 1, v: { [value]: 1 }, s: value, m: 1 };
    } else if (Array.isArray(value)) {
      q[questionId] = { a: 1, v: Object.fromEntries([...new Set(value)].map((id) => [id, 1])) };
    } else if (typeof value === "object") {
      // The three houses: each house's words are a slot; the question counts who wrote at all.
      q[questionId] = { a: 1 };
      for (const house of HOUSES) {
        const words = value[house];
        if (words?.trim())
          q[`${questionId}.${house}`] = wordsCell(words, response.language, themer);
      }
    } else if (value === "preferNot" || !text.has(questionId)) {
      q[questionId] = { a: 1, v: { [value]: 1 } };
    } else if (value.trim()) {
      q[questionId] = wordsCell(value, response.language, themer);
    }
  }
  return { key, cell: { n: 1, q } };
}

function wordsCell(text: string, language: string, themer: Themer): SlotCell {
  const { themes, phrases } = themer(text, language);
  if (themes.length > 0) return { a: 1, t: Object.fromEntries(themes.map((id) => [id, 1])) };
  const kept = [...new Set(phrases)].slice(0, PHRASES_PER_ANSWER);
  return { a: 1, u: 1, ...(kept.length ? { p: Object.fromEntries(kept.map((p) => [p, 1])) } : {}) };
}

function addCounts(into: Record<string, number>, from: Record<string, number>, sign: number) {
  for (const [k, n] of Object.entries(from)) {
    const total = (into[k] ?? 0) + sign * n;
    if (total === 0) delete into[k];
    else into[k] = total;
  }
}

function addSlot(into: SlotCell, from: SlotCell, sign: number) {
  into.a += sign * from.a;
  for (const field of ["v", "t", "p"] as const) {
    const counts = from[field];
    if (!counts) continue;
    const target = into[field] ?? {};
    into[field] = target;
    addCounts(target, counts, sign);
    if (Object.keys(target).length === 0) delete into[field];
  }
  for (const field of ["s", "m", "u"] as const) {
    const n = from[field];
    if (n === undefined) continue;
    const total = (into[field] ?? 0) + sign * n;
    if (total === 0) delete into[field];
    else into[field] = total;
  }
}

/**
 * Adds a cell (sign 1) or takes it away (sign -1, e.g. an officer moving an answer to another
 * theme takes its old contribution away and adds the new one). Empty cells are removed, so two
 * ways of reaching the same numbers give equal `Cells`.
 */
export function add(into: Cells, key: string, cell: Cell, sign: 1 | -1 = 1): Cells {
  const target = into[key] ?? { n: 0, q: {} };
  into[key] = target;
  target.n += sign * cell.n;
  for (const [slot, numbers] of Object.entries(cell.q)) {
    const slotTarget = target.q[slot] ?? { a: 0 };
    target.q[slot] = slotTarget;
    addSlot(slotTarget, numbers, sign);
    if (slotTarget.a === 0 && Object.keys(slotTarget).length === 1) delete target.q[slot];
  }
  if (target.n === 0 && Object.keys(target.q).length === 0) delete into[key];
  return into;
}

/** Adds every cell of `from` into `into`. */
export function merge(into: Cells, from: Cells, sign: 1 | -1 = 1): Cells {
  for (const [key, cell] of Object.entries(from)) add(into, key, cell, sign);
  return into;
}

/** Adds together the cells `keep` accepts (a filter), as one cell. */
export function total(cells: Cells, keep: (where: Where) => boolean = () => true): Cell {
  const sum: Cells = {};
  for (const [key, cell] of Object.entries(cells)) {
    if (keep(whereOf(key))) add(sum, "all", cell);
  }
  return sum.all ?? { n: 0, q: {} };
}
