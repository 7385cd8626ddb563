export * as Theme from "./index.js";

import type { Themer } from "../aggregate/cells.js";
import type { Db } from "../db/client.js";
import type { Text } from "../survey/base.js";

/*
 * PLACEHOLDERS until the codebook lands (issue 11, engineer T replaces every one of them with
 * the real thing, same signatures). Nothing here may ship as done.
 */

/** One theme of the codebook. */
export interface ThemeDef {
  id: string;
  label: Text;
  /** Themes only care leavers' answers are expected to fall in. */
  group?: "care-leavers";
}

/** The built-in children's-services codebook. */
export const CODEBOOK: ThemeDef[] = [];

/** The themes a piece of free text falls in, with the words that put it there. */
export function match(
  _text: string,
  _language: string,
  _codebook: ThemeDef[] = CODEBOOK,
): { id: string; words: string[] }[] {
  return [];
}

/** Key phrases of an answer that fits no theme, for "emerging" groups. */
export function keyPhrases(_text: string, _language: string): string[] {
  return [];
}

export function themer(codebook: ThemeDef[]): Themer {
  return (text, language) => {
    const themes = match(text, language, codebook).map((found) => found.id);
    return { themes, phrases: themes.length ? [] : keyPhrases(text, language) };
  };
}

/** The organisation's own themes (named by an officer from an emerging group). */
export async function orgThemes(_db: Db, _orgId: string): Promise<ThemeDef[]> {
  return [];
}

/**
 * An organisation's own theme: one an officer named from an emerging group, or words an officer
 * added to an existing theme (then `id` is that theme's id and `words` are the extra words).
 */
export interface OrgTheme {
  id: string;
  label: Text;
  words: string[];
}

/**
 * Stores one of the organisation's own themes. For an id already stored, the words are added to
 * the words it has (and the label replaced), so merging an emerging group twice changes nothing.
 */
export async function saveOrgTheme(_db: Db, _orgId: string, _theme: OrgTheme): Promise<void> {
  throw new Error("Theme.saveOrgTheme is not built yet");
}

/** Removes one of the organisation's own themes (built-in themes cannot be removed). */
export async function removeOrgTheme(_db: Db, _orgId: string, _themeId: string): Promise<void> {
  throw new Error("Theme.removeOrgTheme is not built yet");
}

/** The themer a fold uses for an organisation's surveys: built-in codebook plus its own. */
export async function themerFor(db: Db, orgId: string): Promise<Themer> {
  return themer([...CODEBOOK, ...(await orgThemes(db, orgId))]);
}

/** Free text with names, phone numbers, e-mails, postcodes, addresses and schools taken out. */
export function redact(
  _text: string,
  _options: { names?: string[] } = {},
): {
  text: string;
  redacted: number;
} {
  throw new Error("Theme.redact is not built yet");
}
