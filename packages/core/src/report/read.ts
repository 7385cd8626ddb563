/**
 * A survey's report from its cells: filters, the filter bar's options, each question, the
 * breakdown, themes and the trend by wave, every count under the disclosure rule. Pure, so the
 * staff report, share links and the story of place all read numbers the same way.
 */
import { add, type Cell, type Cells, type Where, whereOf } from "../aggregate/cells.js";
import { COHORT_NAMES } from "../distribution/schema.js";
import { LANGUAGES } from "../survey/languages.js";
import { AGE_BANDS, HOUSES, isAsked } from "../survey/parts.js";
import type { Question } from "../survey/schema.js";
import type { ThemeDef } from "../theme/index.js";
import { invalid } from "../util/error.js";
import { inOrder, waveOf } from "../wave/assign.js";
import type { Wave } from "../wave/schema.js";
import { isSmall, MIN_SHOWN, RULE, shown } from "./disclosure.js";
import type { Breakdown, ReportFilters, SurveyReport, SurveySummary } from "./schema.js";
import { isCounted, questionNumbers, questionReport } from "./tally.js";
import { type Approved, themeNumbers, themePoint, themeReports } from "./themes.js";

/** A code the survey was handed out under. */
export interface CodeOf {
  distributionId: string;
  code: string;
  label: string;
}

export interface ReportInput {
  /** As the reader may see it: staff get the exact response count, a share link should not. */
  summary: SurveySummary;
  /** The published version's questions, in order. */
  questions: Question[];
  cells: Cells;
  filters: ReportFilters;
  codes: CodeOf[];
  /** The organisation's waves (`Wave.list`). */
  waves: Wave[];
  /** Built-in and the organisation's own themes, for labels. */
  codebook: readonly ThemeDef[];
  /** Approved quotes (`Quote.approvedFor`). */
  quotes: readonly Approved[];
}

/** A cell with its place and wave worked out once, as every part of the report reads them. */
interface Placed {
  where: Where;
  wave: string | undefined;
  cell: Cell;
}

/** Adds together the cells `keep` accepts, grouped by `keyOf` (one pass, whatever the groups). */
function sumBy(placed: Placed[], keep: (p: Placed) => boolean, keyOf: (p: Placed) => string) {
  const sums: Cells = {};
  for (const p of placed) if (keep(p)) add(sums, keyOf(p), p.cell);
  return sums;
}

const EMPTY: Cell = { n: 0, q: {} };

/** The group key of a cell with nothing recorded for the breakdown's dimension. */
const NONE = "none";

const badFilter = (field: string, message: string) =>
  invalid("report.invalid_filter", message, { nested: { [field]: [message] } });

/** The words slots of a survey: its text questions and each of its three houses. */
export function wordsSlots(questions: readonly Question[]): string[] {
  return questions.flatMap((question) =>
    question.type === "text"
      ? [question.id]
      : question.type === "threeHouses"
        ? HOUSES.map((house) => `${question.id}.${house}`)
        : [],
  );
}

/**
 * The report. Throws `report.invalid_filter` for a code or wave the survey does not have (the
 * shape of every filter is checked before, by `ReportQuery`).
 */
export function fromCells(unordered: ReportInput): SurveyReport {
  // An information screen asks nothing: it is never a question in a report, whoever passes it.
  const input = {
    ...unordered,
    questions: unordered.questions.filter(isAsked),
    waves: inOrder(unordered.waves),
  };
  const { filters, cells } = input;
  const distOf = new Map(input.codes.map((c) => [c.code, c.distributionId]));
  const dist = filters.code === undefined ? undefined : distOf.get(filters.code);
  if (filters.code !== undefined && !dist) {
    throw badFilter("code", "This survey was not handed out under that code.");
  }
  if (filters.wave !== undefined && !input.waves.some((w) => w.id === filters.wave)) {
    throw badFilter("wave", "There is no such wave.");
  }
  const wave = waveOf(input.waves);
  const other = (where: Where) =>
    (filters.band === undefined || where.band === filters.band) &&
    (filters.cohort === undefined || where.cohort === filters.cohort) &&
    (dist === undefined || where.dist === dist) &&
    (filters.language === undefined || where.lang === filters.language) &&
    (filters.from === undefined || where.day >= filters.from) &&
    (filters.to === undefined || where.day <= filters.to);
  const keep = (p: Placed) =>
    other(p.where) && (filters.wave === undefined || p.wave === filters.wave);

  const slots = wordsSlots(input.questions);
  const counted = input.questions.filter(isCounted);
  const placed: Placed[] = Object.entries(cells).map(([key, cell]) => {
    const where = whereOf(key);
    return { where, wave: wave(where), cell };
  });
  const all = sumBy(placed, keep, () => "all").all ?? EMPTY;
  const base = shown(all.n);
  const themes = themeReports(
    themeNumbers(all, slots),
    input.codebook,
    input.quotes,
    input.summary.defaultLanguage,
  );
  const inUse = new Set(placed.map((p) => p.wave));
  const waves = input.waves.filter((w) => inUse.has(w.id));

  return {
    survey: input.summary,
    threshold: MIN_SHOWN,
    rule: { ...RULE },
    filters,
    options: options(placed, input.codes, waves),
    base,
    small: isSmall(base),
    questions: input.questions.map((question) => questionReport(question, all.q[question.id])),
    groups: filters.by ? groups(input, placed.filter(keep), filters.by, counted) : null,
    themes,
    trend: trend(
      placed.filter((p) => p.wave !== undefined && other(p.where)),
      waves,
      counted,
      slots,
      themes.map((theme) => theme.id),
    ),
  };
}

