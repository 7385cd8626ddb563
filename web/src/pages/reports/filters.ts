/**
 * The report's filters as they travel: in the page's address (so a filtered report can be
 * bookmarked or sent), and as the query of every API call and export download.
 */
import type { ReportFilters } from "@chorus/core/report/schema";

export const FILTER_KEYS = [
  "band",
  "cohort",
  "code",
  "language",
  "wave",
  "from",
  "to",
  "by",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const BY = new Set(["band", "cohort", "code", "language", "wave"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from a query string, dropping empty and malformed values (the API re-checks). */
export function readFilters(search: string): ReportFilters {
  const params = new URLSearchParams(search);
  const filters: ReportFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === "from" || key === "to") && !DAY.test(value)) continue;
    if (key === "by") {
      if (BY.has(value)) filters.by = value as ReportFilters["by"];
      continue;
    }
    // Band and cohort are checked by the API (a bad one is a 400 the page shows), not here.
    (filters as Record<string, string>)[key] = value;
  }
  return filters;
}

/** `?band=8-11&by=band` (keys in a fixed order, so equal filters give equal addresses), or "". */
export function filterQuery(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when any filter narrows the report (a breakdown alone narrows nothing). */
export function narrowed(filters: ReportFilters): boolean {
  return FILTER_KEYS.some((key) => key !== "by" && Boolean(filters[key]));
}
