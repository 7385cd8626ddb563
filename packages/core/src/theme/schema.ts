/** An organisation's own theme, as an officer saves it (valibot only, so the web can use it). */
import * as v from "valibot";
import { LanguageCode, Text } from "../survey/base.js";

/** A theme id: lower-case letters, digits and dashes ("bus-passes"). */
export const ThemeId = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "Use lower-case letters, digits and dashes (at most 48)."),
);

/** One entry of a theme's words: a word, `pre*`, `=word` or a few words ("bus pass"). */
const Entry = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1, "A word cannot be empty."),
  v.maxLength(60, "A word or phrase has at most 60 characters."),
  v.regex(
    /^=?[\p{L}\p{N}£][\p{L}\p{M}\p{N}'’ -]*\*?$/u,
    "Use letters and digits, with an optional * at the end.",
  ),
);
const Entries = v.pipe(v.array(Entry), v.maxLength(200, "At most 200 words per language."));

/**
 * What `Theme.saveOrgTheme` takes. `words` is a list (read in every language) or a list per
 * language (`{ en: [...], pl: [...] }`). An id of a built-in theme adds the words to it.
 */
export const OrgThemeSave = v.object({
  id: ThemeId,
  label: v.pipe(
    Text,
    v.check((label) => Object.keys(label).length > 0, "Give the theme a name."),
  ),
  words: v.union([
    Entries,
    v.pipe(
      v.record(v.union([LanguageCode, v.literal("*")]), Entries),
      v.check((r) => Object.keys(r).length <= 20, "At most 20 languages."),
    ),
  ]),
});
export type OrgThemeSave = v.InferInput<typeof OrgThemeSave>;

/** An organisation's theme as stored. */
export const StoredOrgTheme = v.object({
  id: v.string(),
  label: Text,
  words: v.record(v.string(), v.array(v.string())),
  hash: v.string(),
  at: v.string(),
  removedAt: v.optional(v.string()),
});
export type StoredOrgTheme = v.InferOutput<typeof StoredOrgTheme>;
