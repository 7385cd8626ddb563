import {
  type AnswerValue,
  EMOJI_FACES,
  PREFER_NOT,
  PREFER_NOT_LABEL,
  type Question,
  type Text,
  YES_NO_OPTIONS,
} from "../survey/schema.js";
import type { QuestionReport, ReportRow } from "./schema.js";

/** Raw counts for one question: how many answered, and how many gave each value. */
export interface Tally {
  answered: number;
  counts: Map<AnswerValue, number>;
}

/** Folds answers into per-question tallies. Order does not matter, so the fold is deterministic. */
export function tallyAnswers(answerSets: Iterable<Record<string, AnswerValue>>) {
  const tallies = new Map<string, Tally>();
  for (const answers of answerSets) {
    for (const [questionId, value] of Object.entries(answers)) {
      let tally = tallies.get(questionId);
      if (!tally) {
        tally = { answered: 0, counts: new Map() };
        tallies.set(questionId, tally);
      }
      tally.answered += 1;
      tally.counts.set(value, (tally.counts.get(value) ?? 0) + 1);
    }
  }
  return tallies;
}

/** The answers a question can be given, in the order a report lists them. */
export function answerOptions(question: Question): { value: AnswerValue; label: Text }[] {
  const options: { value: AnswerValue; label: Text }[] =
    question.type === "emoji"
      ? EMOJI_FACES[question.faces].map((f) => ({ value: f.value, label: f.label }))
      : question.type === "yesNo"
        ? YES_NO_OPTIONS
        : question.type === "choice"
          ? question.options.map((o) => ({ value: o.id, label: o.label }))
          : [];
  if (question.type !== "text" && question.allowPreferNot) {
    options.push({ value: PREFER_NOT, label: PREFER_NOT_LABEL });
  }
  return options;
}

/**
 * A question's report with small groups hidden. A count from 1 to `threshold - 1` is hidden
 * (primary suppression); if that leaves exactly one hidden row, the next smallest count is hidden
 * too, so the hidden one cannot be worked out by subtracting the rest from the total.
 */
export function questionReport(
  question: Question,
  tally: Tally | undefined,
  threshold: number,
): QuestionReport {
  const answered = tally?.answered ?? 0;
  const base = { questionId: question.id, type: question.type, prompt: question.prompt };
  const rows: ReportRow[] = answerOptions(question).map((option) => ({
    ...option,
    count: tally?.counts.get(option.value) ?? 0,
  }));
  if (answered < threshold) {
    return { ...base, answered: null, rows: rows.map((row) => ({ ...row, count: null })) };
  }
  const hidden = new Set(rows.filter((r) => r.count! > 0 && r.count! < threshold));
  if (hidden.size === 1) {
    const nextSmallest = rows
      .filter((row) => !hidden.has(row) && row.count! > 0)
      .sort((a, b) => a.count! - b.count!)[0];
    if (nextSmallest) hidden.add(nextSmallest);
  }
  return {
    ...base,
    answered,
    rows: rows.map((row) => (hidden.has(row) ? { ...row, count: null } : row)),
  };
}
