import type { HelpCreate } from "@chorus/core/help/schema";
import type { ResponseCreate } from "@chorus/core/survey/schema";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { FIRST, freshOutbox, responseBody, SECOND } from "../../test/outbox";
import type { Outbox } from "./outbox";
import {
  BACKOFF,
  backoffDelay,
  createSender,
  type OutboxStatus,
  type Post,
  type SenderOptions,
} from "./outbox-sender";

const TARGET = "/api/s/DEMO811";
const offline = () => new ApiError(0, "network.failed", "Could not reach the server.");

/** A server that answers each call with the next scripted outcome (the last one repeats). */
function server(...outcomes: (number | ApiError)[]) {
  const calls: { path: string; body: ResponseCreate | HelpCreate }[] = [];
  const post = vi.fn<Post>(async (path, body) => {
    calls.push({ path, body });
    const outcome = outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
    if (outcome instanceof ApiError) throw outcome;
    return { id: body.id, duplicate: outcome === 200 };
  });
  return { post, calls };
}

function setUp(outbox: Outbox, post: Post, options: Partial<SenderOptions> = {}) {
  let clock = 1_000_000;
  const statuses: OutboxStatus[] = [];
  const sender = createSender({
    outbox,
    post,
    now: () => clock,
    random: () => 0.5,
    online: () => true,
    onStatus: (status) => statuses.push(status),
    ...options,
  });
  return {
    sender,
    statuses,
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
}

describe("backoffDelay", () => {
  it("doubles from the first pause up to the cap, with half of each pause random", () => {
    const low = [1, 2, 3, 4].map((n) => backoffDelay(n, () => 0));
    const high = [1, 2, 3, 4].map((n) => backoffDelay(n, () => 1));
    expect(high).toEqual([1, 2, 4, 8].map((k) => k * BACKOFF.firstMs));
    expect(low).toEqual(high.map((ms) => ms / 2));
    expect(backoffDelay(30, () => 1)).toBe(BACKOFF.maxMs);
    expect(backoffDelay(30, () => 0)).toBe(BACKOFF.maxMs / 2);
  });
});

describe("deliver", () => {
  it("stores the response before the first network call, and removes it once the server has it", async () => {
    const { outbox } = await freshOutbox();
    const seenQueued: unknown[] = [];
    const post = vi.fn<Post>(async (_path, body) => {
      seenQueued.push(await outbox.get(body.id));
      return { id: body.id, duplicate: false };
    });
    const onQueued = vi.fn();
    const { sender, statuses } = setUp(outbox, post);

    expect(await sender.deliver(TARGET, responseBody(FIRST), onQueued)).toBe("sent");
    expect(post).toHaveBeenCalledWith(`${TARGET}/responses`, responseBody(FIRST));
    expect(seenQueued).toEqual([expect.objectContaining({ id: FIRST })]);
    expect(onQueued).toHaveBeenCalledOnce();
    expect(await outbox.list()).toEqual([]);
    expect(statuses.at(-1)).toEqual({ waiting: 0, stuck: [] });
  });

  it("keeps the response and schedules a retry when the network fails", async () => {
    const { outbox } = await freshOutbox();
    const { post } = server(offline());
    const { sender, statuses, now } = setUp(outbox, post);
    expect(await sender.deliver(TARGET, responseBody(FIRST))).toBe("queued");
    expect(await outbox.get(FIRST)).toMatchObject({
      attempts: 1,
      lastError: "network.failed",
      nextAttemptAt: now() + backoffDelay(1, () => 0.5),
    });
    expect(statuses.at(-1)).toEqual({ waiting: 1, stuck: [] });
  });

  it("does not try at all while the browser knows it is offline", async () => {
    const { outbox } = await freshOutbox();
    const { post } = server(201);
    const { sender } = setUp(outbox, post, { online: () => false });
    expect(await sender.deliver(TARGET, responseBody(FIRST))).toBe("queued");
    expect(post).not.toHaveBeenCalled();
    expect(await outbox.get(FIRST)).toMatchObject({ attempts: 0 });
  });

  it("throws a refusal and keeps the answers, marked stuck with the code", async () => {
    const { outbox } = await freshOutbox();
    const closed = new ApiError(410, "survey.closed", "This survey has closed.");
    const { post } = server(closed);
    const { sender, statuses } = setUp(outbox, post);
    await expect(sender.deliver(TARGET, responseBody(FIRST))).rejects.toBe(closed);
    expect(await outbox.get(FIRST)).toMatchObject({ stuck: true, lastError: "survey.closed" });
    expect(statuses.at(-1)).toEqual({ waiting: 0, stuck: [{ id: FIRST, code: "survey.closed" }] });
  });

  it("treats a 200 that is not the server's receipt (a Wi-Fi login page) as not sent", async () => {
    const { outbox } = await freshOutbox();
    const post = vi.fn<Post>(async () => undefined as never);
    const { sender } = setUp(outbox, post);
    expect(await sender.deliver(TARGET, responseBody(FIRST))).toBe("queued");
    expect(await outbox.get(FIRST)).toMatchObject({ lastError: "response.unconfirmed" });
  });
});

describe("flush", () => {
  it("sends only what is due, with the same body every time, until the server has it", async () => {
    const { outbox } = await freshOutbox();
    const { post, calls } = server(offline(), offline(), 200);
    const { sender, advance } = setUp(outbox, post);
    await sender.deliver(TARGET, responseBody(FIRST));

    await sender.flush();
    expect(calls).toHaveLength(1); // still pausing after the first failure
    advance(backoffDelay(1, () => 0.5));
    await sender.flush();
    expect(await outbox.get(FIRST)).toMatchObject({ attempts: 2 });
    advance(backoffDelay(2, () => 0.5) - 1);
    await sender.flush();
    expect(calls).toHaveLength(2);
    advance(1);
    expect(await sender.flush()).toEqual({ waiting: 0, stuck: [] });
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call.body).toEqual(responseBody(FIRST));
    expect(await outbox.list()).toEqual([]);
  });

  it("sends everything not stuck at once when forced (the tablet came back online)", async () => {
    const { outbox } = await freshOutbox();
    await outbox.add(TARGET, responseBody(FIRST), 1);
    await outbox.add(TARGET, responseBody(SECOND), 1);
    await outbox.put({ ...(await outbox.get(FIRST))!, nextAttemptAt: Number.MAX_SAFE_INTEGER });
    await outbox.put({ ...(await outbox.get(SECOND))!, stuck: true, lastError: "x" });
    const { post, calls } = server(201);
    const { sender } = setUp(outbox, post);
    await sender.flush();
    expect(calls).toHaveLength(0);
    await sender.flush(true);
    expect(calls.map((call) => call.body.id)).toEqual([FIRST]);
    expect((await outbox.list()).map((entry) => entry.id)).toEqual([SECOND]);
  });

  it("stops the round at the first network failure instead of timing out on each", async () => {
    const { outbox } = await freshOutbox();
    await outbox.add(TARGET, responseBody(FIRST), 1);
    await outbox.add(TARGET, responseBody(SECOND), 1);
    const { post, calls } = server(offline());
    await setUp(outbox, post).sender.flush();
    expect(calls.map((call) => call.body.id)).toEqual([FIRST]);
  });

  it("sends after a reload what the page before it queued", async () => {
    const { outbox, reopen } = await freshOutbox();
    await setUp(outbox, server(offline()).post).sender.deliver(TARGET, responseBody(FIRST));

    const { post, calls } = server(201);
    const { sender } = setUp(await reopen(), post);
    expect(await sender.refresh()).toEqual({ waiting: 1, stuck: [] });
    expect(await sender.flush(true)).toEqual({ waiting: 0, stuck: [] });
    expect(calls).toEqual([{ path: `${TARGET}/responses`, body: responseBody(FIRST) }]);
  });

  it("waits at least as long as the server asks after a 429", async () => {
    const { outbox } = await freshOutbox();
    const busy = new ApiError(429, "rate.limited", "Too many", { retryAfterSeconds: 3_600 });
    const { sender, now } = setUp(outbox, server(busy).post);
    expect(await sender.deliver(TARGET, responseBody(FIRST))).toBe("queued");
    expect((await outbox.get(FIRST))?.nextAttemptAt).toBe(now() + 3_600_000);
  });

  it("runs one send at a time in a page: a flush while another runs is skipped", async () => {
    const { outbox } = await freshOutbox();
    await outbox.add(TARGET, responseBody(FIRST), 1);
    const { post, calls } = server(201);
    const { sender } = setUp(outbox, post);
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect(calls).toHaveLength(1);
  });

  it("tries stuck answers again only when an adult asks", async () => {
    const { outbox } = await freshOutbox();
    const { post, calls } = server(new ApiError(410, "survey.closed", "closed"), 200);
    const { sender } = setUp(outbox, post);
    await expect(sender.deliver(TARGET, responseBody(FIRST))).rejects.toThrow();
    await sender.flush(true);
    expect(calls).toHaveLength(1);
    expect(await sender.retryStuck()).toEqual({ waiting: 0, stuck: [] });
    expect(calls).toHaveLength(2);
  });

  it("sends a help request to /help, before answers queued after it, and forgets it once received", async () => {
    const { outbox, reopen } = await freshOutbox();
    const help: HelpCreate = {
      id: FIRST,
      language: "en",
      sentAt: "2026-01-01T10:01:00.000Z",
      contact: { firstName: "Sam" },
    };
    // Pressed offline, then the answers finished offline: the tab is closed with both queued.
    const first = setUp(outbox, server(offline()).post);
    expect(await first.sender.deliver(TARGET, help, undefined, "help")).toBe("queued");
    expect(await first.sender.deliver(TARGET, responseBody(SECOND))).toBe("queued");

    const calls: { path: string; body: unknown }[] = [];
    const post = vi.fn<Post>(async (path, body) => {
      calls.push({ path, body });
      return path.endsWith("/help") ? { id: body.id, received: true } : { id: body.id };
    });
    const { sender } = setUp(await reopen(), post);
    expect(await sender.flush(true)).toEqual({ waiting: 0, stuck: [] });
    expect(calls).toEqual([
      { path: `${TARGET}/help`, body: help },
      { path: `${TARGET}/responses`, body: responseBody(SECOND) },
    ]);
  });
});
