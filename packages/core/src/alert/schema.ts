/** Safeguarding alert shapes shared with the web app (valibot only). */
import * as v from "valibot";
import { Severity } from "../survey/schema.js";

/** Why an alert was raised; an alert lists every reason its response gave. */
export const Reason = v.variant("kind", [
  /** An answer met one of the survey's safeguarding rules. */
  v.object({ kind: v.literal("answer"), questionId: v.string(), severity: Severity }),
  /** Free text matched the disclosure lexicon; `matched` are the words, for highlighting. */
  v.object({
    kind: v.literal("text"),
    questionId: v.string(),
    /** For the three houses: which house. */
    part: v.optional(v.string()),
    matched: v.array(v.string()),
    severity: Severity,
  }),
  /** The child pressed "Tell my worker". */
  v.object({ kind: v.literal("tellMyWorker"), severity: Severity }),
  /** Free text in a language with no lexicon: a person must read it. */
  v.object({
    kind: v.literal("unscreened"),
    questionId: v.string(),
    part: v.optional(v.string()),
    severity: Severity,
  }),
]);
export type Reason = v.InferOutput<typeof Reason>;

export const AlertStatus = v.picklist(["open", "acknowledged", "closed"]);
export type AlertStatus = v.InferOutput<typeof AlertStatus>;
