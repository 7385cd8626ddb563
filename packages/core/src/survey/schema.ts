/**
 * Survey and response schemas. This file and the ones it re-exports import only valibot, so the
 * web app can use the same schemas and types as the API without pulling in any server code.
 * The stored format is described in docs/survey-format.md.
 */
import * as v from "valibot";
import { Recordings } from "../audio/schema.js";
import { AgeBand, Counter, LanguageCode, QuestionId, Text } from "./base.js";
import { Condition } from "./condition.js";
import { allQuestions } from "./parts.js";
import { Question } from "./question.js";

export * from "./base.js";
export * from "./condition.js";
export { allQuestions, askedQuestions, isAsked } from "./parts.js";
export * from "./question.js";

/** The format version written today; `upgradeSurvey` brings older stored definitions up to it. */
export const SCHEMA_VERSION = 1;

/** A group of questions shown one after another, e.g. "Home", "School". */
export const Page = v.object({
  id: QuestionId,
  title: v.optional(Text),
  questions: v.pipe(v.array(Question), v.minLength(1), v.maxLength(100)),
});
export type Page = v.InferOutput<typeof Page>;

/** How soon a person must look: `urgent` within the hour, `concern` within a working day. */
export const Severity = v.picklist(["urgent", "concern"]);
export type Severity = v.InferOutput<typeof Severity>;

/**
 * An answer that means a child may not be safe, written in the show-if rule language, e.g.
 * `{ "when": { "question": "feel-safe", "in": ["no"] }, "severity": "urgent" }`. A response
 * that meets any rule raises a safeguarding alert.
 */
export const ConcernRule = v.strictObject({ when: Condition, severity: Severity });
export type ConcernRule = v.InferOutput<typeof ConcernRule>;

/** One published, immutable version of a survey: what a child is shown. */
export const SurveyVersion = v.pipe(
  v.object({
    schemaVersion: v.optional(v.literal(SCHEMA_VERSION), SCHEMA_VERSION),
    surveyId: v.string(),
    version: Counter,
    title: Text,
    intro: v.optional(Text),
    defaultLanguage: LanguageCode,
    languages: v.pipe(v.array(LanguageCode), v.minLength(1)),
    ageBands: v.pipe(v.array(AgeBand), v.minLength(1)),
    pages: v.pipe(v.array(Page), v.minLength(1), v.maxLength(50)),
    /** Whether the child may ask for their worker to be told (offered unless this is false). */
    tellWorker: v.optional(v.boolean()),
    /** Answers that raise a safeguarding alert. */
    concerns: v.optional(v.pipe(v.array(ConcernRule), v.maxLength(50))),
    /**
     * Recordings played in place of the device's voice, by string key and language. Set only
     * through the recording routes and carried into each version by publishing.
     */
    audio: v.optional(Recordings),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of structureProblems(dataset.value)) addIssue({ message });
  }),
);
export type SurveyVersion = v.InferOutput<typeof SurveyVersion>;
/** A definition as written by hand or posted: defaults such as `allowPreferNot` may be left out. */
export type SurveyInput = v.InferInput<typeof SurveyVersion>;

const MAX_QUESTIONS = 200;

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Rules that span fields, which the field schemas cannot see. Logic is checked apart. */
function structureProblems(survey: Omit<SurveyVersion, "schemaVersion">): string[] {
  const problems: string[] = [];
  const questions = allQuestions(survey);
  if (!survey.languages.includes(survey.defaultLanguage)) {
    problems.push(`The default language "${survey.defaultLanguage}" is not in languages.`);
  }
  for (const id of duplicates(survey.languages)) problems.push(`Language "${id}" is listed twice.`);
  for (const id of duplicates(survey.ageBands)) problems.push(`Age band ${id} is listed twice.`);
  for (const id of duplicates(survey.pages.map((p) => p.id))) {
    problems.push(`Two pages have the id "${id}".`);
  }
  for (const id of duplicates(questions.map((q) => q.id))) {
    problems.push(`Two questions have the id "${id}".`);
  }
  for (const question of questions) {
    if (question.type !== "choice" && question.type !== "multi") continue;
    for (const id of duplicates(question.options.map((o) => o.id))) {
      problems.push(`Question "${question.id}" has two options with the id "${id}".`);
    }
  }
  if (questions.length > MAX_QUESTIONS) {
    problems.push(
      `A survey can have up to ${MAX_QUESTIONS} questions; this one has ${questions.length}.`,
    );
  }
  return problems;
}

