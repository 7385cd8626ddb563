/** Turning any failure into words a person can act on. */
import { ApiError } from "../api";

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, "client.unexpected", error instanceof Error ? error.message : "Unknown");
}

/** A sentence for staff screens; the child area words its own, more gently. */
export function describeError(error: ApiError): string {
  if (error.status === 0) return "Could not reach Chorus. Check your connection and try again.";
  if (error.status === 401) return "Your session has ended. Please sign in again.";
  if (error.status === 403) return "Your account is not allowed to see this.";
  if (error.status === 404) return "This could not be found. It may have been removed.";
  if (error.status === 429) return "Too many requests just now. Wait a moment and try again.";
  if (error.status >= 500) return "Chorus had a problem. Try again in a moment.";
  return error.message;
}
