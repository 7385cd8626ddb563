/**
 * One question's numbers, read from the cells its answers were folded into (see
 * `aggregate/cells.ts`) and put under the disclosure rule. Pure and deterministic: the same
 * cells always give the same report.
 */
import type { SlotCell } from "../aggregate/cells.js";
import {
  EMOJI_FACES,
  PREFER_NOT,
  PREFER_NOT_LABEL,
  type Question,
  SCALE_MAX,
  SCALE_MIN,
  type Text,
  YES_NO_OPTIONS,
} from "../survey/schema.js";
import { isSmall, meanOf, shareOf, shown } from "./disclosure.js";
import type { QuestionReport } from "./schema.js";

type RowValue = string | number;

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

/** Whether a question's answers are counted per value (not words, not an information page). */
export const isCounted = (question: Question) => answerOptions(question).length > 0;

/**
 * A question's numbers from its slot of a (summed) cell, under the disclosure rule: each count
 * shown as `shown` allows, shares from the shown numbers, a mean only from 8 numbers or more.
 */
export function questionNumbers(question: Question, slot: SlotCell | undefined) {
  const answered = shown(slot?.a ?? 0);
  const numeric = question.type === "emoji" || question.type === "scale";
  return {
    answered,
    small: isSmall(answered),
    mean: numeric ? meanOf(slot?.s ?? 0, slot?.m ?? 0) : null,
    rows: answerOptions(question).map((option) => {
      const count = shown(slot?.v?.[String(option.value)] ?? 0);
      return { ...option, count, share: shareOf(count, answered) };
    }),
  };
}

/** A question's report: its words and its numbers. */
export function questionReport(question: Question, slot: SlotCell | undefined): QuestionReport {
  return {
    questionId: question.id,
    type: question.type,
    prompt: question.prompt,
    ...questionNumbers(question, slot),
  };
}
