/**
 * Saving a draft while the officer types: a short pause after the last edit, then a save with
 * the revision the edits were based on. Every edit is also kept in localStorage, so a reload, a
 * crash or a lost connection never loses work. A save that someone else's save overtook stops
 * here as a conflict instead of overwriting them. No Solid in here, so it is tested on its own.
 */
import type { ApiError } from "../../api";
import { asApiError } from "../../ui/errors";

export type SaveStatus =
  | { state: "saved"; at?: string }
  | { state: "waiting" }
  | { state: "saving" }
  | { state: "retrying"; attempt: number; error: ApiError }
  | { state: "invalid"; error: ApiError }
  | { state: "conflict"; error: ApiError; savedBy?: string }
  | { state: "failed"; error: ApiError };

/** What the browser keeps for a survey until the server has it. */
export type LocalCopy = { base: number; definition: unknown; at: string };

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type AutosaverOptions<View> = {
  surveyId: string;
  revision: number;
  save: (revision: number, definition: unknown) => Promise<View>;
  revisionOf: (view: View) => number;
  onSaved: (view: View) => void;
  onStatus: (status: SaveStatus) => void;
  /** Checks the definition before sending; an error here is shown like the server's 400. */
  check?: (definition: unknown) => ApiError | undefined;
  storage?: Store;
  delayMs?: number;
  retryMs?: number[];
  now?: () => Date;
};

const localKey = (surveyId: string) => `chorus.studio.draft.${surveyId}`;

export function readLocal(surveyId: string, storage: Store = localStorage): LocalCopy | undefined {
  try {
    const raw = storage.getItem(localKey(surveyId));
    const copy = raw ? (JSON.parse(raw) as LocalCopy) : undefined;
    return copy && typeof copy.base === "number" ? copy : undefined;
  } catch {
    return undefined;
  }
}

export class Autosaver<View> {
  revision: number;
  private latest: unknown;
  private dirty = false;
  private inFlight = false;
  private halted = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly storage: Store;

  constructor(private readonly options: AutosaverOptions<View>) {
    this.revision = options.revision;
    this.storage = options.storage ?? localStorage;
  }

  /** True while edits exist that the server does not have. */
  get unsaved(): boolean {
    return this.dirty || this.inFlight;
  }

  /** Records an edit: kept locally at once, sent after the pause. */
  edit(definition: unknown): void {
    this.latest = definition;
    this.dirty = true;
    this.keepLocally();
    if (this.halted) return;
    this.options.onStatus({ state: "waiting" });
    this.schedule(this.options.delayMs ?? 1000);
  }

  /** Sends now what is waiting, e.g. before publishing. Resolves when nothing is unsaved. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (!this.dirty || this.halted) return !this.unsaved;
    if (this.inFlight) return false;
    const definition = this.latest;
    const problem = this.options.check?.(definition);
    if (problem) {
      this.options.onStatus({ state: "invalid", error: problem });
      return false;
    }
    this.inFlight = true;
    this.dirty = false;
    this.options.onStatus({ state: "saving" });
    try {
      const view = await this.options.save(this.revision, definition);
      this.revision = this.options.revisionOf(view);
      this.failures = 0;
      this.options.onSaved(view);
      if (this.dirty) {
        this.keepLocally();
        this.options.onStatus({ state: "waiting" });
        this.schedule(this.options.delayMs ?? 1000);
      } else {
        this.storage.removeItem(localKey(this.options.surveyId));
        this.options.onStatus({ state: "saved", at: this.stamp() });
      }
      return !this.dirty;
    } catch (failure) {
      this.dirty = true;
      this.failed(asApiError(failure));
      return false;
    } finally {
      this.inFlight = false;
    }
  }

  /**
   * Starts again from a revision the server holds: after loading someone else's version, or
   * after a change made outside the editor (translations). Local edits are dropped.
   */
  adopt(revision: number): void {
    this.clearTimer();
    this.revision = revision;
    this.dirty = false;
    this.halted = false;
    this.failures = 0;
    this.storage.removeItem(localKey(this.options.surveyId));
    this.options.onStatus({ state: "saved", at: this.stamp() });
  }

  /** After a conflict, saves this officer's version on top of the latest revision. */
  overwrite(latestRevision: number): Promise<boolean> {
    this.revision = latestRevision;
    this.halted = false;
    this.dirty = true;
    return this.flush();
  }

  dispose(): void {
    this.clearTimer();
  }

  private failed(error: ApiError): void {
    if (error.code === "survey.edit_conflict") {
      this.halted = true;
      const savedBy = (error.issues as { savedBy?: unknown } | undefined)?.savedBy;
      this.options.onStatus({
        state: "conflict",
        error,
        savedBy: typeof savedBy === "string" ? savedBy : undefined,
      });
    } else if (error.retryable) {
      const delays = this.options.retryMs ?? [2000, 5000, 15000, 30000];
      const delay = delays[Math.min(this.failures, delays.length - 1)]!;
      this.failures += 1;
      this.options.onStatus({ state: "retrying", attempt: this.failures, error });
      this.schedule(delay);
    } else if (error.status === 400) {
      // The officer has to change something; the next edit tries again.
      this.options.onStatus({ state: "invalid", error });
    } else {
      this.options.onStatus({ state: "failed", error });
    }
  }

  private keepLocally(): void {
    const copy: LocalCopy = { base: this.revision, definition: this.latest, at: this.stamp() };
    try {
      this.storage.setItem(localKey(this.options.surveyId), JSON.stringify(copy));
    } catch {
      // A full or blocked storage must not stop saving to the server.
    }
  }

  private stamp(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
