/**
 * Why a response needs a person to look at it: deterministic rules only, never a score. Pure,
 * so the submit path can decide whether an alert is due before it writes anything, and the
 * alert effect can work the same reasons out again from the stored response.
 */

import { screenText } from "../safeguarding/screen.js";
import type { ExtraPhrase } from "../safeguarding/types.js";
import type { AgeBand } from "../survey/base.js";
import { concernsMet, visibleQuestions } from "../survey/logic.js";
import { answerRules } from "../survey/parts.js";
import type { AnswerValue, Severity, SurveyVersion } from "../survey/schema.js";
import type { Reason } from "./schema.js";

/** What a screener says of one piece of free text (see the disclosure lexicon). */
export interface Screening {
  /** False when the language has no lexicon: the text must then be read by a person. */
  screened: boolean;
  alert: boolean;
  severity?: Severity;
  matched: string[];
}

export type Screener = (language: string, text: string) => Screening;

/**
 * A screener over the disclosure lexicon and whatever own phrases `phrases` gives for a
 * language, with the words that matched as the child wrote them. Free text in a language with
 * no lexicon comes back unscreened, and so goes to a person to read.
 */
export function screenerWith(phrases: (language: string) => ExtraPhrase[]): Screener {
  return (language, text) => {
    const result = screenText(language, text, { extraPhrases: phrases(language) });
    return {
      screened: result.screened,
      alert: result.alert,
      severity: result.severity,
      matched: [...new Set(result.matched.map((match) => text.slice(match.at[0], match.at[1])))],
    };
  };
}

/** The disclosure lexicon alone. */
export const byLexicon: Screener = screenerWith(() => []);

export interface Answered {
  language: string;
  ageBand?: AgeBand;
  answers: Record<string, AnswerValue>;
  tellMyWorker?: boolean;
}

/** Every reason a response gives to raise an alert; empty when there is none. */
export function reasonsFor(
  definition: Pick<SurveyVersion, "pages" | "ageBands" | "concerns">,
  response: Answered,
  screen: Screener = byLexicon,
): Reason[] {
  const reasons: Reason[] = [];
  if (response.tellMyWorker) reasons.push({ kind: "tellMyWorker", severity: "urgent" });
  // Rules see the answers the child could really give: those to questions they were shown.
  const shown = visibleQuestions(definition, response.answers, response.ageBand);
  const visible = Object.fromEntries(shown.map((q) => [q.id, response.answers[q.id]]));
  for (const concern of concernsMet(definition, response.answers, response.ageBand)) {
    const [first] = answerRules(concern.when);
    reasons.push({ kind: "answer", questionId: first?.question ?? "", severity: concern.severity });
  }
  for (const { questionId, part, text } of freeTexts(shown, visible)) {
    const screening = screen(response.language, text);
    const where = { questionId, ...(part ? { part } : {}) };
    if (!screening.screened) reasons.push({ kind: "unscreened", ...where, severity: "concern" });
    else if (screening.alert) {
      reasons.push({
        kind: "text",
        ...where,
        matched: screening.matched,
        severity: screening.severity ?? "concern",
      });
    }
  }
  return reasons;
}

/** The free text among answers to the questions shown: text answers and the houses' words. */
function freeTexts(shown: ReturnType<typeof visibleQuestions>, visible: Record<string, unknown>) {
  const found: { questionId: string; part?: string; text: string }[] = [];
  for (const question of shown) {
    const answer = visible[question.id];
    const texts: [string | undefined, unknown][] =
      question.type === "text"
        ? [[undefined, answer]]
        : question.type === "threeHouses" && answer && typeof answer === "object"
          ? Object.entries(answer)
          : [];
    for (const [part, text] of texts) {
      if (typeof text === "string" && text.trim() !== "") {
        found.push({ questionId: question.id, ...(part ? { part } : {}), text });
      }
    }
  }
  return found;
}

/** The alert's severity: the most serious of its reasons. */
export const severityOf = (reasons: Reason[]): Severity =>
  reasons.some((reason) => reason.severity === "urgent") ? "urgent" : "concern";
