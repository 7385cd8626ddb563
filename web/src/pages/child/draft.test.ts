import { describe, expect, it } from "vitest";
import { clearDraft, DRAFT_MAX_AGE_MS, type Draft, draftKey, loadDraft, saveDraft } from "./draft";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const NOW = Date.parse("2026-11-23T10:00:00Z");
const draft: Draft = {
  answers: { "home-feel": 3, wish: "A dog" },
  index: 2,
  atSend: false,
  language: "pl",
  ageBand: "12-17",
  startedAt: "2026-11-23T09:50:00.000Z",
  tellMyWorker: true,
  savedAt: NOW,
};

describe("drafts kept on the device", () => {
  it("gives back exactly what was saved under the same code and version", () => {
    const store = memoryStore();
    saveDraft(draftKey("/api/s/DEMO811", 3), draft, store);
    expect(loadDraft(draftKey("/api/s/DEMO811", 3), NOW + 1000, store)).toEqual(draft);
  });

  it("keeps another survey, another version and an invite apart", () => {
    const store = memoryStore();
    saveDraft(draftKey("/api/s/DEMO811", 3), draft, store);
    expect(loadDraft(draftKey("/api/s/DEMO811", 4), NOW, store)).toBeUndefined();
    expect(loadDraft(draftKey("/api/s/OTHER", 3), NOW, store)).toBeUndefined();
    expect(loadDraft(draftKey("/api/i/TOKEN", 3), NOW, store)).toBeUndefined();
  });

  it("wipes a draft when asked", () => {
    const store = memoryStore();
    const key = draftKey("/api/s/DEMO811", 3);
    saveDraft(key, draft, store);
    clearDraft(key, store);
    expect(store.items.size).toBe(0);
    expect(loadDraft(key, NOW, store)).toBeUndefined();
  });

  it("drops a draft left too long on a shared tablet, and anything unreadable", () => {
    const store = memoryStore();
    const key = draftKey("/api/s/DEMO811", 3);
    saveDraft(key, draft, store);
    expect(loadDraft(key, NOW + DRAFT_MAX_AGE_MS + 1, store)).toBeUndefined();
    expect(store.items.has(key)).toBe(false);
    store.setItem(key, "{not json");
    expect(loadDraft(key, NOW, store)).toBeUndefined();
    expect(store.items.has(key)).toBe(false);
    store.setItem(key, JSON.stringify({ answers: {}, index: "two" }));
    expect(loadDraft(key, NOW, store)).toBeUndefined();
  });

  it("carries on without saving when the store refuses", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    const key = draftKey("/api/s/DEMO811", 3);
    expect(() => saveDraft(key, draft, broken)).not.toThrow();
    expect(loadDraft(key, NOW, broken)).toBeUndefined();
    expect(() => clearDraft(key, broken)).not.toThrow();
  });
});
