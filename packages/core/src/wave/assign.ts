/**
 * Which wave a report cell belongs to. Pure: the report read and the story of place use it.
 *
 * A cell belongs to at most one wave, decided in this order:
 * 1. a wave set on the code (distribution) the cell's answers came through;
 * 2. otherwise a wave set on dates that include the cell's day; if two such waves overlap (the
 *    write refuses that, but two officers saving at once could still make it), the one that
 *    starts later wins, then the lower id;
 * 3. otherwise none.
 * Code first because a code handed out for one round of a survey says more about an answer
 * than the day it arrived (an offline answer may arrive weeks late).
 */
import type { Where } from "../aggregate/cells.js";
import type { Wave } from "./schema.js";

/** The order waves are listed and trended in: by start, then name, then id. */
export function inOrder(waves: Wave[]): Wave[] {
  return [...waves].sort(
    (a, b) =>
      a.startsOn.localeCompare(b.startsOn) ||
      a.label.localeCompare(b.label) ||
      a.id.localeCompare(b.id),
  );
}

/** A function from a cell's place to its wave's id, or undefined when it is in none. */
export function waveOf(waves: Wave[]): (where: Pick<Where, "day" | "dist">) => string | undefined {
  const byDist = new Map<string, string>();
  for (const wave of [...waves].sort((a, b) => b.id.localeCompare(a.id))) {
    if (wave.distributionId) byDist.set(wave.distributionId, wave.id);
  }
  const dated = waves
    .filter((wave) => wave.from && wave.to)
    .sort((a, b) => b.from!.localeCompare(a.from!) || a.id.localeCompare(b.id));
  return (where) =>
    byDist.get(where.dist) ??
    dated.find((wave) => where.day >= wave.from! && where.day <= wave.to!)?.id;
}
