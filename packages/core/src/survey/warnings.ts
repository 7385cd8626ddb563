/**
 * What an officer should know before publishing that does not stop it: a survey that asks a
 * child whether they are safe but alerts nobody whatever they answer (publishing then needs a
 * deliberate confirmation), and free text in languages no disclosure lexicon can read (those
 * answers all go to the safeguarding queue unread). Pure, so the API works them out on every
 * save and again at publishing, and the tests can pin the words.
 */
import { hasLexicon } from "../safeguarding/screen.js";
import { safetyQuestionsWithoutRule } from "./concerns.js";
import { LANGUAGES } from "./languages.js";
import { allQuestions, pick } from "./parts.js";
import type { SurveyVersion } from "./schema.js";

/**
 * - `noSafeguardingRule`: these questions ask about safety and no answer to them alerts anyone;
 *   publishing needs `confirmNoSafeguardingRule: true`.
 * - `notScreened`: free text written in these languages cannot be screened automatically, so
 *   each such answer goes to the safeguarding queue as "not screened: please read".
 */
export type PublishWarning =
  | { kind: "noSafeguardingRule"; message: string; questionIds: string[] }
  | { kind: "notScreened"; message: string; questionIds: string[]; languages: string[] };

const englishName = (code: string) => LANGUAGES.find((l) => l.code === code)?.english ?? code;

/** "a", "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The warnings for a draft, most serious first; empty when there is nothing to say. */
export function publishWarnings(
  survey: Pick<SurveyVersion, "pages" | "concerns" | "languages" | "defaultLanguage">,
  screened: (language: string) => boolean = hasLexicon,
): PublishWarning[] {
  const warnings: PublishWarning[] = [];
  const lang = survey.defaultLanguage;
  const name = (question: { id: string; prompt: Record<string, string> }) =>
    `“${pick(question.prompt, lang, lang) || question.id}”`;

  const unruled = safetyQuestionsWithoutRule(survey);
  if (unruled.length > 0) {
    const one = unruled.length === 1;
    warnings.push({
      kind: "noSafeguardingRule",
      questionIds: unruled.map((q) => q.id),
      message:
        `This survey asks about safety in ${listed(unruled.map(name))}, but no answer to ` +
        `${one ? "it" : "them"} alerts anyone: a child who says they are not safe would not be ` +
        "seen by a safeguarding lead. Add a safeguarding rule, or confirm that nobody should be told.",
    });
  }

  const freeText = allQuestions(survey).filter(
    (q) => q.type === "text" || q.type === "threeHouses",
  );
  const unread = survey.languages.filter((language) => !screened(language));
  if (freeText.length > 0 && unread.length > 0) {
    const names = listed(unread.map((code) => `${englishName(code)} (${code})`));
    const those = unread.length === 1 ? "that language" : "those languages";
    warnings.push({
      kind: "notScreened",
      questionIds: freeText.map((q) => q.id),
      languages: unread,
      message:
        `Answers written in ${names} won't be screened automatically: Chorus has no list of ` +
        `worrying words in ${those}. Each one given to ${listed(freeText.map(name))} will go to ` +
        "the safeguarding queue as “not screened: please read”, for a person to read.",
    });
  }
  return warnings;
}
