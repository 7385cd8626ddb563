/**
 * A survey in progress, kept on the device as the child goes, so a reload, a flat battery or a
 * closed tab does not lose their answers. It lasts only until the answers are sent or the child
 * starts again, and an abandoned one expires, because tablets are shared.
 */
import type { AgeBand, AnswerValue } from "@chorus/core/survey/schema";

export type Draft = {
  answers: Record<string, AnswerValue>;
  /** Position among the questions shown, and whether the send screen was reached. */
  index: number;
  atSend: boolean;
  language?: string;
  /** The band the child chose from the pictures; its questions depend on it. */
  ageBand?: AgeBand;
  startedAt: string;
  /** From drafts saved before "Tell my worker" went on its own: the answers ask instead. */
  tellMyWorker: boolean;
  /** The "Tell my worker" request already sent, so the answers name it. */
  helpId?: string;
  savedAt: number;
};

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

// A week covers a visit interrupted and finished at the next one; older drafts are dropped.
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** One draft per survey source (code or invite) and version: a new version starts afresh. */
export function draftKey(target: string, version: number): string {
  return `chorus.draft:${target}#${version}`;
}

function deviceStore(): Store | undefined {
  // Private browsing or a locked-down profile can make even touching localStorage throw.
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft, store = deviceStore()): void {
  try {
    store?.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or blocked store only means this survey cannot resume; answering still works.
  }
}

export function loadDraft(key: string, now = Date.now(), store = deviceStore()): Draft | undefined {
  let draft: unknown;
  try {
    draft = JSON.parse(store?.getItem(key) ?? "null");
  } catch {
    draft = undefined;
  }
  if (isDraft(draft) && now - draft.savedAt < DRAFT_MAX_AGE_MS) return draft;
  // Unreadable or too old: nothing of it should stay on the tablet.
  if (draft !== null) clearDraft(key, store);
  return undefined;
}

export function clearDraft(key: string, store = deviceStore()): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing more can be done; a draft that cannot be removed could not be read either.
  }
}

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== "object") return false;
  const draft = value as Partial<Draft>;
  return (
    typeof draft.answers === "object" &&
    draft.answers !== null &&
    Number.isInteger(draft.index) &&
    (draft.ageBand === undefined || typeof draft.ageBand === "string") &&
    (draft.helpId === undefined || typeof draft.helpId === "string") &&
    typeof draft.startedAt === "string" &&
    typeof draft.savedAt === "number"
  );
}
