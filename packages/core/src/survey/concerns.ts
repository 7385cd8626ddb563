/**
 * The safeguarding rules templates ship with (no schemas, so any bundle may take them).
 * A child who says "no" to feeling safe is urgent; "not sure" is a concern a person reads
 * within a working day. Erring towards alerting is deliberate: a false alarm costs a few
 * minutes of someone's time, a missed child costs far more.
 */
import type { ConcernRule } from "./schema.js";

/** The rules for yes/no questions about feeling safe. */
export function unsafeAnswers(...questionIds: string[]): ConcernRule[] {
  return questionIds.flatMap((question): ConcernRule[] => [
    { when: { question, in: ["no"] }, severity: "urgent" },
    { when: { question, in: ["notSure"] }, severity: "concern" },
  ]);
}

/** Words in a question that show it asks about safety, so publishing can warn without a rule. */
export const SAFETY_WORDS = /\b(safe|unsafe|safety|scared|frightened|hurt|harm)\b/i;
