import type { Category, Rule, Severity } from "../types.js";

/** Alternatives written over several lines, joined into one slot: `alt("dad* | da", "mum*")`. */
export function alt(...parts: string[]): string {
  return parts.join(" | ");
}

/** A rule in one line: `rule("neglect", "urgent", [NOT, FOOD], 4)`. */
export function rule(category: Category, severity: Severity, all: string[], within?: number): Rule {
  return within === undefined ? { category, severity, all } : { category, severity, all, within };
}

/** Strong phrases, any one of which alerts on its own. */
export function term(category: Category, severity: Severity, ...phrases: string[]): Rule {
  return { category, severity, all: [alt(...phrases)] };
}
