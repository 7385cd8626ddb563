/**
 * Which questions a child is asked, and the studio's check that the show-if rules make sense.
 * Pure functions over valibot-only types, so the child's tablet and the API decide alike.
 */
import type { AgeBand } from "./base.js";
import type { Condition, ConditionValue } from "./condition.js";
import { allQuestions, answerRules, bandRules, possibleValues } from "./parts.js";
import type { Question } from "./question.js";
import type { AnswerValue, ConcernRule, SurveyVersion } from "./schema.js";

type Answers = Readonly<Record<string, AnswerValue | undefined>>;
type Bands = Pick<SurveyVersion, "ageBands">;

/** The child's band: the one given, or the survey's only band when it has just one. */
export function bandFor(survey: Bands, ageBand?: AgeBand): AgeBand | undefined {
  return ageBand ?? (survey.ageBands.length === 1 ? survey.ageBands[0] : undefined);
}

function matches(answer: AnswerValue | undefined, value: ConditionValue): boolean {
  return Array.isArray(answer) ? answer.includes(value as string) : answer === value;
}

/** Whether a rule holds for these answers and band. */
export function conditionHolds(
  condition: Condition,
  answers: Answers,
  ageBand: AgeBand | undefined,
): boolean {
  if ("all" in condition) return condition.all.every((c) => conditionHolds(c, answers, ageBand));
  if ("any" in condition) return condition.any.some((c) => conditionHolds(c, answers, ageBand));
  if ("not" in condition) return !conditionHolds(condition.not, answers, ageBand);
  if ("ageBand" in condition) return ageBand !== undefined && condition.ageBand.includes(ageBand);
  const answer = answers[condition.question];
  if ("answered" in condition) return (answer !== undefined) === condition.answered;
  if ("equals" in condition) return matches(answer, condition.equals);
  return condition.in.some((value) => matches(answer, value));
}

/** True when the officer left this question out for the band. */
export function isHiddenForBand(question: Question, ageBand: AgeBand | undefined): boolean {
  return ageBand !== undefined && question.bands?.[ageBand]?.hidden === true;
}

/**
 * Whether a question is asked, given the answers to the questions shown before it (answers to
 * questions that were not shown must be left out: `visibleQuestions` does that).
 */
export function isShown(
  question: Question,
  answers: Answers,
  ageBand: AgeBand | undefined,
): boolean {
  if (isHiddenForBand(question, ageBand)) return false;
  return question.showIf === undefined || conditionHolds(question.showIf, answers, ageBand);
}

/**
 * The questions a child is asked, in order. An answer to a question that is not shown is
 * ignored, so a child who goes back and changes an answer never keeps a stale branch open.
 */
export function visibleQuestions(
  survey: Pick<SurveyVersion, "pages" | "ageBands">,
  answers: Answers,
  ageBand?: AgeBand,
): Question[] {
  const band = bandFor(survey, ageBand);
  const seen: Record<string, AnswerValue | undefined> = {};
  const shown: Question[] = [];
  for (const question of allQuestions(survey)) {
    if (!isShown(question, seen, band)) continue;
    shown.push(question);
    seen[question.id] = answers[question.id];
  }
  return shown;
}

/**
 * The survey's safeguarding rules these answers meet, judged only on the answers to questions
 * the child was shown. The server raises an alert for each (alert/reasons.ts); the child's
 * tablet, deciding alike, shows the help screen instead of the usual thank-you.
 */
export function concernsMet(
  survey: Pick<SurveyVersion, "pages" | "ageBands" | "concerns">,
  answers: Answers,
  ageBand?: AgeBand,
): ConcernRule[] {
  const shown = visibleQuestions(survey, answers, ageBand);
  const visible = Object.fromEntries(shown.map((q) => [q.id, answers[q.id]]));
  return (survey.concerns ?? []).filter((rule) => conditionHolds(rule.when, visible, ageBand));
}

/** The question with its band's own wording in place of the general one. */
export function questionForBand(question: Question, ageBand: AgeBand | undefined): Question {
  const wording = ageBand ? question.bands?.[ageBand] : undefined;
  if (!wording?.prompt && !wording?.help) return question;
  return {
    ...question,
    prompt: wording.prompt ?? question.prompt,
    help: wording.help ?? question.help,
  };
}

