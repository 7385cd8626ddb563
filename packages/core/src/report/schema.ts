/** Report shapes shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { Cohort } from "../distribution/schema.js";
import { AgeBand, LanguageCode, Text } from "../survey/base.js";
import { Day, TypedCode, WaveId } from "../wave/schema.js";

/** A controlled count: null is "fewer than 8"; otherwise 0 or a multiple of 5 of at least 10. */
export const Count = v.nullable(v.number());

/** One answer option's count; `count` is null when it is hidden to protect small groups. */
export const ReportRow = v.object({
  value: v.union([v.string(), v.number()]),
  label: Text,
  count: Count,
  /** Per cent (0 to 100, one decimal) worked out from the rounded numbers. */
  share: v.nullable(v.number()),
});
export type ReportRow = v.InferOutput<typeof ReportRow>;

export const QuestionReport = v.object({
  questionId: v.string(),
  type: v.string(),
  prompt: Text,
  /** How many responses answered this question, controlled. */
  answered: Count,
  rows: v.array(ReportRow),
  /** Fewer than 30 answered (once rounded), or hidden. */
  small: v.boolean(),
  /** Faces and scales only; null when fewer than 8 gave a number. */
  mean: v.nullable(v.number()),
});
export type QuestionReport = v.InferOutput<typeof QuestionReport>;

export const SurveySummary = v.object({
  id: v.string(),
  title: Text,
  /** What staff call the survey; share links leave it out. */
  staffName: v.string(),
  defaultLanguage: v.string(),
  code: v.nullable(v.string()),
  status: v.picklist(["draft", "published", "archived"]),
  version: v.number(),
  responseCount: v.number(),
});
export type SurveySummary = v.InferOutput<typeof SurveySummary>;

/** What a report can be broken down by. */
export const BREAKDOWNS = ["band", "cohort", "code", "language", "wave"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The filters a report applied, normalised (codes in capitals). */
export const ReportFilters = v.object({
  band: v.optional(AgeBand),
  cohort: v.optional(Cohort),
  code: v.optional(v.string()),
  language: v.optional(v.string()),
  wave: v.optional(v.string()),
  /** First and last day (`YYYY-MM-DD`, UTC), both included. */
  from: v.optional(v.string()),
  to: v.optional(v.string()),
  by: v.optional(v.picklist(BREAKDOWNS)),
});
export type ReportFilters = v.InferOutput<typeof ReportFilters>;

/**
 * A report's query string, checked. Unknown names are refused too, so a misspelt filter is
 * an error rather than a report that silently is not filtered.
 */
export const ReportQuery = v.pipe(
  v.strictObject({
    band: v.optional(AgeBand),
    cohort: v.optional(Cohort),
    code: v.optional(TypedCode),
    language: v.optional(LanguageCode),
    wave: v.optional(WaveId),
    from: v.optional(Day),
    to: v.optional(Day),
    by: v.optional(v.picklist(BREAKDOWNS, "Break down by band, cohort, code, language or wave.")),
  }),
  v.check((f) => !f.from || !f.to || f.from <= f.to, "The end date must not be before the start."),
);

export const DisclosureRule = v.object({
  hiddenBelow: v.number(),
  roundTo: v.number(),
  smallBase: v.number(),
  meanBelow: v.number(),
});

export const FilterOptions = v.object({
  bands: v.array(v.string()),
  cohorts: v.array(v.object({ id: v.string(), label: v.string() })),
  codes: v.array(v.object({ code: v.string(), label: v.string() })),
  languages: v.array(v.string()),
  waves: v.array(v.object({ id: v.string(), label: v.string() })),
  firstDay: v.nullable(v.string()),
  lastDay: v.nullable(v.string()),
});

const ShareRow = v.object({
  value: v.union([v.string(), v.number()]),
  count: Count,
  share: v.nullable(v.number()),
});

export const GroupReport = v.object({
  key: v.string(),
  label: v.string(),
  base: Count,
  small: v.boolean(),
  questions: v.array(
    v.object({
      questionId: v.string(),
      answered: Count,
      mean: v.nullable(v.number()),
      rows: v.array(ShareRow),
    }),
  ),
});

export const ThemeReport = v.object({
  id: v.string(),
  label: Text,
  count: Count,
  share: v.nullable(v.number()),
  emerging: v.boolean(),
  words: v.array(v.string()),
  slots: v.array(v.string()),
  quotes: v.array(v.object({ id: v.string(), text: v.string() })),
});
export type ThemeReport = v.InferOutput<typeof ThemeReport>;

export const TrendReport = v.object({
  waves: v.array(v.object({ id: v.string(), label: v.string(), base: Count, small: v.boolean() })),
  questions: v.array(
    v.object({
      questionId: v.string(),
      points: v.array(
        v.object({
          wave: v.string(),
          answered: Count,
          small: v.boolean(),
          mean: v.nullable(v.number()),
          rows: v.array(
            v.object({ value: v.union([v.string(), v.number()]), share: v.nullable(v.number()) }),
          ),
        }),
      ),
    }),
  ),
  themes: v.array(
    v.object({
      id: v.string(),
      points: v.array(
        v.object({
          wave: v.string(),
          count: Count,
          share: v.nullable(v.number()),
          small: v.boolean(),
        }),
      ),
    }),
  ),
});
export type TrendReport = v.InferOutput<typeof TrendReport>;

export const SurveyReport = v.object({
  survey: SurveySummary,
  /** Counts under this are hidden ("fewer than 8"). */
  threshold: v.number(),
  questions: v.array(QuestionReport),
  rule: DisclosureRule,
  filters: ReportFilters,
  options: FilterOptions,
  /** Responses matching the filters. */
  base: Count,
  small: v.boolean(),
  /** The breakdown `filters.by` asked for, or null. */
  groups: v.nullable(v.object({ by: v.picklist(BREAKDOWNS), groups: v.array(GroupReport) })),
  themes: v.array(ThemeReport),
  trend: TrendReport,
});
export type SurveyReport = v.InferOutput<typeof SurveyReport>;
