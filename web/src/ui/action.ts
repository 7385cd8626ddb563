/**
 * Sending a form: one button's worth of work against the API, and reading the API's validation
 * issues (valibot's flattened form: `root`, `nested`, `other`) back as messages for its fields.
 */
import { createSignal } from "solid-js";
import type { ApiError } from "../api";
import { asApiError } from "./errors";

export type Action<A extends unknown[]> = {
  busy: () => boolean;
  error: () => ApiError | undefined;
  /** Resolves true when the work succeeded; false when it failed or was already running. */
  run: (...args: A) => Promise<boolean>;
  clear: () => void;
};

/**
 * A busy flag for the spinner, the failure for the message, and no second run while the first
 * is still going (a double click sends one request).
 */
export function createAction<A extends unknown[]>(
  work: (...args: A) => Promise<unknown>,
): Action<A> {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ApiError>();
  const run = async (...args: A) => {
    if (busy()) return false;
    setBusy(true);
    setError(undefined);
    try {
      await work(...args);
      return true;
    } catch (failure) {
      setError(asApiError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}

type Flat = { root?: unknown; nested?: unknown; other?: unknown };

/**
 * Messages keyed by the first part of each path, so `emailDomains.2` lands on the domains field;
 * messages with no path are under `""`.
 */
export function fieldIssues(error: ApiError | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  const issues = error?.issues as Flat | undefined;
  if (!issues || typeof issues !== "object") return found;
  const add = (key: string, messages: unknown) => {
    if (!Array.isArray(messages)) return;
    const text = messages.filter((m): m is string => typeof m === "string").join(" ");
    if (text && !found[key]) found[key] = text;
  };
  add("", issues.root);
  add("", issues.other);
  if (issues.nested && typeof issues.nested === "object") {
    for (const [path, messages] of Object.entries(issues.nested)) {
      add(path.split(".")[0] ?? "", messages);
    }
  }
  return found;
}
