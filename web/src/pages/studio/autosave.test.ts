import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { Autosaver, readLocal, type SaveStatus } from "./autosave";

type View = { revision: number };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function setup(save: (revision: number, definition: unknown) => Promise<View>) {
  const statuses: SaveStatus[] = [];
  const storage = memoryStorage();
  const saver = new Autosaver<View>({
    surveyId: "srv_test1234",
    revision: 3,
    save: vi.fn(save),
    revisionOf: (view) => view.revision,
    onSaved: () => {},
    onStatus: (status) => statuses.push(status),
    storage,
    retryMs: [100],
  });
  return { saver, statuses, storage, last: () => statuses.at(-1)?.state };
}

describe("Autosaver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits for a pause, saves once with the base revision, then forgets the local copy", async () => {
    const save = vi.fn(async (revision: number) => ({ revision: revision + 1 }));
    const { saver, storage, last } = setup(save);
    saver.edit({ title: "a" });
    saver.edit({ title: "ab" });
    expect(readLocal("srv_test1234", storage)).toMatchObject({
      base: 3,
      definition: { title: "ab" },
    });
    expect(last()).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(3, { title: "ab" });
    expect(saver.revision).toBe(4);
    expect(last()).toBe("saved");
    expect(readLocal("srv_test1234", storage)).toBeUndefined();
  });

  it("saves again with the new revision when edits arrive during a save", async () => {
    let finish: (view: View) => void = () => {};
    const save = vi
      .fn()
      .mockImplementationOnce(() => new Promise<View>((done) => (finish = done)))
      .mockImplementation(async (revision: number) => ({ revision: revision + 1 }));
    const { saver, last } = setup(save);
    saver.edit({ n: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    saver.edit({ n: 2 });
    finish({ revision: 4 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenLastCalledWith(4, { n: 2 });
    expect(last()).toBe("saved");
  });

  it("retries after a network failure, keeping the local copy meanwhile", async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(0, "network.failed", "offline"))
      .mockResolvedValue({ revision: 4 });
    const { saver, statuses, storage, last } = setup(save);
    saver.edit({ n: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toBe("retrying");
    expect(readLocal("srv_test1234", storage)).toBeDefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toMatchObject({ state: "saved" });
  });

  it("stops at a conflict, names who saved, and keeps later edits only locally", async () => {
    const conflict = new ApiError(409, "survey.edit_conflict", "Sam saved", { savedBy: "sam@x" });
    const save = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValue({ revision: 9 });
    const { saver, statuses, storage } = setup(save);
    saver.edit({ n: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toMatchObject({ state: "conflict", savedBy: "sam@x" });
    saver.edit({ n: 2 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(readLocal("srv_test1234", storage)?.definition).toEqual({ n: 2 });

    await saver.overwrite(8);
    expect(save).toHaveBeenLastCalledWith(8, { n: 2 });
    expect(saver.revision).toBe(9);
  });

  it("drops local edits when adopting the server's revision", async () => {
    const { saver, storage, last } = setup(async () => ({ revision: 1 }));
    saver.edit({ n: 1 });
    saver.adopt(7);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.revision).toBe(7);
    expect(readLocal("srv_test1234", storage)).toBeUndefined();
    expect(last()).toBe("saved");
  });

  it("does not send what the local check refuses, nor retry a 400 by itself", async () => {
    const save = vi.fn().mockRejectedValue(new ApiError(400, "survey.invalid", "bad"));
    const { saver, last } = setup(save);
    saver.edit({ n: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toBe("invalid");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
