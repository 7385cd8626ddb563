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

/**
 * The rules every language starts its physical-abuse section with: someone close and a hitting
 * word, a hitting word done to the child (within four words), and marks on the body that say it
 * on their own (bruises, "beaten").
 */
export function hitting(person: string, hit: string, me: string, ...marks: string[]): Rule[] {
  return [
    rule("physical-abuse", "urgent", [person, hit]),
    rule("physical-abuse", "urgent", [hit, me], 4),
    term("physical-abuse", "urgent", ...marks),
  ];
}
