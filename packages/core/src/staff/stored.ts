/**
 * Staff as the table holds them (valibot only). `v.object` lets the keys and `type` through
 * the check and leaves them out of what it returns, so no key or hash rides into a view.
 */
import * as v from "valibot";
import { Role } from "./schema.js";

export const StoredStaff = v.object({
  id: v.string(),
  orgId: v.string(),
  email: v.string(),
  name: v.string(),
  roles: v.array(Role),
  // Staff written before deactivation existed carry no `active`: they are active.
  active: v.optional(v.boolean(), true),
  /** Sessions opened under an older epoch are no longer valid. */
  sessionEpoch: v.optional(v.number(), 0),
  /** Only sign-in reads it; nothing returns it. */
  passwordHash: v.optional(v.string()),
  /** Set once the person has signed in through their organisation's provider. */
  ssoSubject: v.optional(v.string()),
  /**
   * Invited here while the address belongs to another organisation: listed as invited, never
   * indexed for sign-in, and its set-password link explains to whoever opens it (see `invite`).
   */
  elsewhere: v.optional(v.literal(true)),
});
export type StoredStaff = v.InferOutput<typeof StoredStaff>;

/** A one-time set-password link (invite or reset), under a hash of its token. */
export const StoredPasswordLink = v.object({
  orgId: v.string(),
  staffId: v.string(),
  expiresAt: v.number(),
});
export type StoredPasswordLink = v.InferOutput<typeof StoredPasswordLink>;
