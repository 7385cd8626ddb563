/** Subject rights shapes shared with the web app (valibot only). */
import * as v from "valibot";

/** How an officer finds one response: the child's reference, or the invite link they used. */
export const FindQuery = v.pipe(
  v.strictObject({
    reference: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40))),
    link: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))),
  }),
  v.check(
    (query) => (query.reference === undefined) !== (query.link === undefined),
    "Give either the child's reference or their invite link.",
  ),
);
export type FindQuery = v.InferOutput<typeof FindQuery>;

/** One answer as the child saw the question, in the language they answered in. */
export const ReadableAnswer = v.object({
  questionId: v.string(),
  question: v.string(),
  answer: v.string(),
});
export type ReadableAnswer = v.InferOutput<typeof ReadableAnswer>;

/** A response found for a subject-rights request: the child's own words, no staff notes. */
export const FoundResponse = v.object({
  reference: v.string(),
  surveyId: v.string(),
  surveyTitle: v.string(),
  language: v.string(),
  ageBand: v.optional(v.string()),
  /** The day it was sent, no finer. */
  submittedOn: v.string(),
  answers: v.array(ReadableAnswer),
  /**
   * A safeguarding alert about these answers is still being worked on: the answers cannot be
   * deleted until the safeguarding lead closes it (see docs/subject-rights.md).
   */
  held: v.boolean(),
});
export type FoundResponse = v.InferOutput<typeof FoundResponse>;

export const Found = v.object({ response: FoundResponse });
export type Found = v.InferOutput<typeof Found>;

/** What a delete answers, the first time and every time after. */
export const Erased = v.object({
  reference: v.string(),
  erased: v.literal(true),
  /** The day the response was deleted. */
  erasedOn: v.string(),
});
export type Erased = v.InferOutput<typeof Erased>;
