import {
  type AnswerValue,
  EMOJI_FACES,
  PREFER_NOT,
  type Question,
  type SurveyVersion,
  YES_NO_OPTIONS,
} from "./schema.js";

export interface AnswerIssue {
  /** Where the problem is, as a dot path such as `answers.feel-safe`. */
  path: string;
  message: string;
}

/** Why a value is not an answer to this question, or undefined when it is one. */
export function answerProblem(question: Question, value: AnswerValue): string | undefined {
  if (value === PREFER_NOT) {
    return question.allowPreferNot ? undefined : 'This question has no "rather not say" answer.';
  }
  switch (question.type) {
    case "emoji":
      return EMOJI_FACES[question.faces].some((face) => face.value === value)
        ? undefined
        : `Choose a face from 1 to ${question.faces}.`;
    case "yesNo":
      return YES_NO_OPTIONS.some((option) => option.value === value)
        ? undefined
        : "Answer yes, no or notSure.";
    case "choice":
      return question.options.some((option) => option.id === value)
        ? undefined
        : "Choose one of the question's options.";
    case "text":
      if (typeof value !== "string") return "Answer with text.";
      return value.length > question.maxLength
        ? `Keep the answer to ${question.maxLength} characters.`
        : undefined;
  }
}

/** Every problem with a set of answers for one survey version (empty when all is well). */
export function answerIssues(
  survey: SurveyVersion,
  answers: Record<string, AnswerValue>,
): AnswerIssue[] {
  const byId = new Map(survey.questions.map((question) => [question.id, question]));
  const issues: AnswerIssue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    const message = question ? answerProblem(question, value) : "There is no such question.";
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
