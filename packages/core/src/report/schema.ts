/** Report shapes shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { Text } from "../survey/schema.js";

/** One answer option's count; `count` is null when it is hidden to protect small groups. */
export const ReportRow = v.object({
  value: v.union([v.string(), v.number()]),
  label: Text,
  count: v.nullable(v.number()),
  /** Per cent (0 to 100, one decimal) worked out from the rounded numbers. */
  share: v.optional(v.nullable(v.number())),
});
export type ReportRow = v.InferOutput<typeof ReportRow>;

export const QuestionReport = v.object({
  questionId: v.string(),
  type: v.string(),
  prompt: Text,
  /** How many responses answered this question (null when fewer than the threshold). */
  answered: v.nullable(v.number()),
  rows: v.array(ReportRow),
  small: v.optional(v.boolean()),
  mean: v.optional(v.nullable(v.number())),
});
export type QuestionReport = v.InferOutput<typeof QuestionReport>;

export const SurveySummary = v.object({
  id: v.string(),
  title: Text,
  defaultLanguage: v.string(),
  code: v.nullable(v.string()),
  status: v.picklist(["draft", "published", "archived"]),
  version: v.number(),
  responseCount: v.number(),
});
export type SurveySummary = v.InferOutput<typeof SurveySummary>;

/*
 * Issue 11's report (see /work/notes/reports-contract.md). The fields below are optional only
 * until the report read is rebuilt on the aggregates; then they are always present.
 */

/** A controlled count: null is "fewer than 8"; otherwise 0 or a multiple of 5 of at least 10. */
export const Count = v.nullable(v.number());

export const ReportFilters = v.object({
  band: v.optional(v.string()),
  cohort: v.optional(v.string()),
  code: v.optional(v.string()),
  language: v.optional(v.string()),
  wave: v.optional(v.string()),
  from: v.optional(v.string()),
  to: v.optional(v.string()),
  by: v.optional(v.picklist(["band", "cohort", "code", "language", "wave"])),
});
export type ReportFilters = v.InferOutput<typeof ReportFilters>;

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
  rule: v.optional(DisclosureRule),
  filters: v.optional(ReportFilters),
  options: v.optional(FilterOptions),
  base: v.optional(Count),
  small: v.optional(v.boolean()),
  groups: v.optional(v.nullable(v.object({ by: v.string(), groups: v.array(GroupReport) }))),
  themes: v.optional(v.array(ThemeReport)),
  trend: v.optional(TrendReport),
});
export type SurveyReport = v.InferOutput<typeof SurveyReport>;
