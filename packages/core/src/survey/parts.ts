/**
 * The plain parts of a survey: the fixed words and choices some questions bring, and the small
 * functions that walk a survey. No valibot here: the child's bundle imports these, and a module
 * holding schemas would bring them all along (a bundler puts a module in one chunk, whole, and
 * the staff areas need every schema). The schema files re-export all of it.
 */
import type { AgeBand, Text } from "./base.js";
import type { Condition, ConditionValue } from "./condition.js";
import type { Question } from "./question.js";
import type { SurveyVersion } from "./schema.js";

/** The age bands of the reference surveys; 16–25 are care leavers, so it overlaps 12–17. */
export const AGE_BANDS = ["4-7", "8-11", "12-17", "16-25"] as const;

/** The answer a child gives when they would rather not say. */
export const PREFER_NOT = "preferNot";

/** Picks the words for a language, falling back to the survey's default language. */
export function pick(text: Text | undefined, language: string, fallback: string): string {
  if (!text) return "";
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? "";
}

/**
 * Pictures an option may carry, by name. A fixed list rather than uploads: nothing external to
 * load on a child's tablet, nothing to moderate. Each is drawn by the web app as an SVG it ships
 * (`web/src/ui/OptionIcon.tsx`), never as an emoji: a tablet without an emoji font shows those
 * as empty boxes. The option's words always say the same, so the picture is decoration.
 */
export const OPTION_ICONS = [
  "home",
  "school",
  "friends",
  "family",
  "carer",
  "worker",
  "teacher",
  "pet",
  "phone",
  "health",
  "food",
  "money",
  "sport",
  "music",
  "games",
  "books",
  "art",
  "outdoors",
  "sleep",
  "travel",
  "work",
  "talk",
  "heart",
  "star",
  "nobody",
  "other",
] as const;
export type OptionIconName = (typeof OPTION_ICONS)[number];

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

/**
 * The faces of a feelings scale ("emoji" in the survey format), saddest first; the stored value
 * is the position from 1. The faces are drawn by the web app (`web/src/ui/Face.tsx`), not typed
 * as emoji. These built-in words carry the languages translated so far; others fall back to
 * English.
 */
export const EMOJI_FACES: Record<3 | 5, { value: number; label: Text }[]> = {
  3: [
    { value: 1, label: { en: "Not good", ar: "ليس جيدًا", pl: "Niezbyt dobrze" } },
    { value: 2, label: { en: "OK", ar: "لا بأس", pl: "W porządku" } },
    { value: 3, label: { en: "Good", ar: "جيد", pl: "Dobrze" } },
  ],
  5: [
    { value: 1, label: { en: "Really bad", ar: "سيّئ جدًا", pl: "Bardzo źle" } },
    { value: 2, label: { en: "Not good", ar: "ليس جيدًا", pl: "Niezbyt dobrze" } },
    { value: 3, label: { en: "OK", ar: "لا بأس", pl: "W porządku" } },
    { value: 4, label: { en: "Good", ar: "جيد", pl: "Dobrze" } },
    { value: 5, label: { en: "Really good", ar: "جيد جدًا", pl: "Bardzo dobrze" } },
  ],
};

export const YES_NO_OPTIONS: { value: string; label: Text }[] = [
  { value: "yes", label: { en: "Yes", ar: "نعم", pl: "Tak" } },
  { value: "no", label: { en: "No", ar: "لا", pl: "Nie" } },
  { value: "notSure", label: { en: "Not sure", ar: "لست متأكدًا", pl: "Nie wiem" } },
];

export const PREFER_NOT_LABEL: Text = {
  en: "I'd rather not say",
  ar: "أفضّل ألّا أقول",
  pl: "Wolę nie mówić",
};

export const HOUSES = ["worries", "goodThings", "dreams"] as const;
export type House = (typeof HOUSES)[number];

/** The three houses, in the order social workers draw them. */
export const THREE_HOUSES: Record<House, { label: Text; hint: Text }> = {
  worries: {
    label: { en: "House of worries", ar: "بيت المخاوف", pl: "Dom zmartwień" },
    hint: {
      en: "Things that worry you or make you sad",
      ar: "أشياء تقلقك أو تحزنك",
      pl: "Rzeczy, które cię martwią albo smucą",
    },
  },
  goodThings: {
    label: { en: "House of good things", ar: "بيت الأشياء الجميلة", pl: "Dom dobrych rzeczy" },
    hint: {
      en: "Things that are going well or make you happy",
      ar: "أشياء تسير على ما يرام أو تسعدك",
      pl: "Rzeczy, które idą dobrze albo cię cieszą",
    },
  },
  dreams: {
    label: { en: "House of dreams", ar: "بيت الأحلام", pl: "Dom marzeń" },
    hint: {
      en: "How you would like things to be",
      ar: "كيف تحبّ أن تكون الأمور",
      pl: "Jak chcesz, żeby było",
    },
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

/** Every question in the order a child meets them, across pages. */
export function allQuestions(survey: Pick<SurveyVersion, "pages">): Question[] {
  return survey.pages.flatMap((page) => page.questions);
}

/**
 * Whether a question asks the child something. An information screen ("Hello!") only tells, so
 * it is not numbered as a question, not counted in "you answered 3 of 7", and not in reports.
 */
export const isAsked = (question: Question): boolean => question.type !== "info";

/** The questions a survey asks, its information screens left out. */
export function askedQuestions(survey: Pick<SurveyVersion, "pages">): Question[] {
  return allQuestions(survey).filter(isAsked);
}

/** The rules that look at one question's answer, wherever they sit in a nested rule. */
export function answerRules(condition: Condition): Extract<Condition, { question: string }>[] {
  if ("all" in condition) return condition.all.flatMap(answerRules);
  if ("any" in condition) return condition.any.flatMap(answerRules);
  if ("not" in condition) return answerRules(condition.not);
  return "question" in condition ? [condition] : [];
}

/** Every age band a rule mentions. */
export function bandRules(condition: Condition): AgeBand[] {
  if ("all" in condition) return condition.all.flatMap(bandRules);
  if ("any" in condition) return condition.any.flatMap(bandRules);
  if ("not" in condition) return bandRules(condition.not);
  return "ageBand" in condition ? condition.ageBand : [];
}
