/**
 * The raw answers theme work reads: every text slot of a survey's responses (text questions and
 * the three houses), with the themes each is in once an officer's moves are applied. Only the
 * officer's theme screen and quote approval read these; each caller audits the read.
 */
import { contribution, type Themer, type Where } from "../aggregate/cells.js";
import type { Db } from "../db/client.js";
import { Response } from "../response/index.js";
import type { StoredResponse } from "../response/schema.js";
import { Survey } from "../survey/index.js";
import { HOUSES, THREE_HOUSES } from "../survey/parts.js";
import { allQuestions, pick } from "../survey/schema.js";
import { Theme, type ThemeDef } from "../theme/index.js";
import type { Overrides } from "./override.js";
import type { ThemeFilters } from "./schema.js";

/** A survey's text slots: text questions and `questionId.house`, with a label for people. */
export interface TextSlots {
  /** Text question ids, as `contribution` takes them. */
  text: Set<string>;
  labels: Map<string, string>;
}

/** Reads every published version, since question ids are stable and old answers count too. */
export async function textSlots(db: Db, orgId: string, survey: Survey.Survey): Promise<TextSlots> {
  const text = new Set<string>();
  const labels = new Map<string, string>();
  for (let version = survey.publishedVersion; version >= 1; version--) {
    const definition = await Survey.getVersion(db, orgId, survey.id, version);
    for (const question of definition ? allQuestions(definition) : []) {
      const prompt = pick(question.prompt, survey.defaultLanguage, "en") || question.id;
      if (question.type === "text") {
        text.add(question.id);
        if (!labels.has(question.id)) labels.set(question.id, prompt);
      }
      if (question.type === "threeHouses") {
        for (const house of HOUSES) {
          const slot = `${question.id}.${house}`;
          if (!labels.has(slot)) labels.set(slot, pick(THREE_HOUSES[house].label, "en", "en"));
        }
      }
    }
  }
  return { text, labels };
}

export const whereOfResponse = (response: StoredResponse): Where => ({
  day: response.submittedOn,
  band: response.ageBand ?? "",
  cohort: response.cohort ?? "",
  dist: response.distributionId ?? "",
  lang: response.language,
});

/** The filter test for cells and raw responses alike, so both count the same answers. */
export function keeps(filters: ThemeFilters): (where: Where) => boolean {
  return (where) =>
    (filters.band === undefined || where.band === filters.band) &&
    (filters.cohort === undefined || where.cohort === filters.cohort) &&
    (filters.language === undefined || where.lang === filters.language) &&
    (filters.from === undefined || where.day >= filters.from) &&
    (filters.to === undefined || where.day <= filters.to);
}

/** The free text of one slot of a response, if it has any. */
export function textOf(response: StoredResponse, slot: string): string | undefined {
  const [questionId = "", house] = slot.split(".");
  const value = response.answers[questionId];
  if (house === undefined)
    return typeof value === "string" && value !== "preferNot" ? value : undefined;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return (value as Record<string, string | undefined>)[house];
  }
  return undefined;
}

export interface ThemedAnswer {
  responseId: string;
  slot: string;
  text: string;
  language: string;
  /** Theme ids, after the officer's moves. */
  themes: string[];
}

/** Every text slot's answer of one response with its themes (a moved answer: its new theme). */
export function themedAnswers(
  response: StoredResponse,
  slots: TextSlots,
  themer: Themer,
  moved: Record<string, string> | undefined,
): ThemedAnswer[] {
  const { cell } = contribution(response, slots.text, themer);
  const found: ThemedAnswer[] = [];
  for (const [slot, numbers] of Object.entries(cell.q)) {
    const text = numbers.t || numbers.u ? textOf(response, slot) : undefined;
    if (!text?.trim()) continue;
    const themes = moved?.[slot] ? [moved[slot]] : Object.keys(numbers.t ?? {});
    found.push({ responseId: response.id, slot, text, language: response.language, themes });
  }
  return found;
}

/** Every themed answer of the survey's responses within the filters. */
export async function* answersOf(
  db: Db,
  orgId: string,
  surveyId: string,
  slots: TextSlots,
  themer: Themer,
  overrides: Overrides,
  filters: ThemeFilters,
): AsyncGenerator<ThemedAnswer> {
  const keep = keeps(filters);
  for await (const response of Response.all(db, orgId, surveyId)) {
    if (!keep(whereOfResponse(response))) continue;
    yield* themedAnswers(response, slots, themer, overrides.get(response.id));
  }
}

/**
 * The built-in codebook and the organisation's own themes, by id: an own theme with a built-in
 * id adds its words to that theme (which keeps its label), as the fold's themer reads them.
 */
export async function codebookOf(db: Db, orgId: string): Promise<Map<string, ThemeDef>> {
  const book = new Map<string, ThemeDef>(Theme.CODEBOOK.map((theme) => [theme.id, theme]));
  for (const own of await Theme.orgThemes(db, orgId)) {
    const built = book.get(own.id);
    if (!built) {
      book.set(own.id, own);
      continue;
    }
    const words: Record<string, string[]> = { ...built.words };
    for (const [lang, list] of Object.entries(own.words ?? {})) {
      words[lang] = [...(words[lang] ?? []), ...list];
    }
    book.set(own.id, { ...built, words });
  }
  return book;
}
