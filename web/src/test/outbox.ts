/** An outbox over fake-indexeddb for the web tests: a real IndexedDB API, held in memory. */
import type { ResponseCreate } from "@chorus/core/survey/schema";
import { IDBFactory } from "fake-indexeddb";
import { type Outbox, openOutbox } from "../pages/child/outbox";

export function responseBody(id: string, mood = 4): ResponseCreate {
  return {
    id,
    language: "en",
    ageBand: "8-11",
    version: 1,
    startedAt: "2026-01-01T10:00:00.000Z",
    submittedAt: "2026-01-01T10:05:00.000Z",
    answers: { mood },
  };
}

export const FIRST = "01900000-0000-7000-8000-000000000001";
export const SECOND = "01900000-0000-7000-8000-000000000002";

/** An outbox over its own fresh database; `reopen` is what a reload or a restart does. */
export async function freshOutbox() {
  const factory = new IDBFactory();
  const open = async (): Promise<Outbox> => {
    const outbox = await openOutbox(factory);
    if (!outbox) throw new Error("fake-indexeddb did not open");
    return outbox;
  };
  return { outbox: await open(), reopen: open };
}
