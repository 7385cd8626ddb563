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
  // Faces and scales are small; the bound keeps a huge number out of the store.
  v.pipe(v.number(), v.integer(), v.minValue(-1_000_000), v.maxValue(1_000_000)),
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

/**
 * How deep rules may sit inside one another (`all`, `any`, `not`). A survey needs two or three
 * levels. The bound keeps a stored survey within DynamoDB's 32 levels of nested attributes (a
 * rule inside a draft already sits seven deep; dynalite has no such limit, so only DynamoDB Local
 * and AWS refused deeper ones, with a 500) and keeps checking a rule from recursing without end.
 */
export const MAX_RULE_DEPTH = 8;

/** Whether no rule inside `input` sits deeper than `levels`; looks no deeper than that itself. */
function shallowEnough(input: unknown, levels: number): boolean {
  if (typeof input !== "object" || input === null) return true; // the shape check reports it
  if (levels < 1) return false;
  const { all, any, not } = input as Record<string, unknown>;
  const inner = [...(Array.isArray(all) ? all : []), ...(Array.isArray(any) ? any : [])];
  if (not !== undefined) inner.push(not);
  return inner.every((rule) => shallowEnough(rule, levels - 1));
}

/*
 * The rule refers to itself, so it is built inside a function marked free of side effects: a
 * bundle that needs only this file's functions (the child's) then drops the schema, where a
 * cycle between top-level constants would keep it. The depth is checked once, at the top,
 * before the shape, so that a rule nested thousands deep is refused without walking it.
 */
/* @__NO_SIDE_EFFECTS__ */
function conditionSchema(): v.GenericSchema<unknown, Condition> {
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
  return v.pipe(
    v.unknown(),
    v.check(
      (input) => shallowEnough(input, MAX_RULE_DEPTH),
      `Rules may sit at most ${MAX_RULE_DEPTH} deep inside one another (all, any, not).`,
    ),
    schema,
  );
}

export const Condition = conditionSchema();
