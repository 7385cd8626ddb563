export * as Theme from "./index.js";

import type { Themer } from "../aggregate/cells.js";
import type { Db } from "../db/client.js";
import { CODEBOOK, type ThemeDef } from "./codebook.js";
import { compiledFor, THEME_LANGUAGES } from "./match.js";
import { keyPhrases } from "./phrases.js";
import { orgThemes } from "./store.js";
import { primary } from "./words.js";

export { CODEBOOK, type ThemeDef } from "./codebook.js";
export { THEME_LANGUAGES } from "./match.js";
export { keyPhrases } from "./phrases.js";
export { redact } from "./redact.js";
export { OrgThemeSave, ThemeId } from "./schema.js";
export { orgThemes, removeOrgTheme, saveOrgTheme } from "./store.js";

/**
 * The themes a piece of free text falls in, with the words (as the child wrote them) that put
 * it there, in codebook order. Text in a language without words of its own is read as English.
 */
export function match(
  text: string,
  language: string,
  codebook: ThemeDef[] = CODEBOOK,
): { id: string; words: string[] }[] {
  return compiledFor(codebook, language).match(text);
}

/**
 * The group an answer goes in when it is written in a language the codebook has no words for
 * and no theme fits: `not-themed:lt`, one per language, so a report counts those answers openly
 * instead of dropping them or grouping their words by English rules. Theme ids cannot hold ":".
 */
export const NOT_THEMED = "not-themed:";

/** The language a "not themed" group holds, or undefined for any other theme id. */
export function notThemedLanguage(id: string): string | undefined {
  return id.startsWith(NOT_THEMED) ? id.slice(NOT_THEMED.length) : undefined;
}

/**
 * What a fold calls for each answer: its themes, or its key phrases when none fits. Text in a
 * language without codebook words is still read for English words (children mix them in); if
 * none fits it goes in that language's "not themed" group.
 */
export function themer(codebook: ThemeDef[]): Themer {
  return (text, language) => {
    const themes = match(text, language, codebook).map((found) => found.id);
    if (themes.length) return { themes, phrases: [] };
    const lang = primary(language);
    if (!(THEME_LANGUAGES as readonly string[]).includes(lang))
      return { themes: [`${NOT_THEMED}${lang}`], phrases: [] };
    return { themes, phrases: keyPhrases(text, language) };
  };
}

/**
 * The built-in codebook with an organisation's own themes: a new id is a theme of its own; the
 * id of a built-in theme adds its words to that theme (which keeps its label).
 */
export function withOwn(own: readonly ThemeDef[], codebook: readonly ThemeDef[] = CODEBOOK) {
  const byId = new Map(own.map((theme) => [theme.id, theme]));
  const merged = codebook.map((theme) => {
    const extra = byId.get(theme.id);
    if (!extra) return theme;
    byId.delete(theme.id);
    const words: Record<string, string[]> = { ...theme.words };
    for (const [lang, list] of Object.entries(extra.words ?? {}))
      words[lang] = [...(words[lang] ?? []), ...list];
    return { ...theme, words };
  });
  return [...merged, ...byId.values()];
}

// Compiling a codebook takes milliseconds; a fold asks for the same organisation's many times.
const recent = new Map<string, ThemeDef[]>();

/** The themer a fold uses for an organisation's surveys: built-in codebook plus its own. */
export async function themerFor(db: Db, orgId: string): Promise<Themer> {
  const own = await orgThemes(db, orgId);
  if (own.length === 0) return themer(CODEBOOK);
  const key = JSON.stringify(own);
  let codebook = recent.get(key);
  if (!codebook) {
    if (recent.size >= 50) recent.clear();
    codebook = withOwn(own);
    recent.set(key, codebook);
  }
  return themer(codebook);
}
