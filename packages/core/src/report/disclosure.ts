/**
 * The one disclosure rule (issue 11): every number of children a report, breakdown, theme,
 * chart, export or share link shows goes through here, so the rule cannot differ between them.
 * Pure, and free of valibot, so the web app can use it as it is. Why each part: docs/reports.md,
 * "The disclosure rule and why".
 */

/** Counts from 1 to this less one are shown as "fewer than 8" (null). */
export const MIN_SHOWN = 8;
/** Counts of `MIN_SHOWN` or more are rounded to the nearest multiple of this. */
export const ROUND_TO = 5;
/** A group whose (rounded) base is under this is marked "small group". */
export const SMALL_BASE = 30;
/** A mean is hidden when fewer than this many numeric answers make it. */
export const MEAN_BELOW = 8;

/** The rule as the report states it to its readers. */
export const RULE = {
  hiddenBelow: MIN_SHOWN,
  roundTo: ROUND_TO,
  smallBase: SMALL_BASE,
  meanBelow: MEAN_BELOW,
} as const;

/** A controlled count: null is "fewer than 8"; otherwise 0 or a multiple of 5, at least 10. */
export type Count = number | null;

/**
 * The count a reader may see for an exact count: 0 stays 0, 1 to 7 is hidden (null), 8 or more
 * is rounded to the nearest 5 (so 8 shows as 10, and no reader ever sees 1 to 9).
 */
export function shown(exact: number): Count {
  if (exact <= 0) return 0;
  if (exact < MIN_SHOWN) return null;
  return Math.round(exact / ROUND_TO) * ROUND_TO;
}

/**
 * A percentage (0 to 100, one decimal) worked out from two shown counts, never from exact
 * ones, so it cannot be used to undo the rounding. Null when either is hidden or the base is 0.
 */
export function shareOf(count: Count, base: Count): number | null {
  if (count === null || base === null || base === 0) return null;
  return Math.round((count / base) * 1000) / 10;
}

/**
 * Whether a base is a "small group": hidden, or under 30 once rounded. Decided on the shown
 * number, so the mark adds nothing to what the rounded base already says.
 */
export function isSmall(base: Count): boolean {
  return base === null || base < SMALL_BASE;
}

/** A mean to one decimal, or null when fewer than 8 numeric answers make it. */
export function meanOf(sum: number, answers: number): number | null {
  if (answers < MEAN_BELOW) return null;
  return Math.round((sum / answers) * 10) / 10;
}
