/**
 * A child's own answers in words they can read: each question as they were shown it, in the
 * language they answered in (the survey's default where a word was never translated), and
 * their answer beside it. Nothing else: no staff notes, no alert, no other child's data. The
 * file is plain HTML that prints on one or two pages and opens in any browser, offline.
 */
import type { StoredResponse } from "../response/schema.js";
import { isRightToLeft, ownName } from "../survey/languages.js";
import {
  allQuestions,
  EMOJI_FACES,
  HOUSES,
  PREFER_NOT,
  PREFER_NOT_LABEL,
  pick,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "../survey/parts.js";
import type { Question } from "../survey/question.js";
import type { SurveyVersion } from "../survey/schema.js";
import type { FoundResponse, ReadableAnswer } from "./schema.js";

/** The file's few fixed words, in the languages translated so far (English otherwise). */
const WORDS: Record<string, { title: string; sent: string; reference: string; none: string }> = {
  en: {
    title: "Your answers",
    sent: "You sent these answers on",
    reference: "Your reference",
    none: "You did not answer any questions.",
  },
  pl: {
    title: "Twoje odpowiedzi",
    sent: "Te odpowiedzi zostały wysłane",
    reference: "Twój numer",
    none: "Nie odpowiedziano na żadne pytanie.",
  },
  ar: {
    title: "إجاباتك",
    sent: "أرسلت هذه الإجابات في",
    reference: "رقمك المرجعي",
    none: "لم تجب عن أي سؤال.",
  },
};

/** Each answered question in the order the child met them, in the child's language. */
export function readableAnswers(
  definition: SurveyVersion,
  response: Pick<StoredResponse, "answers" | "language" | "ageBand">,
): ReadableAnswer[] {
  const say = (text: Parameters<typeof pick>[0]) =>
    pick(text, response.language, definition.defaultLanguage);
  const answers: ReadableAnswer[] = [];
  for (const question of allQuestions(definition)) {
    const value = response.answers[question.id];
    if (value === undefined || question.type === "info") continue;
    const band = response.ageBand ? question.bands?.[response.ageBand] : undefined;
    answers.push({
      questionId: question.id,
      question: say(band?.prompt ?? question.prompt),
      answer: answerWords(question, value, say),
    });
  }
  return answers;
}

function answerWords(
  question: Question,
  value: StoredResponse["answers"][string],
  say: (text: Parameters<typeof pick>[0]) => string,
): string {
  if (value === PREFER_NOT) return say(PREFER_NOT_LABEL);
  if (typeof value === "object" && !Array.isArray(value)) {
    return HOUSES.flatMap((house) =>
      value[house]?.trim() ? [`${say(THREE_HOUSES[house].label)}: ${value[house]}`] : [],
    ).join("\n");
  }
  const option = (id: string) =>
    question.type === "choice" || question.type === "multi"
      ? say(question.options.find((o) => o.id === id)?.label) || id
      : id;
  if (Array.isArray(value)) return value.map(option).join(", ");
  switch (question.type) {
    case "emoji": {
      const face = EMOJI_FACES[question.faces].find((f) => f.value === value);
      return face ? say(face.label) : String(value);
    }
    case "yesNo":
      return say(YES_NO_OPTIONS.find((o) => o.value === value)?.label) || String(value);
    case "scale":
      return `${value} / 10`;
    default:
      return option(String(value));
  }
}

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!,
  );

/** The whole file: a small page with its own styles, nothing loaded from anywhere. */
export function answersFile(found: FoundResponse): string {
  const w = WORDS[found.language.split("-")[0]!] ?? WORDS.en!;
  const dir = isRightToLeft(found.language) ? "rtl" : "ltr";
  const items = found.answers
    .map(
      (a) =>
        `<li><p class="q">${html(a.question)}</p><p class="a">${html(a.answer).replace(/\n/g, "<br>")}</p></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${html(found.language)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(w.title)}: ${html(found.surveyTitle)}</title>
<style>
body { font: 18px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
ol { padding-inline-start: 1.5rem; }
li { margin-block-end: 1rem; break-inside: avoid; }
.q { font-weight: 600; margin: 0; }
.a { margin: 0.25rem 0 0; white-space: normal; }
.meta { color: #333; }
</style>
</head>
<body>
<h1>${html(w.title)}</h1>
<p><strong>${html(found.surveyTitle)}</strong></p>
<p class="meta">${html(w.sent)} ${html(found.submittedOn)} (${html(ownName(found.language))}).<br>
${html(w.reference)}: <span dir="ltr">${html(found.reference)}</span></p>
${found.answers.length ? `<ol>\n${items}\n</ol>` : `<p>${html(w.none)}</p>`}
</body>
</html>
`;
}
