/**
 * The safeguarding area's words and sums, kept apart from the screens so they can be tested on
 * their own: reasons in plain words, how long ago and when due, the queue's order, and which
 * words of a child's text to highlight.
 */
import {
  EMOJI_FACES,
  HOUSES,
  type House,
  PREFER_NOT,
  PREFER_NOT_LABEL,
  pick,
  type Question,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/schema";
import type { AlertStatus, ListedAlert, Outcome, Reason, Severity } from "./types";

export const SEVERITY_WORDS: Record<Severity, string> = { urgent: "Urgent", concern: "Concern" };

export const STATUS_WORDS: Record<AlertStatus, string> = {
  open: "New",
  acknowledged: "Being looked at",
  closed: "Closed",
};

/** What the safeguarding lead can record on closing, as the issue words them. */
export const OUTCOMES: { value: Outcome; label: string }[] = [
  { value: "passed-to-social-worker", label: "Passed to the child's social worker" },
  { value: "referred-to-front-door", label: "Referred to the front door or MASH" },
  { value: "police-called", label: "Police called" },
  { value: "lado-informed", label: "LADO informed" },
  { value: "no-further-action", label: "No further action" },
];

export const outcomeWords = (outcome: Outcome) =>
  OUTCOMES.find((item) => item.value === outcome)?.label ?? outcome;

const HOUSE_WORDS: Record<House, string> = {
  worries: "in the house of worries",
  goodThings: "in the house of good things",
  dreams: "in the house of dreams",
};

const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(", ");

/**
 * One reason in words a busy lead takes in at a glance. `prompt` is the question's words when
 * the page has the survey; the queue, which has not, names safety questions by their id.
 */
export function reasonWords(reason: Reason, prompt?: string, answer?: string): string {
  switch (reason.kind) {
    case "tellMyWorker":
      return "Asked to tell their worker";
    case "answer":
      if (prompt && answer) return `Answered “${answer}” to “${prompt}”`;
      if (prompt) return `Gave an answer that needs a look: “${prompt}”`;
      if (/safe/.test(reason.questionId)) {
        return reason.severity === "urgent"
          ? "Said they do not feel safe"
          : "Not sure they feel safe";
      }
      return `Gave an answer that needs a look (${reason.questionId.replaceAll("-", " ")})`;
    case "text": {
      const where = isHouse(reason.part) ? ` ${HOUSE_WORDS[reason.part]}` : "";
      return `Wrote words that may be a disclosure${where}: ${quoted(reason.matched)}`;
    }
    case "unscreened": {
      const where = isHouse(reason.part) ? ` ${HOUSE_WORDS[reason.part]}` : "";
      return `Not screened: please read what they wrote${where}`;
    }
  }
}

/** The reasons with the urgent ones first, so a row leads with what made it urgent. */
export const gravestFirst = (reasons: readonly Reason[]): Reason[] =>
  [...reasons].sort((a, b) => Number(b.severity === "urgent") - Number(a.severity === "urgent"));

const isHouse = (part: string | undefined): part is House =>
  part !== undefined && (HOUSES as readonly string[]).includes(part);

const STATUS_ORDER: Record<AlertStatus, number> = { open: 0, acknowledged: 1, closed: 2 };

/** Open first, then urgent before concern, then the oldest first: the one waiting longest. */
export function queueOrder(a: ListedAlert, b: ListedAlert): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    Number(b.severity === "urgent") - Number(a.severity === "urgent") ||
    a.raisedAt.localeCompare(b.raisedAt)
  );
}

/** Whether nobody has acknowledged the alert by its due time. The API's word wins when given. */
export function isOverdue(
  alert: { status: AlertStatus; dueAt: string; overdue?: boolean },
  now: Date,
): boolean {
  if (alert.overdue !== undefined) return alert.overdue;
  return alert.status === "open" && Date.parse(alert.dueAt) < now.getTime();
}

const RELATIVE = new Intl.RelativeTimeFormat("en-GB", { numeric: "always" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "12 minutes ago", "in 40 minutes", "just now". */
export function relativeTime(at: string, now: Date): string {
  const difference = Date.parse(at) - now.getTime();
  const size = Math.abs(difference);
  if (size < 60_000) return "just now";
  for (const [unit, length] of UNITS) {
    if (size >= length) return RELATIVE.format(Math.trunc(difference / length), unit);
  }
  return "just now";
}

const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short" });

/** A time as a person reads it: "today at 14:05", "Tue 1 Dec at 09:00". */
export function clockTime(at: string, now: Date): string {
  const when = new Date(at);
  const sameDay = when.toDateString() === now.toDateString();
  return `${sameDay ? "today" : DAY.format(when)} at ${CLOCK.format(when)}`;
}

export type Run = { text: string; mark?: boolean };

/**
 * A child's text split into runs, the matched words marked wherever they appear (any case). The
 * words are found again rather than trusted by position, so a list of words is enough.
 */
export function highlight(text: string, words: readonly string[]): Run[] {
  const wanted = [...new Set(words.map((word) => word.trim()).filter(Boolean))];
  if (wanted.length === 0) return [{ text }];
  const lower = text.toLocaleLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of wanted) {
    const needle = word.toLocaleLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length);
    }
  }
  return runsOf(text, marked);
}

/** The same, from the screen endpoint's character positions. */
export function highlightAt(text: string, spans: readonly [number, number][]): Run[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of spans)
    marked.fill(true, Math.max(0, start), Math.min(end, text.length));
  return runsOf(text, marked);
}

function runsOf(text: string, marked: boolean[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && Boolean(last.mark) === marked[i]) last.text += text[i];
    else runs.push(marked[i] ? { text: text[i]!, mark: true } : { text: text[i]! });
  }
  return runs;
}

/** A choice answer in words in one language; free text is the child's own and shown as it is. */
export function answerWords(question: Question, value: unknown, language: string): string {
  const fallback = "en";
  if (value === PREFER_NOT) return pick(PREFER_NOT_LABEL, language, fallback);
  switch (question.type) {
    case "emoji": {
      // In words and its place on the scale, not the emoji, which a computer without an emoji
      // font shows as an empty box.
      const faces = EMOJI_FACES[question.faces];
      const face = faces.find((item) => item.value === value);
      return face
        ? `${pick(face.label, language, fallback)} (${face.value} of ${faces.length})`
        : String(value);
    }
    case "yesNo": {
      const option = YES_NO_OPTIONS.find((item) => item.value === value);
      return option ? pick(option.label, language, fallback) : String(value);
    }
    case "choice":
    case "multi": {
      const ids = Array.isArray(value) ? value : [value];
      return ids
        .map((id) => {
          const option = question.options.find((item) => item.id === id);
          return option ? pick(option.label, language, fallback) : String(id);
        })
        .join(", ");
    }
    case "scale":
      // Digits and a slash read the same way in every script, left to right or right to left.
      return language === "en" ? `${String(value)} out of 10` : `${String(value)}/10`;
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** The three houses' names in one language, for a houses answer. */
export const houseName = (house: House, language: string) =>
  pick(THREE_HOUSES[house].label, language, "en");
