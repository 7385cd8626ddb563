/**
 * Errors the product expects to happen (bad input, unknown codes, conflicts). Each carries a
 * stable dotted code that clients may rely on; the API maps the kind to an HTTP status.
 */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "closed"
  | "too_large"
  | "rate_limited";

export class ChorusError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly issues?: unknown,
  ) {
    super(message);
    this.name = "ChorusError";
  }
}

export const notFound = (code: string, message: string) =>
  new ChorusError("not_found", code, message);
export const conflict = (code: string, message: string) =>
  new ChorusError("conflict", code, message);
export const invalid = (code: string, message: string, issues?: unknown) =>
  new ChorusError("invalid", code, message, issues);