function options(placed: Placed[], codes: CodeOf[], waves: Wave[]): SurveyReport["options"] {
  const seen = { band: new Set<string>(), cohort: new Set<string>(), dist: new Set<string>() };
  const languages = new Set<string>();
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  for (const { where } of placed) {
    seen.band.add(where.band);
    seen.cohort.add(where.cohort);
    seen.dist.add(where.dist);
    if (where.lang) languages.add(where.lang);
    if (!firstDay || where.day < firstDay) firstDay = where.day;
    if (!lastDay || where.day > lastDay) lastDay = where.day;
  }
  return {
    bands: AGE_BANDS.filter((band) => seen.band.has(band)),
    cohorts: Object.entries(COHORT_NAMES)
      .filter(([id]) => seen.cohort.has(id))
      .map(([id, label]) => ({ id, label })),
    codes: codes
      .filter((c) => seen.dist.has(c.distributionId))
      .map(({ code, label }) => ({ code, label }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    languages: [...languages].sort(),
    waves: waves.map(({ id, label }) => ({ id, label })),
    firstDay,
    lastDay,
  };
}

/** Each group's numbers under the breakdown, in a reader's order; cells missing the value last. */
function groups(
  input: ReportInput,
  placed: Placed[],
  by: Breakdown,
  counted: Question[],
): NonNullable<SurveyReport["groups"]> {
  const codeOf = new Map(input.codes.map((c) => [c.distributionId, c]));
  const keyOf: Record<Breakdown, (p: Placed) => string> = {
    band: (p) => p.where.band,
    cohort: (p) => p.where.cohort,
    code: (p) => codeOf.get(p.where.dist)?.code ?? "",
    language: (p) => p.where.lang,
    wave: (p) => p.wave ?? "",
  };
  const buckets = sumBy(
    placed,
    () => true,
    (p) => keyOf[by](p) || NONE,
  );
  const labelOf: Record<Breakdown, (key: string) => string> = {
    band: (key) => (key === NONE ? "Age band not asked" : key),
    cohort: (key) =>
      key === NONE ? "Not recorded" : ((COHORT_NAMES as Record<string, string>)[key] ?? key),
    code: (key) => {
      const found = input.codes.find((c) => c.code === key);
      return key === NONE ? "No code" : found ? `${found.label} (${key})` : key;
    },
    language: (key) => LANGUAGES.find((l) => l.code === key)?.english ?? key,
    wave: (key) =>
      key === NONE ? "Not in a wave" : (input.waves.find((w) => w.id === key)?.label ?? key),
  };
  const rank: Record<Breakdown, (key: string) => number> = {
    band: (key) => (AGE_BANDS as readonly string[]).indexOf(key),
    wave: (key) => input.waves.findIndex((w) => w.id === key),
    cohort: () => 0,
    code: () => 0,
    language: () => 0,
  };
  const ordered = Object.keys(buckets).sort(
    (a, b) =>
      Number(a === NONE) - Number(b === NONE) ||
      rank[by](a) - rank[by](b) ||
      labelOf[by](a).localeCompare(labelOf[by](b)),
  );
  return {
    by,
    groups: ordered.map((key) => {
      const cell = buckets[key]!;
      const base = shown(cell.n);
      return {
        key,
        label: labelOf[by](key),
        base,
        small: isSmall(base),
        questions: counted.map((question) => {
          const { answered, mean, rows } = questionNumbers(question, cell.q[question.id]);
          return {
            questionId: question.id,
            answered,
            mean,
            rows: rows.map(({ value, count, share }) => ({ value, count, share })),
          };
        }),
      };
    }),
  };
}

/**
 * Each question and theme across the waves with answers, under every filter but the wave one.
 * A point is small when its own base is; the change between two points is small when either is.
 */
function trend(
  /** The cells in a wave that every filter but the wave one keeps. */
  placed: Placed[],
  waves: Wave[],
  counted: Question[],
  slots: string[],
  themeIds: string[],
): SurveyReport["trend"] {
  const byWave = sumBy(
    placed,
    () => true,
    (p) => p.wave!,
  );
  const points = waves.map((w) => ({ wave: w, cell: byWave[w.id] ?? EMPTY }));
  const words = points.map(({ wave: w, cell }) => ({
    wave: w,
    numbers: themeNumbers(cell, slots),
  }));
  return {
    waves: points.map(({ wave: w, cell }) => {
      const base = shown(cell.n);
      return { id: w.id, label: w.label, base, small: isSmall(base) };
    }),
    questions: counted.map((question) => ({
      questionId: question.id,
      points: points.map(({ wave: w, cell }) => {
        const { answered, small, mean, rows } = questionNumbers(question, cell.q[question.id]);
        return {
          wave: w.id,
          answered,
          small,
          mean,
          rows: rows.map(({ value, share }) => ({ value, share })),
        };
      }),
    })),
    themes: themeIds.map((id) => ({
      id,
      points: words.map(({ wave: w, numbers }) => ({
        wave: w.id,
        ...themePoint(numbers, id),
        small: isSmall(shown(numbers.written)),
      })),
    })),
  };
}
