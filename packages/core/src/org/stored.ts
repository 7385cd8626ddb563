/** An organisation as the table holds it (valibot only). */
import * as v from "valibot";

export const DEFAULT_MIN_GROUP_SIZE = 5;

export const StoredOrg = v.object({
  id: v.string(),
  name: v.string(),
  /** Report cells smaller than this are hidden ("fewer than 5"). */
  minGroupSize: v.optional(v.number(), DEFAULT_MIN_GROUP_SIZE),
});
export type StoredOrg = v.InferOutput<typeof StoredOrg>;
