/** A child's "Tell my worker" request, as the device sends it (valibot only). */
import * as v from "valibot";
import { AgeBand, LanguageCode } from "../survey/base.js";
import { UUID_V7 } from "../survey/schema.js";

/** Trimmed words, left out entirely when blank: an empty box is not a name. */
const Optional = (max: number, what: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `${what} can be at most ${max} characters.`),
      v.transform((text) => (text === "" ? undefined : text)),
    ),
  );

/**
 * How to reach the child, given knowingly and only if they chose to: this is what makes the
 * request not anonymous. Every part is optional; the alert carries it, reports never do.
 */
export const HelpContact = v.strictObject({
  firstName: Optional(40, "A first name"),
  /** A phone number, a place, a school: whatever the child thinks will find them. */
  reach: Optional(200, "How to reach you"),
  workerName: Optional(80, "A worker's name"),
});
export type HelpContact = v.InferOutput<typeof HelpContact>;

/** The body a child's device posts the moment "Tell my worker" is pressed. */
export const HelpCreate = v.strictObject({
  /** Made on the device, so a resend from the outbox is recognised as the same press. */
  id: v.pipe(v.string(), v.toLowerCase(), v.regex(UUID_V7, "The id must be a UUIDv7.")),
  language: LanguageCode,
  ageBand: v.optional(AgeBand),
  /** When it was pressed, by the device's clock; openness is judged by it, as for answers. */
  sentAt: v.pipe(v.string(), v.isoTimestamp("sentAt must be an ISO timestamp.")),
  contact: v.optional(HelpContact),
});
export type HelpCreate = v.InferOutput<typeof HelpCreate>;
