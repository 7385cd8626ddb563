import { describe, expect, it, vi } from "vitest";
import { ApiError, NETWORK_ERROR, request, TIMEOUT_ERROR, toApiError } from "./api";

function answer(status: number, body: unknown, type = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return vi.fn<typeof fetch>(
    async () => new Response(text, { status, headers: { "content-type": type } }),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("request", () => {
  it("returns the parsed body and sends JSON with same-origin credentials", async () => {
    const fetch = answer(201, { id: "x", duplicate: false });
    const result = await request<{ id: string }>(
      "POST",
      "/api/s/ABC/responses",
      { a: 1 },
      { fetch },
    );
    expect(result).toEqual({ id: "x", duplicate: false });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/s/ABC/responses");
    expect(init?.credentials).toBe("same-origin");
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
  });

  it("maps the API's error body to code, message and status", async () => {
    const fetch = answer(404, { error: { code: "survey.not_found", message: "No such survey." } });
    const error = await failure(request("GET", "/api/s/NOPE", undefined, { fetch }));
    expect(error).toMatchObject({
      status: 404,
      code: "survey.not_found",
      message: "No such survey.",
    });
    expect(error.retryable).toBe(false);
  });

  it("keeps validation issues", async () => {
    const issues = [{ path: "answers.q1", message: "Pick one of the faces." }];
    const fetch = answer(400, { error: { code: "request.invalid", message: "Bad.", issues } });
    const error = await failure(request("POST", "/x", {}, { fetch }));
    expect(error.issues).toEqual(issues);
  });

  it("turns a body that is not the API's (a proxy page) into an http.<status> error", async () => {
    const fetch = answer(502, "<html>Bad gateway</html>", "text/html");
    const error = await failure(request("GET", "/x", undefined, { fetch }));
    expect(error).toMatchObject({ status: 502, code: "http.502" });
    expect(error.retryable).toBe(true);
  });

  it("reports an unreachable server as a retryable status 0", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await failure(request("GET", "/x", undefined, { fetch }));
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect(error.retryable).toBe(true);
  });

  it("gives up on a server that never answers", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("", "AbortError")));
        }),
    );
    const error = await failure(request("GET", "/x", undefined, { fetch, timeoutMs: 10 }));
    expect(error).toMatchObject({ status: 0, code: TIMEOUT_ERROR });
  });
});

describe("toApiError", () => {
  it("treats 429 and 5xx as retryable, other 4xx as final", () => {
    expect(toApiError(429, undefined).retryable).toBe(true);
    expect(toApiError(503, undefined).retryable).toBe(true);
    expect(toApiError(409, { error: { code: "response.conflict" } }).retryable).toBe(false);
    expect(toApiError(409, { error: { code: "response.conflict" } }).message).toBe(
      "response.conflict",
    );
  });
});
