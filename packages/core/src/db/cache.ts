import type { Db } from "./client.js";

/**
 * A small in-process cache for values that never change once written (a published survey
 * version, where an access code leads). It hangs off the `Db` it was read through, so two tables
 * in one process (tests) never share entries, and a Lambda keeps it warm between requests.
 * Entries are evicted oldest first past `max`; a value that can change must never go in here.
 */
export class ImmutableCache<V> {
  readonly #byDb = new WeakMap<Db, Map<string, Promise<V>>>();
  constructor(private readonly max = 500) {}

  /** The cached value for `key`, or the one `load` gives; a failed or empty load is not kept. */
  get(db: Db, key: string, load: () => Promise<V>): Promise<V> {
    const entries = this.#byDb.get(db) ?? new Map<string, Promise<V>>();
    this.#byDb.set(db, entries);
    const hit = entries.get(key);
    if (hit) return hit;
    const loading = load();
    entries.set(key, loading);
    if (entries.size > this.max) entries.delete(entries.keys().next().value as string);
    // Only what exists is immutable: a missing item may be written a moment later.
    loading.then(
      (value) => value === undefined && entries.delete(key),
      () => entries.delete(key),
    );
    return loading;
  }
}
