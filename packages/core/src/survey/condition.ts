/**
 * Show-if rules: when a question is asked, from earlier answers and the child's age band.
 * Evaluation and checking live in `logic.ts`; this file is the shape only (valibot only).
 *
 * Each rule is an object with one telling key, so a rule reads like a sentence in JSON:
 * `{ "question": "feel-safe", "in": ["no", "notSure"] }`, `{ "ageBand": ["12-17"] }`,
 * `{ "all": [...] }`, `{ "any": [...] }`, `{ "not": {...} }`.
 */
import * as v from "valibot";
import { AgeBand, QuestionId } from "./base.js";

export { answerRules, bandRules } from "./parts.js";

/** A single answer value a rule can compare with: an option id, `yes`, a face or scale number. */
export const ConditionValue = v.union([
  v.pipe(v.string(), v.maxLength(40)),
  v.pipe(v.number(), v.integer()),
]);
export type ConditionValue = v.InferOutput<typeof ConditionValue>;

/**
 * - `equals` / `in`: the answer is (one of) these values; for a several-choice answer, true when
 *   any chosen option is one of them.
 * - `answered`: the question has (true) or has not (false) been answered; "rather not say" counts
 *   as answered.
 * - `ageBand`: the child is in one of these bands; false when the band is not known.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; equals: ConditionValue }
  | { question: string; in: ConditionValue[] }
  | { question: string; answered: boolean }
  | { ageBand: AgeBand[] };

/*
 * The rule refers to itself, so it is built inside a function marked free of side effects: a
 * bundle that needs only this file's functions (the child's) then drops the schema, where a
 * cycle between top-level constants would keep it.
 */
/* @__NO_SIDE_EFFECTS__ */
function conditionSchema(): v.GenericSchema<Condition> {
  const nested = v.lazy(() => schema);
  const several = v.pipe(v.array(nested), v.minLength(1), v.maxLength(20));
  const schema: v.GenericSchema<Condition> = v.union(
    [
      v.strictObject({ all: several }),
      v.strictObject({ any: several }),
      v.strictObject({ not: nested }),
      v.strictObject({ question: QuestionId, equals: ConditionValue }),
      v.strictObject({
        question: QuestionId,
        in: v.pipe(v.array(ConditionValue), v.minLength(1), v.maxLength(40)),
      }),
      v.strictObject({ question: QuestionId, answered: v.boolean() }),
      v.strictObject({ ageBand: v.pipe(v.array(AgeBand), v.minLength(1)) }),
    ],
    "A rule is one of: all, any, not, question with equals / in / answered, or ageBand.",
  );
  return schema;
}

export const Condition = conditionSchema();
