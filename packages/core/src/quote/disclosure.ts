/**
 * The disclosure rule of issue 11 for the counts the theme screen shows (0 shows 0, 1 to 7 is
 * "fewer than 8", 8 or more is rounded to the nearest 5). A stand-in until `report/disclosure.ts`
 * (engineer B) is merged; then this file should call that one.
 */
export const MIN_SHOWN = 8;

export function shown(n: number): number | null {
  if (n <= 0) return 0;
  if (n < MIN_SHOWN) return null;
  return Math.round(n / 5) * 5;
}
