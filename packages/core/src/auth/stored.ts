/** A staff session as the table holds it, under a hash of its cookie's token (valibot only). */
import * as v from "valibot";

export const StoredSession = v.object({
  orgId: v.string(),
  staffId: v.string(),
  /** The staff's `sessionEpoch` when it opened; raising theirs ends it. */
  epoch: v.optional(v.number(), 0),
  method: v.picklist(["password", "oidc"]),
  createdAt: v.string(),
  lastSeenAt: v.string(),
  absoluteEnd: v.string(),
  expiresAt: v.number(),
});
export type StoredSession = v.InferOutput<typeof StoredSession>;
