/**
 * Delivers what the outbox holds: at once when a child presses Send, then on every page load, when
 * the tablet comes back online and on a timer, with growing, jittered pauses between tries.
 *
 * An entry leaves the outbox only when the server has confirmed that it holds the response (201
 * new, 200 duplicate), so "exactly once" rests on the server: the same id and body are a
 * duplicate, never a second response. An answer that retrying will not change (400, 409, 410…)
 * marks the entry stuck instead of looping, and keeps it so an adult can see it and act.
 */
import type { HelpCreate } from "@chorus/core/help/schema";
import type { ResponseCreate } from "@chorus/core/survey/schema";
import { ApiError, api } from "../../api";
import { asApiError } from "../../ui/errors";
import type { Outbox, OutboxEntry, OutboxKind } from "./outbox";

/** The server's receipt: a response's, or a help request's (which says `received`). */
export type SendResult = { id: string; duplicate?: boolean; received?: boolean };
export type Post = (path: string, body: ResponseCreate | HelpCreate) => Promise<SendResult>;

/** Where an entry goes: answers to `/responses`, a request to tell a worker to `/help`. */
export const pathFor = (target: string, kind: OutboxKind = "response") =>
  `${target}/${kind === "help" ? "help" : "responses"}`;

/** What the screens show: how many will still be sent, and which the server refused. */
export type OutboxStatus = { waiting: number; stuck: { id: string; code: string }[] };
export const EMPTY_STATUS: OutboxStatus = { waiting: 0, stuck: [] };

/** The first pause after a failure, doubling per try up to the cap. */
export const BACKOFF = { firstMs: 5_000, maxMs: 10 * 60_000 };

/**
 * The pause after the `attempts`-th failed try: half of it fixed, half random, so a room of
 * tablets that come back online together do not all send in the same second.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export type SenderOptions = {
  outbox: Outbox;
  post?: Post;
  now?: () => number;
  random?: () => number;
  /** False when the browser knows it has no network: no point trying while the child waits. */
  online?: () => boolean;
  /** Serialises sending across tabs; without it, only within this page. */
  locks?: Pick<LockManager, "request">;
  /** Asks the browser to keep the outbox under storage pressure; called once. */
  persist?: () => void;
  onStatus?: (status: OutboxStatus) => void;
};

export type Sender = ReturnType<typeof createSender>;

export function createSender(options: SenderOptions) {
  const { outbox } = options;
  const post = options.post ?? ((path, body) => api.post<SendResult>(path, body));
  const now = options.now ?? Date.now;
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  let persisted = false;
  let local: Promise<unknown> = Promise.resolve();
  let busy = false;

  /** Runs `work` as the only sender; `wait: false` skips it if another send is under way. */
  async function exclusive<T>(work: () => Promise<T>, wait: boolean): Promise<T | undefined> {
    if (options.locks) {
      return options.locks.request("chorus-outbox", { ifAvailable: !wait }, (lock) =>
        lock ? work() : undefined,
      );
    }
    if (!wait && busy) return undefined;
    const turn = local.then(async () => {
      busy = true;
      try {
        return await work();
      } finally {
        busy = false;
      }
    });
    local = turn.catch(() => {});
    return turn;
  }

  /** One try; the entry is removed on success and rescheduled or marked stuck otherwise. */
  async function attempt(entry: OutboxEntry): Promise<ApiError | undefined> {
    try {
      const result = await post(pathFor(entry.target, entry.kind), entry.body);
      // A captive Wi-Fi page can answer 200 with HTML: only the server's own receipt counts.
      if (result?.id !== entry.id) {
        throw new ApiError(0, "response.unconfirmed", "The server did not confirm the answers.");
      }
      await outbox.remove(entry.id);
      return undefined;
    } catch (error) {
      const failure = asApiError(error);
      const attempts = entry.attempts + 1;
      const retryAfter = (failure.issues as { retryAfterSeconds?: unknown } | undefined)
        ?.retryAfterSeconds;
      const pause = Math.max(
        backoffDelay(attempts, options.random),
        typeof retryAfter === "number" ? retryAfter * 1000 : 0,
      );
      await outbox.put({
        ...entry,
        attempts,
        lastError: failure.code,
        stuck: !failure.retryable,
        nextAttemptAt: failure.retryable ? now() + pause : entry.nextAttemptAt,
      });
      return failure;
    }
  }

  async function refresh(): Promise<OutboxStatus> {
    const entries = await outbox.list();
    const status: OutboxStatus = {
      waiting: entries.filter((entry) => !entry.stuck).length,
      stuck: entries
        .filter((entry) => entry.stuck)
        .map((entry) => ({ id: entry.id, code: entry.lastError ?? "unknown" })),
    };
    options.onStatus?.(status);
    return status;
  }

  /**
   * Sends every entry that is due (every one not stuck, with `force`, as when the tablet comes
   * back online). Skipped if another send is under way here or in another tab.
   */
  async function flush(force = false): Promise<OutboxStatus> {
    await exclusive(async () => {
      const due = (await outbox.list()).filter(
        (entry) => !entry.stuck && (force || entry.nextAttemptAt <= now()),
      );
      for (const entry of due) {
        const failure = await attempt(entry);
        // Without a network the rest would fail the same way, each after its own timeout.
        if (failure?.status === 0) break;
      }
    }, false);
    return refresh();
  }

  /**
   * The child pressed Send: the response is queued first, so closing the tab from here on loses
   * nothing, then tried once. Answers "sent" or "queued" (the sender will keep trying), or throws
   * the server's refusal, which leaves the entry stuck for the adult to see. `onQueued` runs once
   * the response is safely stored, before any network call.
   */
  async function deliver(
    target: string,
    body: ResponseCreate | HelpCreate,
    onQueued?: () => void,
    kind: OutboxKind = "response",
  ): Promise<"sent" | "queued"> {
    await outbox.add(target, body, now(), kind);
    onQueued?.();
    if (!persisted) {
      persisted = true;
      options.persist?.();
    }
    const failure = await exclusive(async () => {
      const entry = await outbox.get(body.id);
      // Already delivered by a flush that ran between queuing and here.
      if (!entry) return undefined;
      if (!online()) return new ApiError(0, "network.offline", "No network.");
      return attempt({ ...entry, stuck: false });
    }, true);
    await refresh();
    if (!failure) return "sent";
    if (failure.retryable) return "queued";
    throw failure;
  }

  /** An adult asked to try the refused ones again (a survey reopened, a fix deployed). */
  async function retryStuck(): Promise<OutboxStatus> {
    for (const entry of await outbox.list()) {
      if (entry.stuck) await outbox.put({ ...entry, stuck: false, nextAttemptAt: now() });
    }
    return flush(true);
  }

  return { deliver, flush, refresh, retryStuck };
}
