import {
  type AnswerValue,
  EMOJI_FACES,
  PREFER_NOT,
  PREFER_NOT_LABEL,
  type Question,
  SCALE_MAX,
  SCALE_MIN,
  type Text,
  YES_NO_OPTIONS,
} from "../survey/schema.js";
import type { QuestionReport, ReportRow } from "./schema.js";

type RowValue = string | number;

/**
 * Raw counts for one question: how many answered, and how many gave each value. A several-choice
 * answer counts once towards `answered` and once for each option chosen; the three houses count
 * towards `answered` only, as their words are read, not counted.
 */
export interface Tally {
  answered: number;
  counts: Map<RowValue, number>;
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
      const values: RowValue[] = Array.isArray(value)
        ? [...new Set(value)]
        : typeof value === "object"
          ? []
          : [value];
      for (const one of values) tally.counts.set(one, (tally.counts.get(one) ?? 0) + 1);
    }
  }
  return tallies;
}

/** The answers a question can be given, in the order a report lists them; none for words. */
export function answerOptions(question: Question): { value: RowValue; label: Text }[] {
  let options: { value: RowValue; label: Text }[];
  switch (question.type) {
    case "emoji":
      options = EMOJI_FACES[question.faces].map((f) => ({ value: f.value, label: f.label }));
      break;
    case "yesNo":
      options = [...YES_NO_OPTIONS];
      break;
    case "choice":
    case "multi":
      options = question.options.map((o) => ({ value: o.id, label: o.label }));
      break;
    case "scale":
      options = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => ({
        value: SCALE_MIN + i,
        label: scaleLabel(SCALE_MIN + i, question),
      }));
      break;
    default:
      return [];
  }
  if (question.allowPreferNot) options.push({ value: PREFER_NOT, label: PREFER_NOT_LABEL });
  return options;
}

/** "0 (Not at all)", "5", "10 (Completely)" in each language the end labels have. */
function scaleLabel(value: number, question: Extract<Question, { type: "scale" }>): Text {
  const end =
    value === SCALE_MIN ? question.minLabel : value === SCALE_MAX ? question.maxLabel : undefined;
  if (!end) return Object.fromEntries(Object.keys(question.minLabel).map((l) => [l, `${value}`]));
  return Object.fromEntries(Object.entries(end).map(([l, words]) => [l, `${value} (${words})`]));
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
