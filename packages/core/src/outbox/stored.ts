/** An outbox message as the table holds it (valibot only). */
import * as v from "valibot";

/** An e-mail waiting to be sent. Locally nothing sends it: admins read it at /admin/outbox. */
export const StoredMessage = v.object({
  id: v.string(),
  orgId: v.string(),
  to: v.string(),
  subject: v.string(),
  body: v.string(),
  createdAt: v.string(),
});
export type StoredMessage = v.InferOutput<typeof StoredMessage>;
