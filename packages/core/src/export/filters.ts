import * as v from "valibot";
import type { ReportFilters } from "../report/schema.js";
import { invalid } from "../util/error.js";
import { StrictFilters } from "./schema.js";

/**
 * The report filters as an export or a share link takes them (query string or body). Anything
 * else is a 400 that changes nothing, with the same code as the report read's.
 */
export function parseFilters(input: unknown): ReportFilters {
  const present =
    input && typeof input === "object"
      ? Object.fromEntries(Object.entries(input).filter(([, value]) => value !== ""))
      : {};
  const result = v.safeParse(StrictFilters, present);
  if (!result.success) {
    throw invalid(
      "report.invalid_filter",
      "One of the filters is not valid. Clear the filters and choose again.",
      v.flatten(result.issues),
    );
  }
  const filters = result.output;
  if (filters.from && filters.to && filters.from > filters.to) {
    throw invalid("report.invalid_filter", "The start date is after the end date.");
  }
  return filters;
}
