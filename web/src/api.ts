/**
 * The one way the web app talks to the API: JSON in, JSON out, and every failure turned into an
 * `ApiError` carrying the server's dotted code, so screens branch on codes, never on prose.
 */

/**
 * A failed call. `status` is the HTTP status, or 0 when no answer arrived (offline, timed out):
 * those are the failures worth retrying.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /**
     * The error's extra facts, as the API sent them: valibot's flattened issues for bad input,
     * `{ retryAfterSeconds }` when rate-limited. Screens that need them read them with a guard.
     */
    readonly issues?: unknown,
  ) {
    super(message);
  }

  /** True when the request may have never reached the server, or the server was briefly unwell. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export const NETWORK_ERROR = "network.failed";
export const TIMEOUT_ERROR = "network.timeout";

const BASE: string = import.meta.env.VITE_API_URL ?? "";
const TIMEOUT_MS = 20_000;

type Options = { signal?: AbortSignal; timeoutMs?: number; fetch?: typeof fetch };

/** Sends a request and resolves with the parsed JSON body, or rejects with an `ApiError`. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: Options = {},
): Promise<T> {
  const doFetch = options.fetch ?? fetch;
  // A tablet on weak Wi-Fi can hang for minutes; a timeout turns that into a retryable error.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onAbort);

  let response: Response;
  try {
    response = await doFetch(BASE + path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : JSON_HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw timedOut
      ? new ApiError(0, TIMEOUT_ERROR, "The server took too long to answer.")
      : new ApiError(0, NETWORK_ERROR, "Could not reach the server.");
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }

  const data = await readJson(response);
  if (response.ok) return data as T;
  throw toApiError(response.status, data);
}

const JSON_HEADERS = { accept: "application/json", "content-type": "application/json" };

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Maps an error body to an `ApiError`; bodies that are not the API's shape (a proxy's HTML) too. */
export function toApiError(status: number, data: unknown): ApiError {
  const error = (data as { error?: unknown } | undefined)?.error;
  if (error && typeof error === "object") {
    const { code, message, issues } = error as Record<string, unknown>;
    if (typeof code === "string") {
      return new ApiError(status, code, typeof message === "string" ? message : code, issues);
    }
  }
  return new ApiError(status, `http.${status}`, `The server answered ${status}.`);
}

export const api = {
  get: <T>(path: string, options?: Options) => request<T>("GET", path, undefined, options),
  post: <T>(path: string, body: unknown, options?: Options) =>
    request<T>("POST", path, body ?? {}, options),
};
