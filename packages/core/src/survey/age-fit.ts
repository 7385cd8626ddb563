/**
 * Whether each age band is asked only what children of that age can answer. For 4 to 7 that
 * means no 0–10 scale (numbers that far mean little at five) and no boxes to write in: a child
 * who cannot write yet meets a write-in box as a question they cannot answer, however
 * politely Skip is offered. The three houses for the youngest become picture choices; words of
 * their own are asked for once, at the end, as something to tell the adult with them, who
 * writes it down (or not). Pure, over valibot-only types, so templates, demo surveys and the
 * studio can all be held to it.
 */
import type { AgeBand } from "./base.js";
import type { Condition } from "./condition.js";
import { isHiddenForBand } from "./logic.js";
import { allQuestions } from "./parts.js";
import type { Question } from "./question.js";
import type { SurveyVersion } from "./schema.js";

/** Whether some answers could make the rule hold for a child in this band. */
function mayHold(condition: Condition, band: AgeBand): boolean {
  if ("all" in condition) return condition.all.every((c) => mayHold(c, band));
  if ("any" in condition) return condition.any.some((c) => mayHold(c, band));
  if ("not" in condition) return !mustHold(condition.not, band);
  if ("ageBand" in condition) return condition.ageBand.includes(band);
  return true;
}

/** Whether the rule holds for this band whatever the child answers. */
function mustHold(condition: Condition, band: AgeBand): boolean {
  if ("all" in condition) return condition.all.every((c) => mustHold(c, band));
  if ("any" in condition) return condition.any.some((c) => mustHold(c, band));
  if ("not" in condition) return !mayHold(condition.not, band);
  if ("ageBand" in condition) return condition.ageBand.includes(band);
  return false;
}

/**
 * The questions a child in this band may meet, in order: those not left out for the band and
 * whose show-if rule some answers could meet. Errs towards including, so a check over it errs
 * towards complaining.
 */
export function questionsForBand(
  survey: Pick<SurveyVersion, "pages" | "ageBands">,
  band: AgeBand,
): Question[] {
  if (!survey.ageBands.includes(band)) return [];
  return allQuestions(survey).filter(
    (q) => !isHiddenForBand(q, band) && (q.showIf === undefined || mayHold(q.showIf, band)),
  );
}

const quote = (id: string) => `"${id}"`;

/**
 * What the youngest band is asked that they cannot answer, one sentence per problem naming the
 * question; empty when the survey is not for 4 to 7 or asks them nothing out of reach.
 */
export function ageFitProblems(survey: Pick<SurveyVersion, "pages" | "ageBands">): string[] {
  const asked = questionsForBand(survey, "4-7");
  const answerable = asked.filter((q) => q.type !== "info");
  const problems: string[] = [];
  for (const question of asked) {
    const id = quote(question.id);
    if (question.type === "scale") {
      problems.push(
        `${id} is a 0 to 10 scale, which 4 to 7 year olds cannot use: use faces, or leave it out for them.`,
      );
    }
    if (question.type === "threeHouses") {
      problems.push(
        `${id} asks 4 to 7 year olds to write in three houses: use picture choices, or leave it out for them.`,
      );
    }
    if (question.type === "text" && question !== answerable.at(-1)) {
      problems.push(
        `${id} asks 4 to 7 year olds to write: ask for their own words once, as the last question, for the adult with them to write down.`,
      );
    }
  }
  return problems;
}
