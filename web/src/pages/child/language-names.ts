/**
 * A language's name inside another language's sentence ("This tablet can't read Polish aloud"),
 * for tables whose language some browsers have no names for: Chromium 156 has no Pashto or
 * Sorani names and answers in English. Then the language's own name ("Polski", "العربية") is
 * used, which a child who speaks it can read, and never English. Imported only by the tables
 * that need it, so it stays out of the child route's own code.
 */
import { ownName } from "@chorus/core/survey/languages";
import { languageName } from "./intl";

const primary = (tag: string) => tag.split("-")[0]?.toLowerCase();

/** `code`'s name in `inLanguage` when the browser has it, else its name in its own script. */
export function nameOrOwn(code: string, inLanguage: string): string {
  try {
    const names = new Intl.DisplayNames([inLanguage], { type: "language" });
    if (primary(names.resolvedOptions().locale) !== primary(inLanguage)) return ownName(code);
  } catch {
    return ownName(code);
  }
  return languageName(code, inLanguage);
}
