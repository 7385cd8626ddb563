import type { ResponseCreate } from "@chorus/core/survey/schema";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { freshOutbox } from "../../test/outbox";
import { createSender } from "./outbox-sender";
import { buildResponse, deliverResponse, type SendResult, sendResponse } from "./send";

const input = {
  id: "01900000-0000-7000-8000-000000000000",
  language: "en",
  version: 1,
  ageBands: ["8-11"],
  startedAt: "2026-01-01T10:00:00.000Z",
  submittedAt: "2026-01-01T10:05:00.000Z",
  answers: { mood: 4, safe: "yes", wish: "  more visits  ", blank: "   " },
} satisfies Parameters<typeof buildResponse>[0];
const body = buildResponse(input);

const noWait = () => Promise.resolve();

describe("buildResponse", () => {
  it("trims text, drops blank answers and fills the only age band", () => {
    expect(body.answers).toEqual({ mood: 4, safe: "yes", wish: "more visits" });
    expect(body.ageBand).toBe("8-11");
  });

  it("keeps chosen options and the houses written in, trimmed", () => {
    const built = buildResponse({
      ...input,
      answers: { pets: ["dog"], none: [], houses: { worries: " dark ", dreams: "  " }, empty: {} },
    });
    expect(built.answers).toEqual({ pets: ["dog"], houses: { worries: "dark" } });
  });

  it("carries the request to tell a worker only when the child made it", () => {
    expect(buildResponse({ ...input, tellMyWorker: true }).tellMyWorker).toBe(true);
    expect(buildResponse({ ...input, tellMyWorker: false })).not.toHaveProperty("tellMyWorker");
    expect(body).not.toHaveProperty("tellMyWorker");
  });

  it("leaves the age band out when the survey has several and none was chosen", () => {
    const several = buildResponse({ ...input, ageBands: ["8-11", "12-17"] });
    expect(several).not.toHaveProperty("ageBand");
  });

  it("sends the band the child chose among several, but never one the survey is not for", () => {
    const ageBands = ["4-7", "8-11", "12-17"] as const;
    expect(buildResponse({ ...input, ageBands: [...ageBands], ageBand: "12-17" }).ageBand).toBe(
      "12-17",
    );
    expect(
      buildResponse({ ...input, ageBands: [...ageBands], ageBand: "16-25" }),
    ).not.toHaveProperty("ageBand");
  });
});

describe("sendResponse", () => {
  it("retries network failures with the identical body, then succeeds", async () => {
    const post = vi
      .fn<(path: string, data: unknown) => Promise<SendResult>>()
      .mockRejectedValueOnce(new ApiError(0, "network.failed", "offline"))
      .mockRejectedValueOnce(new ApiError(503, "http.503", "busy"))
      .mockResolvedValueOnce({ id: body.id, duplicate: true });
    const attempts: number[] = [];
    const result = await sendResponse("/api/s/DEMO811", body, {
      post,
      wait: noWait,
      onAttempt: (n) => attempts.push(n),
    });
    expect(result.duplicate).toBe(true);
    expect(attempts).toEqual([1, 2, 3]);
    expect(post.mock.calls.map((call) => call[0])).toEqual(
      Array(3).fill("/api/s/DEMO811/responses"),
    );
    for (const call of post.mock.calls) expect(call[1]).toBe(body satisfies ResponseCreate);
  });

  it("stops at once on an answer that will not change", async () => {
    const post = vi.fn(async () => {
      throw new ApiError(409, "response.conflict", "Different body");
    });
    await expect(
      sendResponse("/api/s/DEMO811", body, { post, wait: noWait }),
    ).rejects.toMatchObject({
      code: "response.conflict",
    });
    expect(post).toHaveBeenCalledOnce();
  });

  it("gives up after the last delay and reports the last failure", async () => {
    const post = vi.fn(async () => {
      throw new ApiError(0, "network.failed", "offline");
    });
    const wait = vi.fn(noWait);
    await expect(
      sendResponse("/api/s/DEMO811", body, { post, wait, delays: [10, 20] }),
    ).rejects.toMatchObject({ status: 0 });
    expect(post).toHaveBeenCalledTimes(3);
    expect(wait.mock.calls).toEqual([[10], [20]]);
  });
});

describe("deliverResponse", () => {
  it("goes through the outbox: queued while the server cannot be reached", async () => {
    const { outbox } = await freshOutbox();
    const sender = createSender({
      outbox,
      online: () => true,
      post: async () => {
        throw new ApiError(0, "network.failed", "offline");
      },
    });
    const onQueued = vi.fn();
    const attempts: number[] = [];
    const outcome = await deliverResponse("/api/s/DEMO811", body, {
      sender,
      onQueued,
      onAttempt: (n) => attempts.push(n),
    });
    expect(outcome).toBe("queued");
    expect(onQueued).toHaveBeenCalledOnce();
    expect(attempts).toEqual([1]);
    expect(await outbox.get(body.id)).toMatchObject({ body, target: "/api/s/DEMO811" });
  });

  it("sends while the child waits where the browser has no IndexedDB", async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const post = vi.fn(async () => ({ id: body.id, duplicate: false }));
    const onQueued = vi.fn();
    expect(await deliverResponse("/api/s/DEMO811", body, { post, onQueued })).toBe("sent");
    expect(post).toHaveBeenCalledWith("/api/s/DEMO811/responses", body);
    expect(onQueued).toHaveBeenCalledOnce();
  });
});
