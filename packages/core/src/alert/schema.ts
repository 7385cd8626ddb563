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

/**
 * What lets the safeguarding lead reach the child: never in a report, never in the queue, only
 * on the alert's own page.
 */
export const AlertContext = v.object({
  distributionId: v.optional(v.string()),
  /** The access code the child came in by (directly, or behind a link or tablet). */
  code: v.optional(v.string()),
  cohort: v.optional(v.string()),
  /** The private label an officer gave the single-use link (a case reference, a name). */
  inviteLabel: v.optional(v.string()),
  tabletSessionId: v.optional(v.string()),
  tabletLabel: v.optional(v.string()),
  /** Who started the tablet session: the adult who may be in the room now. */
  officer: v.optional(v.object({ id: v.string(), name: v.string() })),
});
export type AlertContext = v.InferOutput<typeof AlertContext>;

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

const Language = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code."),
);

/** The "try a sentence" box: what the lexicon makes of some text. */
export const ScreenBody = v.strictObject({ language: Language, text: Words(4000) });

/** One of the organisation's own phrases (a local gang's name, a street, a slang word). */
export const OwnPhraseInput = v.strictObject({
  language: Language,
  phrase: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(2, "Use 2 to 80 characters."),
    v.maxLength(80, "Use 2 to 80 characters."),
  ),
  severity: Severity,
});
export type OwnPhraseInput = v.InferOutput<typeof OwnPhraseInput>;

const Whole = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(),
    v.integer(`Use a whole number of ${what}.`),
    v.minValue(min, `Use ${min} to ${max} ${what}.`),
    v.maxValue(max, `Use ${min} to ${max} ${what}.`),
  );

/** What the safeguarding lead (or an admin) saves: due times and the organisation's phrases. */
export const SafeguardingSettingsSave = v.strictObject({
  /** Hours within which an urgent alert must be acknowledged. */
  urgentHours: Whole(1, 72, "hours"),
  /** Working days (Monday to Friday) within which a concern must be acknowledged. */
  concernWorkingDays: Whole(1, 10, "working days"),
  phrases: v.pipe(v.array(OwnPhraseInput), v.maxLength(200, "Keep to 200 phrases.")),
});
export type SafeguardingSettingsSave = v.InferOutput<typeof SafeguardingSettingsSave>;

export const OwnPhrase = v.object({ id: v.string(), ...OwnPhraseInput.entries });
export type OwnPhrase = v.InferOutput<typeof OwnPhrase>;

/** The settings as stored and as the API answers them. */
export const SafeguardingSettings = v.object({
  urgentHours: v.number(),
  concernWorkingDays: v.number(),
  phrases: v.array(OwnPhrase),
});
export type SafeguardingSettings = v.InferOutput<typeof SafeguardingSettings>;
