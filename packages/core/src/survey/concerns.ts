/**
 * The safeguarding rules templates ship with, and how to tell that a question asks about safety
 * (no schemas, so any bundle may take them). A child who says "no" to feeling safe is urgent;
 * "not sure" is a concern a person reads within a working day. Erring towards alerting is
 * deliberate: a false alarm costs a few minutes of someone's time, a missed child costs far more.
 */
import { allQuestions, answerRules, possibleValues } from "./parts.js";
import type { Question } from "./question.js";
import type { ConcernRule, SurveyVersion } from "./schema.js";

/** The rules for yes/no questions about feeling safe. */
export function unsafeAnswers(...questionIds: string[]): ConcernRule[] {
  return questionIds.flatMap((question): ConcernRule[] => [
    { when: { question, in: ["no"] }, severity: "urgent" },
    { when: { question, in: ["notSure"] }, severity: "concern" },
  ]);
}

/** Words in a question that show it asks about safety, so publishing can warn without a rule. */
export const SAFETY_WORDS = /\b(safe|unsafe|safety|scared|frightened|hurt|harm)\b/i;

/**
 * The same in the other languages surveys are written in, as far as they are known: Polish
 * stems (bezpieczny, bezpiecznie, niebezpiecznie…, boisz się, krzywda) and Arabic stems, which
 * take prefixes such as "بال" ("بالأمان"), so they are looked for inside words.
 */
const SAFETY_WORDS_ELSEWHERE = [
  /(?<!\p{L})(nie)?bezpieczn\p{L}*|(?<!\p{L})(boisz|boi|boję|krzywd\p{L}*|strach\p{L}*)(?!\p{L})/iu,
  /أمان|آمن|امان|خائف|خايف|يؤذي|أذى/u,
];

/** Whether a question's words, in any language or age band's wording, ask about safety. */
export function asksAboutSafety(question: Question): boolean {
  const texts = [
    ...Object.values(question.prompt),
    ...Object.values(question.bands ?? {}).flatMap((band) => Object.values(band?.prompt ?? {})),
  ];
  return texts.some(
    (text) => SAFETY_WORDS.test(text) || SAFETY_WORDS_ELSEWHERE.some((words) => words.test(text)),
  );
}

/**
 * Questions that ask about safety with set answers (yes/no, faces, choices, a scale) but that no
 * safeguarding rule looks at, so no answer to them alerts anyone. A follow-up asked only after
 * an answer to another safety question ("Who would you tell if you didn't feel safe?") is left
 * out: the rule belongs on the question it follows. Free text is left out too: the disclosure
 * lexicon reads it.
 */
export function safetyQuestionsWithoutRule(
  survey: Pick<SurveyVersion, "pages" | "concerns">,
): Question[] {
  const questions = allQuestions(survey);
  const ruled = new Set(
    (survey.concerns ?? []).flatMap((concern) => answerRules(concern.when).map((r) => r.question)),
  );
  const safety = new Set(questions.filter(asksAboutSafety).map((q) => q.id));
  const followsSafety = (question: Question) =>
    question.showIf !== undefined &&
    answerRules(question.showIf).some(
      (rule) =>
        rule.question !== question.id && (ruled.has(rule.question) || safety.has(rule.question)),
    );
  return questions.filter(
    (question) =>
      safety.has(question.id) &&
      possibleValues(question) !== undefined &&
      !ruled.has(question.id) &&
      !followsSafety(question),
  );
}
