/**
 * An officer's moves as a fold sees them: which theme each moved answer (response and slot) is
 * in. Pure, so a rebuild can apply the overrides while it recounts (see `Quote.overridesFor`).
 */
import type { Cell, SlotCell } from "../aggregate/cells.js";

/** Per response id: slot → the theme an officer put that answer in. */
export type Overrides = Map<string, Record<string, string>>;

/** What one answer adds to its slot once it is in `themeId`, whatever the matcher said. */
export const movedSlot = (themeId: string): SlotCell => ({ a: 1, t: { [themeId]: 1 } });

/**
 * A response's contribution (from `contribution` in `aggregate/cells.ts`) with an officer's
 * moves applied: a moved answer counts in the theme it was moved to and nowhere else.
 */
export function withOverrides(cell: Cell, slots: Record<string, string> | undefined): Cell {
  if (!slots) return cell;
  const q = { ...cell.q };
  for (const [slot, themeId] of Object.entries(slots)) {
    if (q[slot]) q[slot] = movedSlot(themeId);
  }
  return { ...cell, q };
}
