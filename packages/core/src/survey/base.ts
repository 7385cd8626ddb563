/**
 * The small building blocks every survey schema uses: languages, words, age bands and ids.
 * Imports only valibot, like every schema file here, so the web app can use it as it is.
 */
import * as v from "valibot";
import { AGE_BANDS } from "./parts.js";

export { AGE_BANDS, PREFER_NOT, pick } from "./parts.js";

/** A language tag such as `en`, `pl`, `ar` or `pa-Arab`. */
export const LanguageCode = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, pl or ar."),
);
export type LanguageCode = v.InferOutput<typeof LanguageCode>;

/**
 * Words shown to a child, keyed by language tag. A missing language falls back to the survey's
 * default when shown; `translationReport` lists what is missing.
 */
export const Text = v.record(LanguageCode, v.pipe(v.string(), v.trim(), v.minLength(1)));
export type Text = v.InferOutput<typeof Text>;

/** The age bands of the reference surveys; 16–25 are care leavers, so it overlaps 12–17. */
export const AgeBand = v.picklist(AGE_BANDS);
export type AgeBand = v.InferOutput<typeof AgeBand>;

/** Stable question, option and page ids: reports join answers across versions on these. */
export const QuestionId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]{0,39}$/, "Use lower-case letters, digits and dashes, up to 40."),
);

/**
 * A version or revision number: a whole number from 1, bounded so that no number the API is
 * sent can pass validation and then be refused by DynamoDB (whose numbers stop near 1e126).
 */
export const Counter = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(1_000_000_000, "Must be at most 1,000,000,000."),
);
