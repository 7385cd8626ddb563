/** Report shapes shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { Text } from "../survey/schema.js";

/** One answer option's count; `count` is null when it is hidden to protect small groups. */
export const ReportRow = v.object({
  value: v.union([v.string(), v.number()]),
  label: Text,
  count: v.nullable(v.number()),
});
export type ReportRow = v.InferOutput<typeof ReportRow>;

export const QuestionReport = v.object({
  questionId: v.string(),
  type: v.string(),
  prompt: Text,
  /** How many responses answered this question (null when fewer than the threshold). */
  answered: v.nullable(v.number()),
  rows: v.array(ReportRow),
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

export const SurveyReport = v.object({
  survey: SurveySummary,
  /** Groups smaller than this are shown as "fewer than N". */
  threshold: v.number(),
  questions: v.array(QuestionReport),
});
export type SurveyReport = v.InferOutput<typeof SurveyReport>;
