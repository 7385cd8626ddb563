/** How long an organisation keeps each kind of record (valibot only, so the web can use it). */
import * as v from "valibot";

const Whole = ({ min, max }: { min: number; max: number }, what: string) =>
  v.pipe(
    v.number(`Give a number of ${what}.`),
    v.integer(`Use a whole number of ${what}.`),
    v.minValue(min, `Use ${min} to ${max} ${what}.`),
    v.maxValue(max, `Use ${min} to ${max} ${what}.`),
  );

/**
 * The limits a council may choose between. The lower ends keep a year of answers for the annual
 * report and a year of audit for a complaint; the upper ends are the longest a council's own
 * retention schedule is likely to ask for (alerts as children's casework, up to 25 years). AWS's
 * TTL backstop is set from the upper ends (see `backstop.ts`), so they are the most any council
 * can keep.
 */
export const RETENTION_LIMITS = {
  rawAnswersMonths: { min: 12, max: 120 },
  alertsMonths: { min: 12, max: 300 },
  auditMonths: { min: 12, max: 180 },
  sessionsDays: { min: 1, max: 365 },
} as const;

/** What an admin saves. Every field is required: a PUT replaces the settings whole. */
export const RetentionSave = v.pipe(
  v.strictObject({
    /** Months a raw response (the child's answers) is kept after the month it was given in. */
    rawAnswersMonths: Whole(RETENTION_LIMITS.rawAnswersMonths, "months"),
    /** Months a closed alert (and the answers it holds on to) is kept after it was closed. */
    alertsMonths: Whole(RETENTION_LIMITS.alertsMonths, "months"),
    /** Months an audit entry is kept. */
    auditMonths: Whole(RETENTION_LIMITS.auditMonths, "months"),
    /** Days a staff sign-in session is kept after it ended. */
    sessionsDays: Whole(RETENTION_LIMITS.sessionsDays, "days"),
  }),
  v.forward(
    v.check(
      (input) => input.alertsMonths >= input.rawAnswersMonths,
      "Keep alerts at least as long as raw answers: an alert needs the answers that raised it.",
    ),
    ["alertsMonths"],
  ),
);
export type RetentionSave = v.InferOutput<typeof RetentionSave>;

/** The settings as the API answers them. */
export const RetentionSettings = v.object({
  rawAnswersMonths: v.number(),
  alertsMonths: v.number(),
  auditMonths: v.number(),
  sessionsDays: v.number(),
  /** False until an admin saves: the defaults apply. */
  saved: v.boolean(),
  /** The last purge's counts, per kind (never contents), if one has finished. */
  lastPurge: v.optional(v.object({ on: v.string(), deleted: v.record(v.string(), v.number()) })),
});
export type RetentionSettings = v.InferOutput<typeof RetentionSettings>;

/**
 * The defaults: raw answers 2 years (this year's report and last year's, to compare); alerts 7
 * years after closing (like other children's social-care casework records); audit 6 years (the
 * limitation period for a claim); ended sessions 30 days (to look into a suspicious sign-in).
 */
export const RETENTION_DEFAULTS: RetentionSave = {
  rawAnswersMonths: 24,
  alertsMonths: 84,
  auditMonths: 72,
  sessionsDays: 30,
};
