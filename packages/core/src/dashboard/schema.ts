/** The studio dashboard's shape, shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { Distribution } from "../distribution/schema.js";
import { Text } from "../survey/base.js";
import { Wave } from "../wave/schema.js";

/** One code a survey was handed out under, with how many responses came through it. */
export const CodeCount = v.object({
  distributionId: v.string(),
  ...v.pick(Distribution, [
    "code",
    "label",
    "cohort",
    "ageBand",
    "opensAt",
    "closesAt",
    "closed",
    "createdAt",
  ]).entries,
  responses: v.number(),
});
export type CodeCount = v.InferOutput<typeof CodeCount>;

/** A wave that has this survey's answers in it, or is set on one of its codes. */
export const WaveCount = v.object({
  ...v.pick(Wave, ["id", "label", "code", "from", "to"]).entries,
  responses: v.number(),
});
export type WaveCount = v.InferOutput<typeof WaveCount>;

/**
 * A survey as the studio's list shows it: how a hand-out is going. Counts are exact: they are
 * the officer's own operational numbers, not a report (see docs/reports.md, "Officer counts").
 */
export const SurveyDashboard = v.object({
  id: v.string(),
  staffName: v.string(),
  title: Text,
  defaultLanguage: v.string(),
  status: v.picklist(["draft", "published", "archived"]),
  publishedVersion: v.number(),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  /** Every response, including those still waiting to be counted into reports. */
  responses: v.number(),
  /** The first and last day (UTC, `YYYY-MM-DD`) a response came in, when any has. */
  firstDay: v.optional(v.string()),
  lastDay: v.optional(v.string()),
  /** Responses whose code is not among `codes` (none today; kept so totals always add up). */
  otherResponses: v.number(),
  /** Newest first. */
  codes: v.array(CodeCount),
  waves: v.array(WaveCount),
});
export type SurveyDashboard = v.InferOutput<typeof SurveyDashboard>;
