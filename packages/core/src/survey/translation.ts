/**
 * Every string of a survey under a stable key, so translators and the studio can see what each
 * language still lacks. Key names (also the rows of the CSV export):
 *
 *   title, intro, page.<page>.title,
 *   q.<id>.prompt, q.<id>.help, q.<id>.readAloud, q.<id>.option.<option>,
 *   q.<id>.minLabel, q.<id>.maxLabel, q.<id>.band.<band>.prompt, q.<id>.band.<band>.help
 *
 * Only strings the survey has get a key: a question with no help text has no `help` row.
 */
import type { Text } from "./base.js";
import { allQuestions, type SurveyVersion } from "./schema.js";

/** Where one string lives: `holder[field]` is its `Text`. */
export interface StringSlot {
  key: string;
  holder: Record<string, unknown>;
  field: string;
  /** The schema requires this string (a prompt, an option's label), so it cannot be emptied. */
  required: boolean;
}

/**
 * The survey's strings in reading order. The holders are the survey's own objects, so a caller
 * that wants to change strings should pass a copy.
 */
export function stringSlots(survey: SurveyVersion): StringSlot[] {
  const slots: StringSlot[] = [];
  const add = (key: string, holder: object, field: string, required = false) => {
    const record = holder as Record<string, unknown>;
    if (record[field] !== undefined) slots.push({ key, holder: record, field, required });
  };
  add("title", survey, "title", true);
  add("intro", survey, "intro");
  for (const page of survey.pages) {
    add(`page.${page.id}.title`, page, "title");
  }
  for (const question of allQuestions(survey)) {
    const q = `q.${question.id}`;
    add(`${q}.prompt`, question, "prompt", true);
    add(`${q}.help`, question, "help");
    add(`${q}.readAloud`, question, "readAloud");
    if (question.type === "choice" || question.type === "multi") {
      for (const option of question.options) add(`${q}.option.${option.id}`, option, "label", true);
    }
    if (question.type === "scale") {
      add(`${q}.minLabel`, question, "minLabel", true);
      add(`${q}.maxLabel`, question, "maxLabel", true);
    }
    for (const [band, wording] of Object.entries(question.bands ?? {})) {
      add(`${q}.band.${band}.prompt`, wording, "prompt");
      add(`${q}.band.${band}.help`, wording, "help");
    }
  }
  return slots;
}

/** The survey's languages, default first, each once. */
export function surveyLanguages(survey: SurveyVersion): string[] {
  return [...new Set([survey.defaultLanguage, ...survey.languages])];
}

export interface LanguageReport {
  language: string;
  /** How many strings the survey has. */
  total: number;
  /** Keys with no words in this language, in reading order. */
  missing: string[];
}

/** For each of the survey's languages, which strings have no translation yet. */
export function translationReport(survey: SurveyVersion): LanguageReport[] {
  const slots = stringSlots(survey);
  return surveyLanguages(survey).map((language) => ({
    language,
    total: slots.length,
    missing: slots
      .filter((slot) => !(slot.holder[slot.field] as Text)[language])
      .map((slot) => slot.key),
  }));
}

/** The languages with every string translated: the only ones a child is offered. */
export function completeLanguages(survey: SurveyVersion): string[] {
  return translationReport(survey)
    .filter((report) => report.missing.length === 0)
    .map((report) => report.language);
}

/**
 * The translators' file, named after the survey's title so it is found in a downloads folder:
 * "my-life-in-care-pl.csv" for one language, "my-life-in-care-translations.csv" for all. Letters
 * lose their accents and anything else becomes a hyphen, so the name is safe in any file system
 * and in a Content-Disposition header; a title with no Latin letters gives "survey".
 */
export function stringsFileName(survey: SurveyVersion, language?: string): string {
  const title = survey.title[survey.defaultLanguage] ?? Object.values(survey.title)[0] ?? "";
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${slug || "survey"}-${language ?? "translations"}.csv`;
}

/**
 * Sets one string's words in one language, as the studio's side-by-side editor types them; empty
 * words remove the translation (the string then counts as missing). False for a key the survey
 * does not have. Changes `survey` in place: the studio passes its draft.
 */
export function setTranslation(
  survey: SurveyVersion,
  key: string,
  language: string,
  words: string,
): boolean {
  const slot = stringSlots(survey).find((s) => s.key === key);
  if (!slot) return false;
  const text = slot.holder[slot.field] as Text;
  if (words.trim() === "") delete text[language];
  else text[language] = words;
  return true;
}
