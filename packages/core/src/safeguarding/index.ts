export * as Safeguarding from "./index.js";

export { LEXICONS } from "./lexicon/index.js";
export { hasLexicon, LEXICON_LANGUAGES, type ScreenOptions, screenText } from "./screen.js";
export type {
  Category,
  ExtraPhrase,
  Lexicon,
  Match,
  Rule,
  ScreenResult,
  Severity,
} from "./types.js";
