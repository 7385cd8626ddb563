/**
 * Surveys written for Chorus that an officer starts from and adapts. Each file is one template in
 * English; translations are added per survey. Valibot only, so the studio can list them offline.
 */
import * as v from "valibot";
import type { AgeBand } from "../base.js";
import { type SurveyInput, SurveyVersion, type Text } from "../schema.js";
import { stringSlots } from "../translation.js";
import { beforeMyReview } from "./before-my-review.js";
import { familyFeedback } from "./family-feedback.js";
import { leavingCare } from "./leaving-care.js";
import { myLife4to7 } from "./my-life-4-7.js";
import { myLife8to11 } from "./my-life-8-11.js";
import { myLife12to17 } from "./my-life-12-17.js";
import type { Phrasebook } from "./phrases/index.js";

/** What a template file exports: the definition as written, before defaults are filled in. */
export interface TemplateSource {
  id: string;
  name: string;
  /** One or two sentences for the officer choosing a template. */
  description: string;
  definition: SurveyInput;
}

export interface Template extends Omit<TemplateSource, "definition"> {
  ageBands: AgeBand[];
  definition: SurveyVersion;
}

function parsed(source: TemplateSource): Template {
  const definition = v.parse(SurveyVersion, source.definition);
  return { ...source, ageBands: definition.ageBands, definition };
}

let parsedTemplates: readonly Template[] | undefined;

/**
 * Every template, filled in and checked against the survey schema on first use rather than at
 * import: the check is a few milliseconds of every Lambda cold start, for a list only officers
 * starting a survey ask for.
 */
export function templates(): readonly Template[] {
  parsedTemplates ??= [
    myLife4to7,
    myLife8to11,
    myLife12to17,
    leavingCare,
    beforeMyReview,
    familyFeedback,
  ].map(parsed);
  return parsedTemplates;
}

export function findTemplate(id: string): Template | undefined {
  return templates().find((template) => template.id === id);
}

/**
 * A new survey's first version, copied from a template: the officer's own id, version 1, and
 * nothing shared with the template, so editing one never changes the other. Each phrasebook
 * given fills in its language's words for every string it has and adds the language to those the
 * survey offers; a string a phrasebook lacks stays missing, so that language is not offered to
 * children until someone writes it (`completeLanguages`).
 */
export function fromTemplate(
  template: Template,
  surveyId: string,
  phrasebooks: readonly Phrasebook[] = [],
): SurveyVersion {
  const survey = { ...structuredClone(template.definition), surveyId, version: 1 };
  for (const slot of stringSlots(survey)) {
    const text = slot.holder[slot.field] as Text;
    const english = text[template.definition.defaultLanguage];
    if (english === undefined) continue;
    for (const book of phrasebooks) {
      const words = Object.hasOwn(book.phrases, english) ? book.phrases[english] : undefined;
      if (words?.trim()) text[book.language] = words;
    }
  }
  const added = phrasebooks.map((book) => book.language);
  survey.languages = [...new Set([...survey.languages, ...added])];
  return survey;
}
