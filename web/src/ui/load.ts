/**
 * Loads data for a screen and exposes it as plain signals. Unlike `createResource` it never
 * suspends or throws into the tree, so a screen keeps its header and shows its own spinner and
 * error in place.
 */
import { type Accessor, createEffect, createSignal, on } from "solid-js";
import type { ApiError } from "../api";
import { asApiError } from "./errors";

export type Load<T> = {
  data: Accessor<T | undefined>;
  error: Accessor<ApiError | undefined>;
  loading: Accessor<boolean>;
  reload: () => void;
};

/** Runs `fetcher` now and whenever `key` changes; a stale answer for an old key is dropped. */
export function createLoad<T, K>(key: Accessor<K>, fetcher: (key: K) => Promise<T>): Load<T> {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<ApiError>();
  const [loading, setLoading] = createSignal(true);
  let run = 0;

  const start = async (value: K) => {
    const mine = ++run;
    setLoading(true);
    setError(undefined);
    try {
      const result = await fetcher(value);
      if (mine === run) setData(() => result);
    } catch (failure) {
      if (mine === run) {
        setData(undefined);
        setError(asApiError(failure));
      }
    } finally {
      if (mine === run) setLoading(false);
    }
  };

  createEffect(on(key, (value) => void start(value)));
  return { data, error, loading, reload: () => void start(key()) };
}
