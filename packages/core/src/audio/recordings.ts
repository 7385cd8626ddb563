/**
 * Which of a draft's recordings a version carries: only those on strings the survey still has,
 * in languages it still offers. A question deleted after its recording was uploaded takes the
 * recording out of the next version with it, without a second step for the officer.
 */
import type { SurveyVersion } from "../survey/schema.js";
import { stringSlots, surveyLanguages } from "../survey/translation.js";
import type { Recordings } from "./schema.js";

/** The recordings of `audio` that still fit `definition`. */
export function fittingRecordings(definition: SurveyVersion, audio: Recordings = {}): Recordings {
  const keys = new Set(stringSlots(definition).map((slot) => slot.key));
  const languages = new Set(surveyLanguages(definition));
  const fitting: Recordings = {};
  for (const [key, byLanguage] of Object.entries(audio)) {
    if (!keys.has(key)) continue;
    const kept = Object.entries(byLanguage).filter(([language]) => languages.has(language));
    if (kept.length > 0) fitting[key] = Object.fromEntries(kept);
  }
  return fitting;
}

/** The definition as a version would hold it: with its recordings, or without the field if none. */
export function withRecordings(definition: SurveyVersion, audio?: Recordings): SurveyVersion {
  const { audio: _old, ...rest } = definition;
  const fitting = fittingRecordings(rest as SurveyVersion, audio);
  return Object.keys(fitting).length > 0 ? { ...rest, audio: fitting } : (rest as SurveyVersion);
}

/** Every recording hash a version refers to. */
export function hashesOf(definition: { audio?: Recordings }): Set<string> {
  return new Set(
    Object.values(definition.audio ?? {}).flatMap((byLanguage) =>
      Object.values(byLanguage).map((ref) => ref.hash),
    ),
  );
}
