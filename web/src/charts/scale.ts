/** Small pure helpers the charts share: ticks, colours, and words for a change. */

/** Distinct fills, dark enough that white text on them and they on white pass 3:1. */
export const SERIES_COLOURS = ["#1e5b74", "#b4530f", "#5b3f8c", "#2f6b3a", "#8a2846", "#4a5563"];

export const colourOf = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

/** Where `value` sits between `min` and `max`, mapped onto 0..`length`, clamped. */
export function place(value: number, min: number, max: number, length: number): number {
  if (max <= min) return 0;
  return Math.max(0, Math.min(length, ((value - min) / (max - min)) * length));
}

/** "up 5 points", "down 2.5 points", "no change": the change between two shares (per cent). */
export function changeWords(from: number | null, to: number | null, unit = "points"): string {
  if (from === null || to === null) return "change not shown";
  const change = Math.round((to - from) * 10) / 10;
  if (change === 0) return "no change";
  const size = Math.abs(change).toLocaleString("en-GB");
  return `${change > 0 ? "up" : "down"} ${size}${unit ? ` ${unit}` : ""}`;
}

/** "12.5%", or "–" when the share is withheld. */
export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? "–" : `${share.toLocaleString("en-GB")}%`;
