/**
 * What a tablet in a kiosk session keeps on the device: its session token and how many children
 * finished here (shown when the server's count cannot be fetched). Nothing of any child's answers
 * is kept; `wipeDrafts` removes any a child left before the session started.
 */

export const TABLET_KEY = "chorus.tablet";

export type TabletState = { token: string; finished: number };

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

function deviceStore(): Store | undefined {
  // Private browsing or a locked-down profile can make even touching localStorage throw.
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The session this tablet is in, if any. */
export function readTablet(store = deviceStore()): TabletState | undefined {
  try {
    const value = JSON.parse(store?.getItem(TABLET_KEY) ?? "null") as Partial<TabletState> | null;
    if (typeof value?.token !== "string" || !value.token) return undefined;
    return { token: value.token, finished: Number(value.finished) || 0 };
  } catch {
    return undefined;
  }
}

/** Throws when the device cannot keep it: a kiosk that forgets its session must not start. */
export function saveTablet(state: TabletState, store = deviceStore()): void {
  if (!store) throw new Error("This browser cannot keep the session on the device.");
  store.setItem(TABLET_KEY, JSON.stringify(state));
}

export function forgetTablet(store = deviceStore()): void {
  try {
    store?.removeItem(TABLET_KEY);
  } catch {
    // Nothing more can be done; the server has ended the session anyway.
  }
}

/** Adds one finished child to the local count and returns the new count. */
export function countFinished(store = deviceStore()): number {
  const state = readTablet(store);
  if (!state) return 0;
  const next = { ...state, finished: state.finished + 1 };
  try {
    saveTablet(next, store);
  } catch {
    // The count is a courtesy; the server keeps the real one.
  }
  return next.finished;
}

/** Removes every survey draft on the device (see draft.ts), whoever left it. */
export function wipeDrafts(store = deviceStore()): void {
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith("chorus.draft")) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // A store that cannot be read cannot hold a readable draft either.
  }
}

/** A random bearer token for a new session: 32 bytes from the platform's secure generator. */
export function newTabletToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}
