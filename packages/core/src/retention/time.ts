/** Months as `YYYY-MM` strings, counted in UTC. */

/** The month `n` months after `month` (before, for negative `n`). */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` up to, but not including, `before`. */
export function monthsBetween(from: string, before: string): string[] {
  const months: string[] = [];
  for (let month = from; month < before; month = addMonths(month, 1)) months.push(month);
  return months;
}
