/**
 * Changes an officer makes to a survey's structure. Each function changes the survey in place,
 * so the editor can run it inside a Solid store's `produce` (keeping every unchanged question's
 * identity, and with it the focus) and tests can run it on plain objects.
 */
import { safetyQuestionsWithoutRule, unsafeAnswers } from "@chorus/core/survey/concerns";
import {
  allQuestions,
  type ChoiceOption,
  type ConcernRule,
  type ConditionValue,
  possibleValues,
  type Question,
  type QuestionType,
  type Severity,
  type SurveyVersion,
  type Text,
} from "@chorus/core/survey/schema";
import { slugId } from "./ids";

/** Where a question sits: its page and its place on that page. */
export type Place = { page: number; index: number };

/** Sets or clears one language's words; an optional text left with no words is removed. */
export function setText(
  holder: Record<string, unknown>,
  field: string,
  language: string,
  words: string,
  required = false,
): void {
  const text = { ...((holder[field] as Text | undefined) ?? {}) };
  if (words.trim()) text[language] = words;
  else delete text[language];
  if (!required && Object.keys(text).length === 0) delete holder[field];
  else holder[field] = text;
}

/**
 * Moves a question one place up (-1) or down (+1). At the edge of a page it crosses to the
 * neighbouring page, so every order can be reached with the two buttons alone. Returns where it
 * landed, or undefined when it cannot move (or would leave its page empty).
 */
export function moveQuestion(survey: SurveyVersion, from: Place, delta: -1 | 1): Place | undefined {
  const page = survey.pages[from.page];
  if (!page) return undefined;
  const to = from.index + delta;
  if (to >= 0 && to < page.questions.length) {
    const [question] = page.questions.splice(from.index, 1);
    page.questions.splice(to, 0, question!);
    return { page: from.page, index: to };
  }
  const next = survey.pages[from.page + delta];
  if (!next || page.questions.length === 1) return undefined;
  const [question] = page.questions.splice(from.index, 1);
  if (delta < 0) {
    next.questions.push(question!);
    return { page: from.page - 1, index: next.questions.length - 1 };
  }
  next.questions.unshift(question!);
  return { page: from.page + 1, index: 0 };
}

const TYPE_NAMES: Record<QuestionType, string> = {
  emoji: "Faces",
  yesNo: "Yes / no / not sure",
  choice: "One choice",
  multi: "Several choices",
  scale: "Scale 0–10",
  text: "Their own words",
  threeHouses: "Three houses",
  info: "Information screen",
};
export const QUESTION_TYPES = Object.entries(TYPE_NAMES) as [QuestionType, string][];
export const typeName = (type: QuestionType) => TYPE_NAMES[type];

/** A new question of a type, with the fields its type needs and a free id. */
export function blankQuestion(
  survey: SurveyVersion,
  type: QuestionType,
  language: string,
): Question {
  const taken = allQuestions(survey).map((q) => q.id);
  const base = { id: slugId(`new-${type}`, taken), prompt: {}, allowPreferNot: true };
  const option = (id: string, words: string): ChoiceOption => ({
    id,
    label: { [language]: words },
  });
  switch (type) {
    case "emoji":
      return { ...base, type, faces: 5 };
    case "choice":
    case "multi": {
      const options = [option("first", "First choice"), option("second", "Second choice")];
      return type === "multi" ? { ...base, type, options, min: 1 } : { ...base, type, options };
    }
    case "scale":
      return {
        ...base,
        type,
        minLabel: { [language]: "Not at all" },
        maxLabel: { [language]: "Completely" },
      };
    case "text":
      return { ...base, type, multiline: true, maxLength: 1000 };
    case "threeHouses":
      return { ...base, type, maxLength: 1000 };
    default:
      return { ...base, type } as Question;
  }
}

/** Adds a question after `after` (or at the start of the page when undefined); returns its place. */
export function addQuestion(
  survey: SurveyVersion,
  page: number,
  after: number | undefined,
  question: Question,
): Place {
  const index = after === undefined ? 0 : after + 1;
  survey.pages[page]!.questions.splice(index, 0, question);
  return { page, index };
}

/**
 * Removes a question. A page left empty goes too, since a page must hold a question; the
 * survey's last question stays. Returns the place focus should move to, or undefined.
 */
export function removeQuestion(survey: SurveyVersion, at: Place): Place | undefined {
  if (allQuestions(survey).length <= 1) return undefined;
  const page = survey.pages[at.page]!;
  page.questions.splice(at.index, 1);
  if (page.questions.length === 0) {
    survey.pages.splice(at.page, 1);
    const previous = Math.max(0, at.page - 1);
    return { page: previous, index: Math.max(0, survey.pages[previous]!.questions.length - 1) };
  }
  return { page: at.page, index: Math.min(at.index, page.questions.length - 1) };
}

