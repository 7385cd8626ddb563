/**
 * The kinds of question a survey can ask, and the fixed words some of them bring (faces, yes/no,
 * the three houses). Imports only valibot.
 */
import * as v from "valibot";
import { AgeBand, PREFER_NOT, QuestionId, Text } from "./base.js";
import { Condition, type ConditionValue } from "./condition.js";

/**
 * Pictures an option may carry, by name. A fixed list rather than uploads: nothing external to
 * load on a child's tablet, nothing to moderate. The glyph is a stand-in a screen may draw;
 * the option's words always say the same, so a missing emoji font loses nothing.
 */
export const OPTION_ICONS = {
  home: "🏠",
  school: "🏫",
  friends: "🧑‍🤝‍🧑",
  family: "👪",
  carer: "🤗",
  worker: "🧑‍💼",
  teacher: "🧑‍🏫",
  pet: "🐾",
  phone: "📱",
  health: "🩺",
  food: "🍎",
  money: "💷",
  sport: "⚽",
  music: "🎵",
  games: "🎮",
  books: "📚",
  art: "🎨",
  outdoors: "🌳",
  sleep: "🛏️",
  travel: "🚌",
  work: "💼",
  talk: "💬",
  heart: "❤️",
  star: "⭐",
  nobody: "🙅",
  other: "➕",
} as const;
export const OptionIcon = v.picklist(Object.keys(OPTION_ICONS) as (keyof typeof OPTION_ICONS)[]);
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

const Limit = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));

export const ChoiceOption = v.object({ id: QuestionId, label: Text, icon: v.optional(OptionIcon) });
export type ChoiceOption = v.InferOutput<typeof ChoiceOption>;
const Options = v.pipe(v.array(ChoiceOption), v.minLength(2), v.maxLength(20));

export const EmojiQuestion = v.object({
  ...questionBase,
  type: v.literal("emoji"),
  faces: v.picklist([3, 5]),
});

export const YesNoQuestion = v.object({ ...questionBase, type: v.literal("yesNo") });

export const ChoiceQuestion = v.object({
  ...questionBase,
  type: v.literal("choice"),
  options: Options,
});

/** Several options; `max` defaults to all of them. */
export const MultiQuestion = v.pipe(
  v.object({
    ...questionBase,
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

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

/** 0 to 10, answered by tapping a number; the ends are labelled so the numbers mean something. */
export const ScaleQuestion = v.object({
  ...questionBase,
  type: v.literal("scale"),
  minLabel: Text,
  maxLabel: Text,
});

export const TextQuestion = v.object({
  ...questionBase,
  type: v.literal("text"),
  multiline: v.optional(v.boolean(), true),
  maxLength: v.optional(Limit(4000), 1000),
});

/** The social-work "three houses": worries, good things and dreams, each in the child's words. */
export const ThreeHousesQuestion = v.object({
  ...questionBase,
  type: v.literal("threeHouses"),
  /** For each house. */
  maxLength: v.optional(Limit(4000), 1000),
});

/** A statement screen (a welcome, a "next we ask about school"); nothing to answer. */
export const InfoQuestion = v.object({ ...questionBase, type: v.literal("info") });

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

/**
 * The faces of an emoji scale, saddest first; the stored value is the position from 1. These
 * built-in words carry the languages translated so far; others fall back to English.
 */
export const EMOJI_FACES: Record<3 | 5, { value: number; face: string; label: Text }[]> = {
  3: [
    { value: 1, face: "😟", label: { en: "Not good", ar: "ليس جيدًا" } },
    { value: 2, face: "😐", label: { en: "OK", ar: "لا بأس" } },
    { value: 3, face: "😀", label: { en: "Good", ar: "جيد" } },
  ],
  5: [
    { value: 1, face: "😢", label: { en: "Really bad", ar: "سيّئ جدًا" } },
    { value: 2, face: "🙁", label: { en: "Not good", ar: "ليس جيدًا" } },
    { value: 3, face: "😐", label: { en: "OK", ar: "لا بأس" } },
    { value: 4, face: "🙂", label: { en: "Good", ar: "جيد" } },
    { value: 5, face: "😀", label: { en: "Really good", ar: "جيد جدًا" } },
  ],
};

export const YES_NO_OPTIONS: { value: string; label: Text }[] = [
  { value: "yes", label: { en: "Yes", ar: "نعم" } },
  { value: "no", label: { en: "No", ar: "لا" } },
  { value: "notSure", label: { en: "Not sure", ar: "لست متأكدًا" } },
];

export const PREFER_NOT_LABEL: Text = { en: "I'd rather not say", ar: "أفضّل ألّا أقول" };

export const HOUSES = ["worries", "goodThings", "dreams"] as const;
export type House = (typeof HOUSES)[number];

/** The three houses, in the order social workers draw them. */
export const THREE_HOUSES: Record<House, { label: Text; hint: Text }> = {
  worries: {
    label: { en: "House of worries", ar: "بيت المخاوف" },
    hint: { en: "Things that worry you or make you sad", ar: "أشياء تقلقك أو تحزنك" },
  },
  goodThings: {
    label: { en: "House of good things", ar: "بيت الأشياء الجميلة" },
    hint: {
      en: "Things that are going well or make you happy",
      ar: "أشياء تسير على ما يرام أو تسعدك",
    },
  },
  dreams: {
    label: { en: "House of dreams", ar: "بيت الأحلام" },
    hint: { en: "How you would like things to be", ar: "كيف تحبّ أن تكون الأمور" },
  },
};

/**
 * Every single value a question's answer can be, "rather not say" included; undefined for
 * free-text answers and for `info`, which have no fixed list.
 */
export function possibleValues(question: Question): ConditionValue[] | undefined {
  let values: ConditionValue[];
  switch (question.type) {
    case "emoji":
      values = EMOJI_FACES[question.faces].map((face) => face.value);
      break;
    case "yesNo":
      values = YES_NO_OPTIONS.map((option) => option.value);
      break;
    case "choice":
    case "multi":
      values = question.options.map((option) => option.id);
      break;
    case "scale":
      values = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
      break;
    default:
      return undefined;
  }
  return question.allowPreferNot ? [...values, PREFER_NOT] : values;
}
