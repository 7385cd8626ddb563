/** What to tell someone when signing in goes wrong, in words they can act on. */
import type { ApiError } from "../../api";
import { describeError } from "../../ui/errors";

// Codes come from the single sign-on callback (`/reports?sso_error=<code>`).
const SSO_ERRORS: Record<string, string> = {
  "auth.sso_no_role":
    "Your council account worked, but none of your groups gives you access to Chorus. Ask your Chorus administrator to add you to the right group.",
  "auth.sso_email_taken":
    "Your e-mail address already belongs to another organisation in Chorus, so it can't be used here. Ask your Chorus administrator for help.",
  "auth.sso_email_domain":
    "Your council account's e-mail address isn't one this organisation has set up for Chorus. Ask your Chorus administrator for help.",
  "auth.sso_no_email":
    "Your council's sign-in service didn't tell Chorus your e-mail address. Ask your IT team to share it with Chorus.",
  "auth.sso_inactive":
    "Your Chorus account has been turned off. Ask your Chorus administrator to turn it back on.",
  "auth.sso_cancelled": "Signing in was cancelled. You can try again when you're ready.",
  "auth.sso_no_transaction":
    "That sign-in took too long, or was started in another browser. Please start again.",
  "auth.sso_unavailable":
    "Your council's sign-in service didn't answer. Try again in a few minutes.",
  "auth.sso_groups_overage":
    "You belong to too many groups for your council's sign-in service to list. Ask your IT team to send Chorus only the groups meant for it.",
};

/** A plain sentence for an `sso_error` code; unknown codes still get a useful answer. */
export function ssoErrorMessage(code: string): string {
  return (
    SSO_ERRORS[code] ??
    "Signing in with your council account didn't work. Try again, and if it keeps happening tell your Chorus administrator."
  );
}

/** Why a password sign-in failed. */
export function signInFailure(error: ApiError): string {
  if (error.status === 401) {
    return "That email address and password don't match. Check them and try again.";
  }
  if (error.status === 429) {
    const wait = minutesToWait(error);
    return wait ? `${error.message} You can try again in about ${wait}.` : error.message;
  }
  return describeError(error);
}

function minutesToWait(error: ApiError): string | undefined {
  const seconds = (error.issues as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds !== "number" || seconds <= 0) return undefined;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}
