/**
 * "You said, we did" shapes shared with the web app (valibot only): what a leader records, and
 * what a child is shown of it. A child is never shown anything but the leader's own words.
 */
import * as v from "valibot";

/** Where an action stands, in the order a child reads them: now, done, next. */
export const ActionStatus = v.picklist(["planned", "doing", "done"]);
export type ActionStatus = v.InferOutput<typeof ActionStatus>;

const Words = (what: string, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, `Write ${what}.`),
    v.maxLength(max, `Keep ${what} to ${max} characters.`),
  );

/** A language tag such as `en`, `pl`, `ar` or `pt-BR`. */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Use a language code such as en, pl or ar."),
);

/** "You said" and "we did" in one language. */
export const ActionWords = v.strictObject({
  said: Words("what children said", 400),
  did: Words("what the council will do or did", 600),
});
export type ActionWords = v.InferOutput<typeof ActionWords>;

const Day = v.pipe(v.string(), v.isoDate("Use a date like 2027-03-31."));

/** Everything a leader sets on an action; the same on create and on edit. */
const fields = {
  /** The language `said` and `did` are written in. */
  language: v.optional(LanguageTag, "en"),
  said: Words("what children said", 400),
  did: Words("what the council will do or did", 600),
  /** A theme of the codebook (or the organisation's own) the action answers. */
  themeId: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "Choose a theme from the list.")),
  ),
  /** The survey it answers; without one the action is shown for every survey's code. */
  surveyId: v.optional(
    v.pipe(v.string(), v.regex(/^srv_[A-Za-z0-9_]{1,60}$/, "Choose a survey from the list.")),
  ),
  /** A question of that survey. */
  questionId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
  /** Who is responsible: a role or a team, not a child. */
  owner: Words("who owns it", 120),
  status: ActionStatus,
  /** By when it will be done, or when it was. */
  due: v.optional(Day),
  /** The same two sentences in the survey's other languages, filled in by a leader or officer. */
  translations: v.optional(v.record(LanguageTag, ActionWords), {}),
};

const questionNeedsSurvey = <T extends { questionId?: string; surveyId?: string }>(input: T) =>
  !input.questionId || Boolean(input.surveyId);
const notOwnLanguage = <T extends { language: string; translations: Record<string, unknown> }>(
  input: T,
) => !(input.language in input.translations);

/** A new action; its id is made by the client so a retry finds the action it already made. */
export const ActionCreate = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^act_[A-Za-z0-9]{8,40}$/, "Use an id like act_ followed by letters and digits."),
    ),
    ...fields,
  }),
  v.check(questionNeedsSurvey, "Choose the survey the question belongs to."),
  v.check(notOwnLanguage, "A translation cannot be in the action's own language."),
);
export type ActionCreate = v.InferOutput<typeof ActionCreate>;

/**
 * The whole action again, as the leader now wants it. `revision` is the one they looked at:
 * when someone else changed it since, the edit is refused rather than lost.
 */
export const ActionUpdate = v.pipe(
  v.strictObject({
    revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    ...fields,
  }),
  v.check(questionNeedsSurvey, "Choose the survey the question belongs to."),
  v.check(notOwnLanguage, "A translation cannot be in the action's own language."),
);
export type ActionUpdate = v.InferOutput<typeof ActionUpdate>;

/** An action as leaders see it. */
export const Action = v.object({
  id: v.string(),
  orgId: v.string(),
  language: v.string(),
  said: v.string(),
  did: v.string(),
  themeId: v.optional(v.string()),
  surveyId: v.optional(v.string()),
  questionId: v.optional(v.string()),
  owner: v.string(),
  status: ActionStatus,
  due: v.optional(v.string()),
  translations: v.record(v.string(), v.object({ said: v.string(), did: v.string() })),
  published: v.boolean(),
  publishedAt: v.optional(v.string()),
  revision: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  updatedBy: v.string(),
});
export type Action = v.InferOutput<typeof Action>;

/** An action with the languages its survey offers that it has no words in yet. */
export const ActionView = v.object({
  ...Action.entries,
  /** Languages children may answer in (the survey's, or every survey's) still to translate. */
  missingLanguages: v.array(v.string()),
});
export type ActionView = v.InferOutput<typeof ActionView>;

/** What a child is shown: the leader's words in the child's language, or the survey's own. */
export const YouSaidAction = v.object({
  id: v.string(),
  said: v.string(),
  did: v.string(),
  status: ActionStatus,
  /** The language these words are in: not the child's when nobody translated them yet. */
  language: v.string(),
  due: v.optional(v.string()),
});
export type YouSaidAction = v.InferOutput<typeof YouSaidAction>;

export const YouSaid = v.object({
  /** The language asked for. */
  language: v.string(),
  /** The survey's own language, which words fall back to. */
  defaultLanguage: v.string(),
  actions: v.array(YouSaidAction),
});
export type YouSaid = v.InferOutput<typeof YouSaid>;

export const YouSaidQuery = v.strictObject({ language: v.optional(LanguageTag) });

export const TranslationParams = v.object({ actionId: v.string(), language: LanguageTag });
