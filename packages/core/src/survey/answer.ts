import type { AgeBand } from "./base.js";
import { bandFor, isHiddenForBand, visibleQuestions } from "./logic.js";
import {
  type AnswerValue,
  allQuestions,
  HOUSES,
  PREFER_NOT,
  possibleValues,
  type Question,
  type SurveyVersion,
} from "./schema.js";

export interface AnswerIssue {
  /** Where the problem is, as a dot path such as `answers.feel-safe`. */
  path: string;
  message: string;
}

const isText = (value: AnswerValue): value is string => typeof value === "string";

/** True when the value is one of the question's fixed answers (faces, yes/no, options, 0–10). */
const isListed = (question: Question, value: AnswerValue) =>
  (typeof value === "string" || typeof value === "number") &&
  possibleValues(question)!.includes(value);

/** Why a value is not an answer to this question, or undefined when it is one. */
export function answerProblem(question: Question, value: AnswerValue): string | undefined {
  if (question.type === "info") return "An information screen has nothing to answer.";
  if (value === PREFER_NOT) {
    return question.allowPreferNot ? undefined : 'This question has no "rather not say" answer.';
  }
  switch (question.type) {
    case "emoji":
      return isListed(question, value) ? undefined : `Choose a face from 1 to ${question.faces}.`;
    case "yesNo":
      return isListed(question, value) ? undefined : "Answer yes, no or notSure.";
    case "choice":
      return isListed(question, value) ? undefined : "Choose one of the question's options.";
    case "multi":
      return multiProblem(question, value);
    case "scale":
      return isListed(question, value) ? undefined : "Choose a whole number from 0 to 10.";
    case "text":
      if (!isText(value)) return "Answer with text.";
      return value.length > question.maxLength
        ? `Keep the answer to ${question.maxLength} characters.`
        : undefined;
    case "threeHouses":
      return housesProblem(question.maxLength, value);
  }
}

function multiProblem(question: Extract<Question, { type: "multi" }>, value: AnswerValue) {
  if (!Array.isArray(value)) return "Answer with a list of option ids.";
  if (new Set(value).size !== value.length) return "Choose each option once only.";
  if (!value.every((id) => question.options.some((option) => option.id === id))) {
    return "Choose only the question's options.";
  }
  const max = question.max ?? question.options.length;
  if (value.length < question.min || value.length > max) {
    return question.min === max
      ? `Choose ${max} options.`
      : `Choose from ${question.min} to ${max} options.`;
  }
  return undefined;
}

function housesProblem(maxLength: number, value: AnswerValue) {
  if (typeof value !== "object" || Array.isArray(value)) {
    return "Answer with worries, goodThings and dreams.";
  }
  const entries = Object.entries(value);
  if (entries.some(([house]) => !(HOUSES as readonly string[]).includes(house))) {
    return "Use only worries, goodThings and dreams.";
  }
  if (entries.some(([, words]) => typeof words !== "string" || words.length > maxLength)) {
    return `Keep each house to ${maxLength} characters of text.`;
  }
  return entries.some(([, words]) => words.trim() !== "")
    ? undefined
    : "Write in at least one house.";
}

/**
 * Every problem with a set of answers for one survey version (empty when all is well). An
 * answer to a question the child was not shown, because of their age band or a show-if rule,
 * is refused: it cannot have come from the survey as asked.
 */
export function answerIssues(
  survey: SurveyVersion,
  answers: Record<string, AnswerValue>,
  ageBand?: AgeBand,
): AnswerIssue[] {
  const band = bandFor(survey, ageBand);
  const byId = new Map(allQuestions(survey).map((question) => [question.id, question]));
  const shown = new Set(visibleQuestions(survey, answers, band).map((question) => question.id));
  const issues: AnswerIssue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    let message: string | undefined;
    if (!question) message = "There is no such question.";
    else if (isHiddenForBand(question, band)) {
      message = `This question is not asked in the ${band} age band.`;
    } else if (!shown.has(id)) {
      message = "This question was not shown: its show-if rule does not fit the other answers.";
    } else message = answerProblem(question, value);
    if (message) issues.push({ path: `answers.${id}`, message });
  }
  return issues;
}

/** Issues in the shape of valibot's `flatten`, so every 400 reads the same way. */
export function flattenIssues(issues: AnswerIssue[]) {
  const nested: Record<string, string[]> = {};
  for (const issue of issues) {
    nested[issue.path] = [...(nested[issue.path] ?? []), issue.message];
  }
  return { nested };
}