const quote = (id: string) => `"${id}"`;

/**
 * What is wrong with a survey's show-if rules, one sentence per problem naming the questions:
 * unknown, self, forward and circular references, comparisons with answers a question cannot
 * have, and age bands the survey is not for. Empty when the rules are sound.
 */
export function logicProblems(
  survey: Pick<SurveyVersion, "pages" | "ageBands" | "concerns">,
): string[] {
  const questions = allQuestions(survey);
  const position = new Map(questions.map((q, i) => [q.id, i]));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: string[] = [];

  questions.forEach((question, index) => {
    const id = quote(question.id);
    if (survey.ageBands.every((band) => isHiddenForBand(question, band))) {
      problems.push(`Question ${id} is hidden for every age band this survey is for.`);
    }
    if (!question.showIf) return;
    for (const band of new Set(bandRules(question.showIf))) {
      if (!survey.ageBands.includes(band)) {
        problems.push(`Question ${id} checks age band ${band}, which this survey is not for.`);
      }
    }
    for (const rule of answerRules(question.showIf)) {
      const target = byId.get(rule.question);
      const other = quote(rule.question);
      if (rule.question === question.id) {
        problems.push(`Question ${id} depends on its own answer; a rule can only look back.`);
      } else if (!target) {
        problems.push(`Question ${id} depends on ${other}, but there is no such question.`);
      } else if (position.get(rule.question)! > index) {
        problems.push(
          `Question ${id} depends on ${other}, which comes after it. ` +
            `Move ${other} before ${id} or change the rule.`,
        );
      } else {
        problems.push(...valueProblems(question, target, rule));
      }
    }
  });
  (survey.concerns ?? []).forEach((concern, index) => {
    for (const rule of answerRules(concern.when)) {
      const target = byId.get(rule.question);
      const name = `Safeguarding rule ${index + 1}`;
      if (!target) {
        problems.push(`${name} looks at ${quote(rule.question)}, but there is no such question.`);
      } else if (target.type === "info") {
        problems.push(`${name} looks at ${quote(target.id)}, an information screen.`);
      } else if (!("answered" in rule)) {
        const allowed = possibleValues(target);
        const values = "equals" in rule ? [rule.equals] : rule.in;
        for (const value of values.filter((value) => allowed && !allowed.includes(value))) {
          problems.push(
            `${name} checks ${quote(target.id)} for ${JSON.stringify(value)}, which it cannot be.`,
          );
        }
      }
    }
  });
  // A rule that names the same question twice would otherwise say the same thing twice.
  return [...new Set([...problems, ...cycles(questions, byId)])];
}

function valueProblems(
  question: Question,
  target: Question,
  rule: Extract<Condition, { question: string }>,
): string[] {
  const [id, other] = [quote(question.id), quote(target.id)];
  if (target.type === "info") {
    return [`Question ${id} depends on ${other}, an information screen with nothing to answer.`];
  }
  if ("answered" in rule) return [];
  const values = "equals" in rule ? [rule.equals] : rule.in;
  const allowed = possibleValues(target);
  if (!allowed) {
    return [`Question ${id} compares ${other}'s free text with a value; use "answered" instead.`];
  }
  return values
    .filter((value) => !allowed.includes(value))
    .map(
      (value) => `Question ${id} checks ${other} for ${JSON.stringify(value)}, which it cannot be.`,
    );
}

/** Loops of dependencies; only possible through a forward reference, but named on their own. */
function cycles(questions: Question[], byId: Map<string, Question>): string[] {
  const edges = (q: Question) =>
    q.showIf
      ? [...new Set(answerRules(q.showIf).map((r) => r.question))].filter(
          (to) => to !== q.id && byId.has(to),
        )
      : [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found = new Map<string, string>();
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    for (const to of edges(byId.get(id)!)) {
      if (state.get(to) === "open") {
        const loop = stack.slice(stack.indexOf(to));
        const key = [...loop].sort().join(" ");
        const path = [...loop, to].map(quote).join(" → ");
        found.set(key, `Questions ${path} depend on each other in a loop.`);
      } else if (!state.has(to)) {
        visit(to);
      }
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const question of questions) if (!state.has(question.id)) visit(question.id);
  return [...found.values()];
}
