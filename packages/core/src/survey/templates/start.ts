/**
 * Starting a survey from a template in several languages at once: the template's English, and
 * Chorus's phrasebook for each language the officer chose.
 */
import { invalid } from "../../util/error.js";
import type { SurveyVersion } from "../schema.js";
import { findTemplate, fromTemplate } from "./index.js";
import { hasPhrasebook, loadPhrasebooks, PHRASEBOOK_LANGUAGES } from "./phrases/index.js";

export interface TemplateStart {
  definition: SurveyVersion;
  /** The chosen languages whose phrasebook no fluent speaker has checked yet. */
  unreviewed: string[];
}

/**
 * The first version of a survey started from `templateId` in English and `languages`. An
 * unknown template, or a language Chorus has no phrasebook for, is refused before anything is
 * written (`survey.no_template`, `survey.no_phrasebook`).
 */
export async function startFromTemplate(
  templateId: string,
  surveyId: string,
  languages: readonly string[] = [],
): Promise<TemplateStart> {
  const template = findTemplate(templateId);
  if (!template) throw invalid("survey.no_template", "There is no template with that id.");
  const own = template.definition.defaultLanguage;
  const wanted = [...new Set(languages)].filter((code) => code !== own);
  const unknown = wanted.filter((code) => !hasPhrasebook(code));
  if (unknown.length > 0) {
    throw invalid(
      "survey.no_phrasebook",
      `Chorus has no translation of its templates in ${unknown.join(", ")}. Start in the languages it has and add the others on the Translations tab.`,
      {
        nested: {
          languages: [`Languages with Chorus translations: ${PHRASEBOOK_LANGUAGES.join(", ")}.`],
        },
      },
    );
  }
  const books = await loadPhrasebooks(wanted);
  return {
    definition: fromTemplate(template, surveyId, books),
    unreviewed: books.filter((book) => !book.reviewedByNativeSpeaker).map((book) => book.language),
  };
}

/** Every language a template can start in besides English, and whether a speaker checked it. */
export async function templateLanguages() {
  const books = await loadPhrasebooks(PHRASEBOOK_LANGUAGES);
  return books.map((book) => ({
    code: book.language,
    reviewedByNativeSpeaker: book.reviewedByNativeSpeaker,
  }));
}

/**
 * The languages a council usually offers, to preselect when it starts from a template: those its
 * own surveys have titles in (a survey's title is translated with the rest of it), most used
 * first, among those Chorus can fill in. A council with no translated surveys yet gets none, and
 * chooses.
 */
export function usualLanguages(surveys: readonly { title: Record<string, string> }[]): string[] {
  const uses = new Map<string, number>();
  for (const survey of surveys) {
    for (const code of Object.keys(survey.title)) {
      if (hasPhrasebook(code)) uses.set(code, (uses.get(code) ?? 0) + 1);
    }
  }
  return [...uses.entries()]
    .sort(
      ([a, x], [b, y]) =>
        y - x || PHRASEBOOK_LANGUAGES.indexOf(a) - PHRASEBOOK_LANGUAGES.indexOf(b),
    )
    .map(([code]) => code);
}
