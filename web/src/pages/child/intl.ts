/**
 * What the word tables (words.ts, words-ar.ts, words-pl.ts) share: counting and naming done by
 * the browser's own Intl data, so no language's grammar is guessed at by hand. Kept apart from
 * words.ts so the tables can import it without importing one another.
 */
import { ownName } from "@chorus/core/survey/languages";

/** The forms a counted phrase takes; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted phrase for `count` in `language`. Arabic has six (1, 2, 3–10, 11–99,
 * 100s…) and Polish four, where English has two; a form a table leaves out falls back to `other`.
 */
export function plural(language: string, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}

/**
 * A language's name in another language ("pl" in "ar" is "البولندية"). Where the browser has no
 * names in that language (Tigrinya, Sorani on many tablets) or none for the code, the language's
 * name as its own speakers write it, so the sentence never mixes in English or a bare tag.
 */
export function languageName(code: string, inLanguage: string): string {
  try {
    if (Intl.DisplayNames.supportedLocalesOf([inLanguage]).length > 0) {
      const names = new Intl.DisplayNames([inLanguage], { type: "language", fallback: "none" });
      const name = names.of(code);
      if (name) return name;
    }
  } catch {
    // An invalid tag: named below.
  }
  return ownName(code);
}

/**
 * A translated sentence with pieces that are not plain words (a link, a bold name) marked
 * `{name}`, so a translator can move them to where their grammar needs them.
 */
export function fill<Part>(template: string, parts: Record<string, Part>): (string | Part)[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece))
    .filter((piece) => piece !== "");
}
