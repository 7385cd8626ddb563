/** Theme work and quotes: request and answer shapes shared by the API and the studio (valibot only). */
import * as v from "valibot";
import { Text } from "../survey/base.js";

const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
const Day = v.pipe(v.string(), v.isoDate("Use a date like 2027-03-31."));

/** Which answers the theme screen reads; the same names as the report's filters. */
export const ThemeFilters = v.object({
  band: v.optional(v.pipe(v.string(), v.maxLength(20))),
  cohort: v.optional(v.pipe(v.string(), v.maxLength(40))),
  language: v.optional(v.pipe(v.string(), v.maxLength(20))),
  from: v.optional(Day),
  to: v.optional(Day),
});
export type ThemeFilters = v.InferOutput<typeof ThemeFilters>;

/** Where a candidate came from: the answer (a stored response) and its slot, in one theme. */
export const QuoteSource = v.object({
  responseId: Id,
  /** A text question's id, or `questionId.house` for one of the three houses. */
  slot: Id,
  themeId: Id,
});
export type QuoteSource = v.InferOutput<typeof QuoteSource>;

/**
 * Approving a candidate. `text` is the officer's own further redaction of it (it must still pass
 * the automatic redaction); without it the automatic redaction is stored.
 */
export const QuoteApprove = v.object({
  ...QuoteSource.entries,
  text: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000))),
});
export type QuoteApprove = v.InferOutput<typeof QuoteApprove>;

export const QuoteReject = QuoteSource;
export type QuoteReject = QuoteSource;

/** Moving one answer to another theme; `id` is made by the client, so a resend moves it once. */
export const MoveCreate = v.object({
  id: v.pipe(Id, v.regex(/^[\w-]+$/, "Use letters, digits, - and _ only.")),
  responseId: Id,
  slot: Id,
  to: Id,
});
export type MoveCreate = v.InferOutput<typeof MoveCreate>;

const Phrase = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80));

/** An emerging group (a key phrase) named as a theme of its own, or merged into one. */
export const EmergingAction = v.union([
  v.strictObject({
    phrase: Phrase,
    name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60)),
  }),
  v.strictObject({ phrase: Phrase, mergeInto: Id }),
]);
export type EmergingAction = v.InferOutput<typeof EmergingAction>;

/** The organisation's own names to take out of quotes (children's, carers', workers'). */
export const QuoteNames = v.object({
  names: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60))),
    v.maxLength(2000),
  ),
});
export type QuoteNames = v.InferOutput<typeof QuoteNames>;

/** A controlled count: null is "fewer than 8"; otherwise 0 or a multiple of 5. */
const Count = v.nullable(v.number());

export const Candidate = v.object({
  /** Stable for the same answer, slot and theme: approving or rejecting it twice is one decision. */
  id: v.string(),
  themeId: v.string(),
  responseId: v.string(),
  slot: v.string(),
  /** Redacted: `[name]`, `[phone]`, `[email]`, `[postcode]`, `[address]`, `[school]`. */
  text: v.string(),
  redacted: v.number(),
});
export type Candidate = v.InferOutput<typeof Candidate>;

export const ApprovedQuote = v.object({
  id: v.string(),
  themeId: v.string(),
  slot: v.string(),
  text: v.string(),
});
export type ApprovedQuote = v.InferOutput<typeof ApprovedQuote>;

export const ThemeWork = v.object({
  id: v.string(),
  label: Text,
  count: Count,
  /** Words in the answers that put them in this theme, most frequent first. */
  words: v.array(v.string()),
  slots: v.array(v.string()),
  /** True when it has 8 answers or more (within the filters): only then are quotes offered. */
  quotable: v.boolean(),
  candidates: v.array(Candidate),
  approved: v.array(ApprovedQuote),
});
export type ThemeWork = v.InferOutput<typeof ThemeWork>;

export const ThemesView = v.object({
  surveyId: v.string(),
  filters: ThemeFilters,
  slots: v.array(v.object({ id: v.string(), label: v.string() })),
  /** Every theme an answer can be moved to: the built-in codebook and the organisation's own. */
  choices: v.array(v.object({ id: v.string(), label: Text })),
  themes: v.array(ThemeWork),
  emerging: v.array(v.object({ phrase: v.string(), count: Count })),
  /** Answers that fit no theme. */
  unthemed: Count,
});
export type ThemesView = v.InferOutput<typeof ThemesView>;

export const ThemeAnswers = v.object({
  themeId: v.string(),
  answers: v.array(v.object({ responseId: v.string(), slot: v.string(), text: v.string() })),
});

export const MoveResult = v.object({
  id: v.string(),
  responseId: v.string(),
  slot: v.string(),
  to: v.string(),
  duplicate: v.boolean(),
});

export const EmergingResult = v.object({
  themeId: v.string(),
  words: v.array(v.string()),
  /** The survey's aggregates must be recounted for the change to reach its numbers. */
  rebuild: v.picklist(["done", "needed"]),
});
