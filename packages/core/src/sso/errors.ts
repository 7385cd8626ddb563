/** Single sign-on's failures, each defined once with the code clients rely on. */
import { ChorusError } from "../util/error.js";

/** A refused sign-in; `code` also travels back to the browser as `?sso_error=`. */
export const refuse = (code: string, message: string) =>
  new ChorusError("forbidden", code, message);

/** A sign-in that could not be completed, through nobody's decision. */
export const failed = (code: string, message: string) =>
  new ChorusError("unauthenticated", code, message);

export const notConfigured = () =>
  new ChorusError("not_found", "sso.not_configured", "Single sign-on is not set up here.");

/** Refused whether the deactivation was seen before the write or only by its condition. */
export const inactive = () =>
  refuse("auth.sso_inactive", "Your Chorus account has been deactivated.");

/** No transaction cookie, an unknown or replayed one, or one that came back too late. */
export const noTransaction = () =>
  failed("auth.sso_no_transaction", "That sign-in has expired. Please start again.");
