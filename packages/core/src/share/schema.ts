/** Share links' shapes, shared by the API and the web app (valibot only). */
import * as v from "valibot";
import { ReportFilters, ReportQuery, SurveyReport, SurveySummary } from "../report/schema.js";

/** The most days a link can stay open: a quarter, long enough for a panel's cycle. */
export const MAX_SHARE_DAYS = 90;

export const ShareId = v.pipe(
  v.string(),
  v.regex(/^shr_[A-Za-z0-9]{8,32}$/, "A share id is shr_ and 8 to 32 letters or digits."),
);

/**
 * A new link: one survey's report (with filters), or the story of place. `id` is made by the
 * browser, so a retry of the same request gives back the same link instead of a second one.
 */
export const ShareCreate = v.pipe(
  v.strictObject({
    id: ShareId,
    surveyId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
    place: v.optional(v.literal(true)),
    filters: v.optional(ReportQuery),
    days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SHARE_DAYS)),
    /** Who it is for, so leaders can tell their links apart ("Corporate parenting panel"). */
    label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  }),
  v.check(
    (body) => (body.surveyId === undefined) !== (body.place === undefined),
    "Share either one survey's report (surveyId) or the story of place (place: true).",
  ),
);
export type ShareCreate = v.InferOutput<typeof ShareCreate>;

/** A link as leaders list it: never its token, which is shown once, when it is made. */
export const ShareView = v.object({
  id: v.string(),
  kind: v.picklist(["survey", "place"]),
  surveyId: v.nullable(v.string()),
  filters: ReportFilters,
  label: v.string(),
  createdAt: v.string(),
  createdBy: v.string(),
  expiresAt: v.string(),
  revokedAt: v.nullable(v.string()),
  status: v.picklist(["open", "expired", "revoked"]),
});
export type ShareView = v.InferOutput<typeof ShareView>;

export const ShareCreated = v.object({
  ...ShareView.entries,
  /** The secret part of the link; only in this answer. */
  token: v.string(),
  /** The whole link to send, `/share/<token>` on this site. */
  url: v.string(),
});
export type ShareCreated = v.InferOutput<typeof ShareCreated>;

export const ShareList = v.object({ shares: v.array(ShareView) });

/** The survey as an outsider sees it: no access code, no exact number of responses. */
export const SharedSurvey = v.object({
  id: v.string(),
  title: SurveySummary.entries.title,
  defaultLanguage: v.string(),
});

/** A report opened through a link: controlled counts, approved quotes at most. */
export const SharedReport = v.object({
  ...v.omit(SurveyReport, ["options"]).entries,
  survey: SharedSurvey,
});
export type SharedReport = v.InferOutput<typeof SharedReport>;