/**
 * Brings a stored definition in an older format up to today's, leaving today's untouched.
 * Before pages existed (no `schemaVersion`), the questions sat at the top level; they become
 * one page with the id `main`.
 */
export function upgradeSurvey(stored: unknown): unknown {
  if (typeof stored !== "object" || stored === null || "pages" in stored) return stored;
  const { questions, ...rest } = stored as { questions?: unknown };
  if (!Array.isArray(questions)) return stored;
  return { ...rest, schemaVersion: SCHEMA_VERSION, pages: [{ id: "main", questions }] };
}

/**
 * What `GET /api/s/:code` answers. `ageBand` is set when the code's distribution is for one
 * band, so the child is not asked theirs and a response for another band is refused.
 */
export const PublicSurvey = v.object({
  /** Only when the child came in by this code: an invite or a tablet never reveals it. */
  code: v.optional(v.string()),
  survey: SurveyVersion,
  ageBand: v.optional(AgeBand),
});
export type PublicSurvey = v.InferOutput<typeof PublicSurvey>;

const Words = v.pipe(v.string(), v.maxLength(4000));

/** A `threeHouses` answer: each house the child wrote in; the others are left out. */
export const HousesAnswer = v.strictObject({
  worries: v.optional(Words),
  goodThings: v.optional(Words),
  dreams: v.optional(Words),
});
export type HousesAnswer = v.InferOutput<typeof HousesAnswer>;

/**
 * An answer's raw value: a number (face, scale), a string (option id, yes/no, text,
 * `preferNot`), a list of option ids (`multi`) or the three houses. Which values fit which
 * question is checked in `answer.ts`.
 */
export const AnswerValue = v.union([
  v.number(),
  Words,
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20)),
  HousesAnswer,
]);
export type AnswerValue = v.InferOutput<typeof AnswerValue>;

/** A device-made id: UUIDv7, so the device can make it offline and a retry is recognisable. */
export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const UNSAFE_KEYS = ["__proto__", "constructor", "prototype"];

/**
 * A time a child's device gives: an ISO timestamp in a year Chorus could have been used, so a
 * tablet whose clock reset to 1970 (or a hand-made 0001 or 2999) is told, not believed.
 */
function deviceTime(name: string) {
  return v.pipe(
    v.string(),
    v.isoTimestamp(`${name} must be an ISO timestamp.`),
    v.check((value) => {
      const year = new Date(value).getUTCFullYear();
      return year >= 2020 && year < 2100;
    }, `${name} must be a time between 2020 and 2099: check the device's clock.`),
  );
}

/** The body a child's device posts. `id` is made on the device, so a retry is recognisable. */
export const ResponseCreate = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.toLowerCase(), v.regex(UUID_V7, "The id must be a UUIDv7.")),
    language: LanguageCode,
    ageBand: v.optional(AgeBand),
    /** The survey version the child answered; defaults to the one published now. */
    version: v.optional(Counter),
    startedAt: deviceTime("startedAt"),
    submittedAt: deviceTime("submittedAt"),
    answers: v.pipe(
      // valibot's record drops these keys without a word (they could reach an object's
      // prototype); as question ids they are refused like any other unknown id.
      v.custom<Record<string, unknown>>(
        (input) =>
          typeof input === "object" &&
          input !== null &&
          !UNSAFE_KEYS.some((key) => Object.hasOwn(input, key)),
        "Answers are keyed by question ids; __proto__, constructor and prototype are not ones.",
      ),
      v.record(v.pipe(v.string(), v.maxLength(40)), AnswerValue),
      v.check((answers) => Object.keys(answers).length <= 200, "Too many answers."),
    ),
    /** The child pressed "tell my worker": the response goes to the safeguarding queue. */
    tellMyWorker: v.optional(v.literal(true)),
    /**
     * The "Tell my worker" request this child's device sent on its own when it was pressed (see
     * `Help.request`). When the server holds it, that request's alert already says so and the
     * response raises no second one for the same press; when it does not, the response asks for
     * the worker itself, so a lost request is never a lost plea.
     */
    helpId: v.optional(
      v.pipe(v.string(), v.toLowerCase(), v.regex(UUID_V7, "The helpId must be a UUIDv7.")),
    ),
  }),
  // A response with no answers says nothing, unless it is a child asking for their worker.
  v.forward(
    v.check(
      (body) =>
        Object.keys(body.answers).length > 0 ||
        body.tellMyWorker === true ||
        body.helpId !== undefined,
      "A response needs at least one answer.",
    ),
    ["answers"],
  ),
);
export type ResponseCreate = v.InferOutput<typeof ResponseCreate>;

