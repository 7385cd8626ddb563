/**
 * A stand-in for the API in component tests: each route answers what the test says, and every
 * request is kept so the test can check what was sent.
 */
import { vi } from "vitest";

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (body: unknown) => Answer | Promise<Answer>;

export type Sent = { method: string; path: string; body: unknown };

export function fakeApi(routes: Record<string, Handler | Answer>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const method = init?.method ?? "GET";
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    sent.push({ method, path: url.pathname + url.search, body });
    const route = routes[`${method} ${url.pathname}`];
    if (!route) {
      return Response.json({ error: { code: "route.not_found", message: "No." } }, { status: 404 });
    }
    const answer = typeof route === "function" ? await route(body) : route;
    return Response.json(answer.body ?? {}, {
      status: answer.status ?? 200,
      headers: answer.headers,
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { sent, fetch };
}

/** The API's error body. */
export function failure(status: number, code: string, message: string, issues?: unknown): Answer {
  return { status, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}
