/** The theme screen's calls to `/api/surveys/:surveyId/themes…`, typed once. */
import type { ThemesView } from "@chorus/core/quote/schema";
import { api, request } from "../../../api";
import { randomPart } from "../ids";

export type { ThemesView };
export type ThemeWork = ThemesView["themes"][number];
export type Candidate = ThemeWork["candidates"][number];
export type Source = { responseId: string; slot: string; themeId: string };

const at = (surveyId: string, rest = "") =>
  `/api/surveys/${encodeURIComponent(surveyId)}/themes${rest}`;

export type Filters = { band?: string; from?: string; to?: string };
const query = (filters: Filters) => {
  const params = new URLSearchParams(filters as Record<string, string>).toString();
  return params ? `?${params}` : "";
};

export const themesApi = {
  list: (surveyId: string, filters: Filters = {}) =>
    api.get<ThemesView>(at(surveyId, query(filters))),
  answers: (surveyId: string, themeId: string, filters: Filters = {}) =>
    api.get<{ themeId: string; answers: { responseId: string; slot: string; text: string }[] }>(
      at(surveyId, `/${encodeURIComponent(themeId)}/answers${query(filters)}`),
    ),
  approve: (surveyId: string, quoteId: string, source: Source, text?: string) =>
    api.post(at(surveyId, `/quotes/${quoteId}/approve`), { ...source, ...(text ? { text } : {}) }),
  reject: (surveyId: string, quoteId: string, source: Source) =>
    api.post(at(surveyId, `/quotes/${quoteId}/reject`), source),
  /** `id` is made once per move, so a resend after a lost answer moves the answer once. */
  move: (surveyId: string, id: string, body: { responseId: string; slot: string; to: string }) =>
    api.post(at(surveyId, "/moves"), { id, ...body }),
  emerging: (
    surveyId: string,
    body: { phrase: string; name: string } | { phrase: string; mergeInto: string },
  ) => api.post<{ themeId: string; rebuild: "done" | "needed" }>(at(surveyId, "/emerging"), body),
  names: () => api.get<{ names: string[] }>("/api/surveys/quote-names"),
  saveNames: (names: string[]) =>
    request<{ names: string[] }>("PUT", "/api/surveys/quote-names", { names }),
};

export const newMoveId = () => `mv_${randomPart(16)}`;

/** A controlled count in words: the API never sends 1 to 9, and null is "fewer than 8". */
export function countWords(count: number | null): string {
  if (count === null) return "fewer than 8 answers";
  if (count === 0) return "no answers";
  return `about ${count} answers`;
}

/** Redaction marks in a quote, to highlight: `[name]`, `[phone]`, `[email]`, `[postcode]`, … */
export const REDACTION = /(\[(?:name|phone|email|postcode|address|school)\])/;