/** Adds a page with one question after `after`; returns the new page's index. */
export function addPage(
  survey: SurveyVersion,
  after: number,
  title: string,
  question: Question,
): number {
  const id = slugId(
    title || "page",
    survey.pages.map((p) => p.id),
    "page",
  );
  const language = survey.defaultLanguage;
  survey.pages.splice(after + 1, 0, {
    id,
    title: { [language]: title || "New page" },
    questions: [question],
  });
  return after + 1;
}

/** Adds an option with a free id made from its words. */
export function addOption(
  question: { options: ChoiceOption[] },
  language: string,
  words: string,
): void {
  const id = slugId(
    words,
    question.options.map((o) => o.id),
    "option",
  );
  question.options.push({ id, label: { [language]: words } });
}

/** Questions a safeguarding rule can look at: those with set answers to choose from. */
export const ruleQuestions = (survey: Pick<SurveyVersion, "pages">): Question[] =>
  allQuestions(survey).filter((q) => possibleValues(q) !== undefined);

/** The answer a new rule alerts on: "No", the saddest face, or else the first answer. */
export function worryingAnswers(question: Question): ConditionValue[] {
  if (question.type === "yesNo") return ["no"];
  if (question.type === "emoji") return [1];
  return possibleValues(question)?.slice(0, 1) ?? [];
}

/**
 * The question and answers of a rule the studio edits field by field: one question, some of its
 * answers. Undefined for a combined rule (all, any, not, age bands), which is described instead.
 */
export function simpleConcern(
  rule: ConcernRule,
): { question: string; answers: ConditionValue[] } | undefined {
  const when = rule.when;
  if ("equals" in when) return { question: when.question, answers: [when.equals] };
  if ("in" in when) return { question: when.question, answers: when.in };
  return undefined;
}

/**
 * Adds a rule: for `question` if given, else for the first question about safety with no rule,
 * else the first question with set answers. A yes/no question named here gets the templates'
 * pair ("No" urgent, "Not sure" a concern). Returns the new rule's index, or -1 when the survey
 * has no question a rule can look at.
 */
export function addConcern(survey: SurveyVersion, question?: Question): number {
  const target = question ?? safetyQuestionsWithoutRule(survey)[0] ?? ruleQuestions(survey)[0];
  if (!target) return -1;
  survey.concerns ??= [];
  const at = survey.concerns.length;
  if (target.type === "yesNo" && question) survey.concerns.push(...unsafeAnswers(target.id));
  else
    survey.concerns.push({
      when: { question: target.id, in: worryingAnswers(target) },
      severity: "urgent",
    });
  return at;
}

/** Points a rule at another question, alerting on that question's most worrying answer. */
export function setConcernQuestion(survey: SurveyVersion, index: number, question: Question) {
  const rule = survey.concerns?.[index];
  if (rule) rule.when = { question: question.id, in: worryingAnswers(question) };
}

/**
 * Adds or takes away one answer of a simple rule. False, changing nothing, when that would leave
 * the rule with no answer: removing the rule is how it stops alerting.
 */
export function setConcernAnswer(
  survey: SurveyVersion,
  index: number,
  value: ConditionValue,
  on: boolean,
): boolean {
  const rule = survey.concerns?.[index];
  const simple = rule && simpleConcern(rule);
  if (!rule || !simple) return false;
  const kept = simple.answers.filter((answer) => answer !== value);
  const answers = on ? [...kept, value] : kept;
  if (answers.length === 0) return false;
  const question = allQuestions(survey).find((q) => q.id === simple.question);
  // In the question's own order, so the words read "No or Not sure" however they were ticked.
  const order = (question && possibleValues(question)) ?? [];
  answers.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  rule.when = { question: simple.question, in: answers };
  return true;
}

export function setConcernSeverity(survey: SurveyVersion, index: number, severity: Severity) {
  const rule = survey.concerns?.[index];
  if (rule) rule.severity = severity;
}

/** Removes a rule; returns the index of the rule now in its place (or before it), if any. */
export function removeConcern(survey: SurveyVersion, index: number): number | undefined {
  survey.concerns?.splice(index, 1);
  const left = survey.concerns?.length ?? 0;
  if (left === 0) delete survey.concerns;
  return left === 0 ? undefined : Math.min(index, left - 1);
}
