/**
 * The kinds of question a survey can ask. Imports only valibot; the fixed words some of them
 * bring (faces, yes/no, the three houses) live in `parts.ts`.
 */
import * as v from "valibot";
import { AgeBand, QuestionId, Text } from "./base.js";
import { Condition } from "./condition.js";
import { OPTION_ICONS } from "./parts.js";

export {
  EMOJI_FACES,
  HOUSES,
  type House,
  OPTION_ICONS,
  PREFER_NOT_LABEL,
  possibleValues,
  SCALE_MAX,
  SCALE_MIN,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "./parts.js";

export const OptionIcon = v.picklist(OPTION_ICONS);
export type OptionIcon = v.InferOutput<typeof OptionIcon>;

/** Words for one age band in place of the question's own, or the question left out for it. */
export const BandWording = v.strictObject({
  prompt: v.optional(Text),
  help: v.optional(Text),
  hidden: v.optional(v.boolean()),
});
export type BandWording = v.InferOutput<typeof BandWording>;

const questionBase = {
  id: QuestionId,
  prompt: Text,
  help: v.optional(Text),
  /** What a reader says aloud in place of the prompt, e.g. with the options spelt out. */
  readAloud: v.optional(Text),
  /** Ignored for `info`, which has no answer at all. */
  allowPreferNot: v.optional(v.boolean(), true),
  bands: v.optional(v.record(AgeBand, BandWording)),
  showIf: v.optional(Condition),
};

/**
 * A question type: the common fields plus its own. The spread happens inside a function marked
 * free of side effects, so a bundle that only needs this module's constants (the child's) can
 * drop every schema; a spread at the top level would be kept, and all it refers to with it.
 */
/* @__NO_SIDE_EFFECTS__ */
function questionType<const T extends v.ObjectEntries>(entries: T) {
  return v.object({ ...questionBase, ...entries });
}

/* @__NO_SIDE_EFFECTS__ */
function Limit(max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));
}

export const ChoiceOption = v.object({ id: QuestionId, label: Text, icon: v.optional(OptionIcon) });
export type ChoiceOption = v.InferOutput<typeof ChoiceOption>;
const Options = v.pipe(v.array(ChoiceOption), v.minLength(2), v.maxLength(20));

export const EmojiQuestion = questionType({ type: v.literal("emoji"), faces: v.picklist([3, 5]) });

export const YesNoQuestion = questionType({ type: v.literal("yesNo") });

export const ChoiceQuestion = questionType({ type: v.literal("choice"), options: Options });

/** Several options; `max` defaults to all of them. */
export const MultiQuestion = v.pipe(
  questionType({
    type: v.literal("multi"),
    options: Options,
    min: v.optional(Limit(20), 1),
    max: v.optional(Limit(20)),
  }),
  v.check(
    (q) => q.min <= (q.max ?? q.options.length) && (q.max ?? 0) <= q.options.length,
    "Set min no more than max, and max no more than the number of options.",
  ),
);

/** 0 to 10, answered by tapping a number; the ends are labelled so the numbers mean something. */
export const ScaleQuestion = questionType({
  type: v.literal("scale"),
  minLabel: Text,
  maxLabel: Text,
});

export const TextQuestion = questionType({
  type: v.literal("text"),
  multiline: v.optional(v.boolean(), true),
  maxLength: v.optional(Limit(4000), 1000),
});

/** The social-work "three houses": worries, good things and dreams, each in the child's words. */
export const ThreeHousesQuestion = questionType({
  type: v.literal("threeHouses"),
  /** For each house. */
  maxLength: v.optional(Limit(4000), 1000),
});

/** A statement screen (a welcome, a "next we ask about school"); nothing to answer. */
export const InfoQuestion = questionType({ type: v.literal("info") });

export const Question = v.variant("type", [
  EmojiQuestion,
  YesNoQuestion,
  ChoiceQuestion,
  MultiQuestion,
  ScaleQuestion,
  TextQuestion,
  ThreeHousesQuestion,
  InfoQuestion,
]);
export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question["type"];
