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

/** What the safeguarding lead records when an alert is closed. */
export const Outcome = v.picklist([
  "passed-to-social-worker",
  "referred-to-front-door",
  "police-called",
  "lado-informed",
  "no-further-action",
]);
export type Outcome = v.InferOutput<typeof Outcome>;

const Words = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const AlertClose = v.pipe(
  v.strictObject({ outcome: Outcome, reason: v.optional(Words(2000)) }),
  v.check(
    (close) => close.outcome !== "no-further-action" || close.reason !== undefined,
    "Say why no further action is needed.",
  ),
);
export type AlertClose = v.InferOutput<typeof AlertClose>;

/** A note; its id comes from the client, so a retried note is added once. */
export const AlertNote = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^note_[A-Za-z0-9]{8,40}$/, "Use an id like note_ and letters.")),
  text: Words(4000),
});
export type AlertNote = v.InferOutput<typeof AlertNote>;

export const AlertAssign = v.strictObject({ staffId: v.pipe(v.string(), v.maxLength(100)) });

export const AlertListQuery = v.strictObject({ status: v.optional(AlertStatus) });

/** The "try a sentence" box: what the lexicon makes of some text. */
export const ScreenBody = v.strictObject({
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code.")),
  text: Words(4000),
});
