/**
 * Surveys written for Chorus that an officer starts from and adapts. Each file is one template in
 * English; translations are added per survey. Valibot only, so the studio can list them offline.
 */
import * as v from "valibot";
import type { AgeBand } from "../base.js";
import { type SurveyInput, SurveyVersion } from "../schema.js";
import { beforeMyReview } from "./before-my-review.js";
import { familyFeedback } from "./family-feedback.js";
import { leavingCare } from "./leaving-care.js";
import { myLife4to7 } from "./my-life-4-7.js";
import { myLife8to11 } from "./my-life-8-11.js";
import { myLife12to17 } from "./my-life-12-17.js";

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
 * nothing shared with the template, so editing one never changes the other.
 */
export function fromTemplate(template: Template, surveyId: string): SurveyVersion {
  return { ...structuredClone(template.definition), surveyId, version: 1 };
}
