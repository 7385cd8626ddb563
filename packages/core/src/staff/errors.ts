/** The staff aggregate's failures, each defined once with the code clients rely on. */
import { ChorusError, conflict } from "../util/error.js";

/**
 * A set-password link that cannot be used: unknown, expired, already used, or for someone since
 * deactivated. One answer for all, so the link's state is not told to whoever holds it.
 */
export const linkExpired = () =>
  new ChorusError(
    "closed",
    "auth.link_expired",
    "This link has expired or was already used. Ask your admin for a new one.",
  );

/** Inviting someone who has already set a password (found before the write, or by it). */
export const staffExists = () =>
  conflict("staff.exists", "That person already has an account. Change their roles instead.");
