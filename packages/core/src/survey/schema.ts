/**
 * Survey and response schemas. This file imports only valibot, so the web app can use the same
 * schemas and types as the API without pulling in any server code.
 */
import * as v from "valibot";

/** A language tag such as `en`, `pl` or `ar`. */
export const LanguageCode = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, pl or ar."),
);
export type LanguageCode = v.InferOutput<typeof LanguageCode>;

/** Words shown to a child, keyed by language tag; the survey's default language is required. */
export const Text = v.record(LanguageCode, v.pipe(v.string(), v.trim(), v.minLength(1)));
export type Text = v.InferOutput<typeof Text>;

export const AgeBand = v.picklist(["4-7", "8-11", "12-17", "16-25"]);
export type AgeBand = v.InferOutput<typeof AgeBand>;

/** Stable question and option ids: reports join answers across versions on these. */
export const QuestionId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]{0,39}$/, "Use lower-case letters, digits and dashes, up to 40."),
);

/** The answer a child gives when they would rather not say. */
export const PREFER_NOT = "preferNot";

const questionBase = {
  id: QuestionId,
  prompt: Text,
  help: v.optional(Text),
  allowPreferNot: v.optional(v.boolean(), true),
};

export const EmojiQuestion = v.object({
  ...questionBase,
  type: v.literal("emoji"),
  faces: v.picklist([3, 5]),
});

export const YesNoQuestion = v.object({ ...questionBase, type: v.literal("yesNo") });

export const ChoiceOption = v.object({ id: QuestionId, label: Text });
export type ChoiceOption = v.InferOutput<typeof ChoiceOption>;

export const ChoiceQuestion = v.object({
  ...questionBase,
  type: v.literal("choice"),
  options: v.pipe(v.array(ChoiceOption), v.minLength(2), v.maxLength(20)),
});

export const TextQuestion = v.object({
  ...questionBase,
  type: v.literal("text"),
  multiline: v.optional(v.boolean(), true),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4000)), 1000),
});

export const Question = v.variant("type", [
  EmojiQuestion,
  YesNoQuestion,
  ChoiceQuestion,
  TextQuestion,
]);
export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question["type"];

/** One published, immutable version of a survey: what a child is shown. */
export const SurveyVersion = v.object({
  surveyId: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: Text,
  intro: v.optional(Text),
  defaultLanguage: LanguageCode,
  languages: v.pipe(v.array(LanguageCode), v.minLength(1)),
  ageBands: v.pipe(v.array(AgeBand), v.minLength(1)),
  questions: v.pipe(v.array(Question), v.minLength(1), v.maxLength(200)),
});
export type SurveyVersion = v.InferOutput<typeof SurveyVersion>;

/** What `GET /api/s/:code` answers. */
export const PublicSurvey = v.object({ code: v.string(), survey: SurveyVersion });
export type PublicSurvey = v.InferOutput<typeof PublicSurvey>;

/** An answer's raw value; which values are allowed depends on the question (see `answer.ts`). */
export const AnswerValue = v.union([v.number(), v.pipe(v.string(), v.maxLength(4000))]);
export type AnswerValue = v.InferOutput<typeof AnswerValue>;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The body a child's device posts. `id` is made on the device, so a retry is recognisable. */
export const ResponseCreate = v.strictObject({
  id: v.pipe(v.string(), v.toLowerCase(), v.regex(UUID_V7, "The id must be a UUIDv7.")),
  language: LanguageCode,
  ageBand: v.optional(AgeBand),
  /** The survey version the child answered; defaults to the one published now. */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  startedAt: v.pipe(v.string(), v.isoTimestamp("startedAt must be an ISO timestamp.")),
  submittedAt: v.pipe(v.string(), v.isoTimestamp("submittedAt must be an ISO timestamp.")),
  answers: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(40)), AnswerValue),
    v.check((answers) => Object.keys(answers).length <= 200, "Too many answers."),
  ),
});
export type ResponseCreate = v.InferOutput<typeof ResponseCreate>;

/** The faces of an emoji scale, saddest first; the stored value is the position from 1. */
export const EMOJI_FACES: Record<3 | 5, { value: number; face: string; label: Text }[]> = {
  3: [
    { value: 1, face: "😟", label: { en: "Not good" } },
    { value: 2, face: "😐", label: { en: "OK" } },
    { value: 3, face: "😀", label: { en: "Good" } },
  ],
  5: [
    { value: 1, face: "😢", label: { en: "Really bad" } },
    { value: 2, face: "🙁", label: { en: "Not good" } },
    { value: 3, face: "😐", label: { en: "OK" } },
    { value: 4, face: "🙂", label: { en: "Good" } },
    { value: 5, face: "😀", label: { en: "Really good" } },
  ],
};

export const YES_NO_OPTIONS: { value: string; label: Text }[] = [
  { value: "yes", label: { en: "Yes" } },
  { value: "no", label: { en: "No" } },
  { value: "notSure", label: { en: "Not sure" } },
];

export const PREFER_NOT_LABEL: Text = { en: "I'd rather not say" };

/** Picks the words for a language, falling back to the survey's default language. */
export function pick(text: Text | undefined, language: string, fallback: string): string {
  if (!text) return "";
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? "";
}
