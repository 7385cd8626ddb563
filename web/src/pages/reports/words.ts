/**
 * The words a report uses for its numbers, in one place so every table, chart, export page and
 * share link says the same thing. The API has already applied the rule (issue 11, item 2);
 * these only put it into words and never work out a count from other counts.
 */
import type { ReportFilters } from "@chorus/core/report/schema";

/** What `null` means in every count: the group is too small to show. */
export const FEWER = "fewer than 8";

/** A controlled count in words: "fewer than 8", "0", "35". */
export function countText(count: number | null | undefined): string {
  if (count === null || count === undefined) return FEWER;
  return count.toLocaleString("en-GB");
}

/** The method note printed on every report, and shown under its filters. */
export const METHOD_NOTE =
  "To protect children's privacy, groups of fewer than 8 children are shown as " +
  '"fewer than 8", and every other number is rounded to the nearest 5. Percentages are ' +
  "worked out from the rounded numbers, so they may not add up to 100. A group of fewer than " +
  '30 is marked "small group": read its percentages with care.';

const BANDS: Record<string, string> = {
  "4-7": "Ages 4 to 7",
  "8-11": "Ages 8 to 11",
  "12-17": "Ages 12 to 17",
  "16-25": "Care leavers (16 to 25)",
  // Answers to a survey that never asks the age (the story of place's band breakdown).
  "not asked": "Age not asked",
};

/** "Ages 8 to 11" for "8-11"; an unknown band as it was sent. */
export const bandName = (band: string) => BANDS[band] ?? band;

const BY: Record<NonNullable<ReportFilters["by"]>, string> = {
  band: "age band",
  cohort: "group of children",
  code: "survey code",
  language: "language",
  wave: "wave",
};

/** "age band" for `by=band`: how a breakdown is named in headings. */
export const byName = (by: string) => BY[by as keyof typeof BY] ?? by;

const LANGUAGES: Record<string, string> = { en: "English", pl: "Polish", ar: "Arabic" };

/** A language's English name where the browser knows it, else its tag. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en-GB"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return LANGUAGES[tag] ?? tag;
  }
}

/** "1 March 2027" for "2027-03-01". */
export function dayText(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}
