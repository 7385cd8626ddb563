/** The one client for "You said, we did" in the leaders' area. */
import type {
  ActionCreate,
  ActionUpdate,
  ActionView,
  ActionWords,
} from "@chorus/core/action/schema";
import type { SurveySummary } from "@chorus/core/report/schema";
import { api, request } from "../../../api";

const at = (id: string, rest = "") => `/api/reports/actions/${encodeURIComponent(id)}${rest}`;
type One = { action: ActionView };

export const actionsApi = {
  list: () => api.get<{ actions: ActionView[] }>("/api/reports/actions"),
  surveys: () => api.get<{ surveys: SurveySummary[] }>("/api/reports/surveys"),
  create: (input: ActionCreate) => api.post<One>("/api/reports/actions", input),
  update: (id: string, input: ActionUpdate) => request<One>("PUT", at(id), input),
  translate: (id: string, language: string, words: ActionWords) =>
    request<One>("PUT", at(id, `/translations/${encodeURIComponent(language)}`), words),
  publish: (id: string, published: boolean) =>
    api.post<One>(at(id, published ? "/publish" : "/unpublish"), {}),
};

/** A new action's id, made here so a retried save finds the action it already made. */
export function newActionId(): string {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const random = crypto.getRandomValues(new Uint8Array(20));
  return `act_${Array.from(random, (n) => letters[n % letters.length]).join("")}`;
}

export const STATUS_WORDS: Record<ActionView["status"], string> = {
  planned: "Planned",
  doing: "Doing now",
  done: "Done",
};

/** Language names for leaders, in English. */
export function languageLabel(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