/** The longest name for staff a survey may have. */
export const STAFF_NAME_MAX = 80;

/**
 * What staff call a survey ("My life in care – spring 2027, Year 9"), beside the title children
 * see: two surveys from one template are told apart by it. Never sent to a child.
 */
export const StaffName = v.pipe(
  v.string("Give the survey a name for staff."),
  v.trim(),
  v.minLength(1, "Give the survey a name for staff, such as “My life in care – March 2027”."),
  v.maxLength(STAFF_NAME_MAX, `Keep the name for staff to ${STAFF_NAME_MAX} characters.`),
);

const NewSurveyId = v.pipe(
  v.string(),
  v.regex(/^srv_[A-Za-z0-9]{8,40}$/, "Use an id like srv_ followed by letters and digits."),
);

/**
 * Starting a survey: from a template, which needs a name for staff (a template's title is every
 * copy's), or from a definition (an import or a copy), whose name may wait.
 */
export const SurveyCreate = v.pipe(
  v.strictObject({
    id: NewSurveyId,
    templateId: v.optional(v.pipe(v.string(), v.maxLength(60))),
    definition: v.optional(v.looseObject({})),
    staffName: v.optional(StaffName),
    /**
     * With a template: the languages to offer besides English, each filled in from Chorus's
     * phrasebook for it and marked as not checked by a fluent speaker.
     */
    languages: v.optional(v.pipe(v.array(LanguageCode), v.maxLength(40))),
  }),
  v.check(
    (body) => (body.templateId === undefined) !== (body.definition === undefined),
    "Send a templateId or a definition, not both.",
  ),
  v.forward(
    v.check(
      (body) => body.languages === undefined || body.templateId !== undefined,
      "Languages can be chosen only when starting from a template; a definition lists its own.",
    ),
    ["languages"],
  ),
  v.forward(
    v.check(
      (body) => body.templateId === undefined || body.staffName !== undefined,
      "Give the survey a name for staff, such as “My life in care – March 2027”.",
    ),
    ["staffName"],
  ),
);
export type SurveyCreate = v.InferOutput<typeof SurveyCreate>;

/** Marking the words Chorus wrote in one language as checked by a fluent speaker. */
export const TranslationCheck = v.strictObject({ language: LanguageCode });

/** Renaming a survey for staff. */
export const StaffNameSave = v.strictObject({ staffName: StaffName });

/** Saving a draft: the revision it was based on, and the whole definition. */
export const DraftSave = v.strictObject({
  revision: Counter,
  definition: v.looseObject({}),
});

/**
 * Publishing: the draft revision the officer looked at, and, when the survey asks about safety
 * with no safeguarding rule for it, their confirmation that nobody should be alerted.
 */
export const PublishBody = v.strictObject({
  revision: Counter,
  confirmNoSafeguardingRule: v.optional(v.boolean()),
});

/** Which language's sheet to download; every language when absent. */
export const StringsQuery = v.strictObject({ language: v.optional(LanguageCode) });

/** Importing translators' words: the CSV text and the revision it applies to. */
export const StringsImport = v.strictObject({
  revision: Counter,
  csv: v.pipe(v.string(), v.maxLength(200_000)),
});
