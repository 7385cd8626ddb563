/**
 * Finished responses waiting on this device to reach the server. They live in IndexedDB, not in
 * memory or localStorage, so a closed tab, a reload, a flat battery or a browser restart loses
 * none of them, and a queue of long answers does not hit localStorage's small quota.
 *
 * Each entry is keyed by the response's own UUIDv7: queuing the same response twice keeps one
 * entry, and every send of it carries the same id and body, which the server answers as a
 * duplicate (200) rather than a second child.
 *
 * A "Tell my worker" request travels the same way (`kind: "help"`), so a child who presses it
 * and closes the tab is still heard. Its id is a UUIDv7 made when it was pressed, so it sorts
 * before the answers it belongs to and is sent first.
 */
import type { HelpCreate } from "@chorus/core/help/schema";
import type { ResponseCreate } from "@chorus/core/survey/schema";

/** What an entry asks of the server: finished answers, or a request to tell a worker now. */
export type OutboxKind = "response" | "help";

export type OutboxEntry = {
  /** The response's (or help request's) UUIDv7, also its key here. */
  id: string;
  /** Where the survey came from (`/api/s/CODE`, `/api/i/TOKEN`); the body goes to `/responses`. */
  target: string;
  /** Absent on entries queued before help requests existed: those are responses. */
  kind?: OutboxKind;
  body: ResponseCreate | HelpCreate;
  attempts: number;
  /** Epoch milliseconds before which the sender leaves it alone (its backoff). */
  nextAttemptAt: number;
  queuedAt: number;
  /** The dotted code of the last failure, for the adult to quote. */
  lastError?: string;
  /** The server refused it for a reason a retry will not change; kept, not dropped, until seen. */
  stuck?: boolean;
};

export interface Outbox {
  /** Queues a response (or help request) unless already queued; answers the entry as stored. */
  add(
    target: string,
    body: ResponseCreate | HelpCreate,
    now: number,
    kind?: OutboxKind,
  ): Promise<OutboxEntry>;
  get(id: string): Promise<OutboxEntry | undefined>;
  /** Every entry, oldest first (UUIDv7 keys sort by creation time). */
  list(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

export const OUTBOX_DB = "chorus-outbox";
const STORE = "responses";

/**
 * Opens the outbox, or answers undefined where the browser has no usable IndexedDB (some
 * private modes): the caller then falls back to sending while the child waits.
 */
export async function openOutbox(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name = OUTBOX_DB,
): Promise<Outbox | undefined> {
  if (!factory) return undefined;
  let db: IDBDatabase;
  try {
    db = await upgraded(factory.open(name, 1));
  } catch {
    return undefined;
  }
  // A newer version of the app in another tab may need to upgrade the database: let it.
  db.onversionchange = () => db.close();

  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T) =>
    new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const result = work(transaction.objectStore(STORE));
      // Resolved only once the transaction has committed, so "queued" means on disk.
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error("Outbox write aborted"));
    });

  return {
    add: (target, body, now, kind = "response") =>
      run("readwrite", (store) => {
        const fresh: OutboxEntry = {
          id: body.id,
          target,
          kind,
          body,
          attempts: 0,
          nextAttemptAt: now,
          queuedAt: now,
        };
        const existing = store.get(body.id);
        existing.onsuccess = () => {
          if (!existing.result) store.add(fresh);
        };
        return () => (existing.result as OutboxEntry | undefined) ?? fresh;
      }),
    get: (id) =>
      run("readonly", (store) => {
        const request = store.get(id);
        return () => request.result as OutboxEntry | undefined;
      }),
    list: () =>
      run("readonly", (store) => {
        const request = store.getAll();
        return () => request.result as OutboxEntry[];
      }),
    put: (entry) =>
      run("readwrite", (store) => {
        store.put(entry);
        return () => undefined;
      }),
    remove: (id) =>
      run("readwrite", (store) => {
        store.delete(id);
        return () => undefined;
      }),
  };
}

function upgraded(request: IDBOpenDBRequest): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: "id" });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
