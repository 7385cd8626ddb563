/** The filters an export or a share link takes (valibot only, for the web app too). */
import * as v from "valibot";
import { ReportFilters } from "../report/schema.js";

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-03-31."));
const Value = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Only the known names, each a short value, dates as YYYY-MM-DD; nothing else. */
export const StrictFilters = v.strictObject({
  ...ReportFilters.entries,
  band: v.optional(Value),
  cohort: v.optional(Value),
  code: v.optional(Value),
  language: v.optional(Value),
  wave: v.optional(Value),
  from: v.optional(Day),
  to: v.optional(Day),
});
