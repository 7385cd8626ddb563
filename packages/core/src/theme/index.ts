export * as Theme from "./index.js";

import type { Themer } from "../aggregate/cells.js";
import type { Audit } from "../audit/index.js";
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
  /** The words that put an answer in the theme, per language; `*` for every language. */
  words?: Record<string, string[]>;
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

/** What `saveOrgTheme` takes: words as one list (every language) or a list per language. */
export interface OrgThemeSave {
  id: string;
  label: Text;
  words: string[] | Record<string, string[]>;
}

/**
 * Saves (creates or replaces) one of the organisation's themes; an id of a built-in theme adds
 * its words to that theme. Audited by the save itself.
 */
export async function saveOrgTheme(
  _db: Db,
  _staff: Audit.Staff,
  _input: OrgThemeSave,
): Promise<ThemeDef> {
  throw new Error("Theme.saveOrgTheme is not built yet");
}

/** Removes one of the organisation's own themes. */
export async function removeOrgTheme(
  _db: Db,
  _staff: Audit.Staff,
  _id: string,
): Promise<{ removed: boolean }> {
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
