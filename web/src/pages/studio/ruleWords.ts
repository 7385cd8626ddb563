/**
 * Show-if and safeguarding rules in words an officer reads, never as JSON: "answers No or Not
 * sure to “Do you feel safe where you live?”". Answers come back marked, so a screen can make
 * them stand out; `plain` joins the parts for a label or a test.
 */
import {
  type Condition,
  type ConditionValue,
  EMOJI_FACES,
  PREFER_NOT,
  pick,
  type Question,
  type Severity,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/schema";

/** Words, some of them an answer a child can give. */
export type Part = string | { answer: string };

/** The words for an answer value, so the officer reads "Not sure", not "notSure". */
export function answerLabel(question: Question, value: ConditionValue, lang: string): string {
  if (value === PREFER_NOT) return "I'd rather not say";
  if (question.type === "yesNo")
    return pick(YES_NO_OPTIONS.find((o) => o.value === value)?.label, "en", "en") || String(value);
  if (question.type === "emoji") {
    // The face's words alone: its glyph is missing from some staff machines' fonts, and a
    // screen reader would read its emoji name before the words.
    const face = EMOJI_FACES[question.faces].find((f) => f.value === value);
    return face ? pick(face.label, "en", "en") : String(value);
  }
  if (question.type === "choice" || question.type === "multi") {
    return pick(question.options.find((o) => o.id === value)?.label, lang, lang) || String(value);
  }
  return String(value);
}

/** A question's words in quotes, or its id when the survey has no such question. */
export function questionName(question: Question | undefined, id: string, lang: string): string {
  if (!question) return `“${id}” (not in this survey any more)`;
  return `“${pick(question.prompt, lang, lang) || question.id}”`;
}

/** "a", "a or b", "a, b or c", with the separators as words between the parts. */
function joined(items: Part[][], last: string): Part[] {
  return items.flatMap((item, i) => [
    ...(i === 0 ? [] : [i === items.length - 1 ? ` ${last} ` : ", "]),
    ...item,
  ]);
}

const bandWords = (band: string) =>
  band === "16-25" ? "16–25 (care leavers)" : band.replace("-", "–");

/**
 * What a child does for a rule to hold, to follow "a child …": "answers No to “…”", "is aged
 * 8–11", "answers A to “…” and (answers B to “…” or answers C to “…”)".
 */
export function conditionWords(
  condition: Condition,
  questions: readonly Question[],
  lang: string,
  nested = false,
): Part[] {
  if ("all" in condition || "any" in condition) {
    const inner = "all" in condition ? condition.all : condition.any;
    const parts = joined(
      inner.map((c) => conditionWords(c, questions, lang, true)),
      "all" in condition ? "and" : "or",
    );
    return nested && inner.length > 1 ? ["(", ...parts, ")"] : parts;
  }
  if ("not" in condition) {
    return ["does not do this: (", ...conditionWords(condition.not, questions, lang, true), ")"];
  }
  if ("ageBand" in condition) {
    return [
      "is aged ",
      ...joined(
        condition.ageBand.map((band) => [bandWords(band)]),
        "or",
      ),
    ];
  }
  const question = questions.find((q) => q.id === condition.question);
  const name = questionName(question, condition.question, lang);
  if ("answered" in condition) {
    return [condition.answered ? `answers ${name}` : `leaves ${name} unanswered`];
  }
  const values = "equals" in condition ? [condition.equals] : condition.in;
  const answers = values.map((value): Part[] => [
    { answer: question ? answerLabel(question, value, lang) : String(value) },
  ]);
  return ["answers ", ...joined(answers, "or"), ` to ${name}`];
}

/** How soon a person looks, as the officer is told it. */
export const SEVERITY_WORDS: Record<Severity, { name: string; when: string }> = {
  urgent: { name: "Urgent", when: "a safeguarding lead must look within the hour" },
  concern: { name: "Concern", when: "a safeguarding lead must look within a working day" },
};

/** A safeguarding rule as a sentence: "If a child answers No to “…” → urgent: …". */
export function concernWords(
  rule: { when: Condition; severity: Severity },
  questions: readonly Question[],
  lang: string,
): { condition: Part[]; outcome: string } {
  const severity = SEVERITY_WORDS[rule.severity];
  return {
    condition: ["If a child ", ...conditionWords(rule.when, questions, lang)],
    outcome: `${severity.name.toLowerCase()}: ${severity.when}`,
  };
}

/** The parts as one string, answers in bold markers for tests and labels: "answers *No* to …". */
export function plain(parts: Part[], mark = ""): string {
  return parts.map((p) => (typeof p === "string" ? p : `${mark}${p.answer}${mark}`)).join("");
}
