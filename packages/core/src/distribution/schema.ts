/** Distribution shapes shared with the web app (valibot only). */
import * as v from "valibot";
import { AgeBand } from "../survey/base.js";

/** Who a distribution reaches; reports can be cut by it. */
export const Cohort = v.picklist([
  "children-in-care",
  "care-leavers",
  "child-protection",
  "child-in-need",
  "early-help",
  "family",
]);
export type Cohort = v.InferOutput<typeof Cohort>;

export const COHORT_NAMES: Record<Cohort, string> = {
  "children-in-care": "Children in care",
  "care-leavers": "Care leavers",
  "child-protection": "Child protection",
  "child-in-need": "Child in need",
  "early-help": "Early help",
  family: "Family",
};

const Instant = v.pipe(v.string(), v.isoTimestamp("Use an ISO date and time."));

/** What an officer fills in to hand a survey out. */
export const DistributionCreate = v.pipe(
  v.strictObject({
    /** Made by the client, so a retried request finds the distribution it already made. */
    id: v.pipe(
      v.string(),
      v.regex(/^dst_[A-Za-z0-9]{8,40}$/, "Use an id like dst_ followed by letters and digits."),
    ),
    label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
    cohort: Cohort,
    /** When the survey's age bands are several, fix one for everyone using this code. */
    ageBand: v.optional(AgeBand),
    opensAt: v.optional(Instant),
    closesAt: v.optional(Instant),
  }),
  v.check(
    (d) => !d.opensAt || !d.closesAt || Date.parse(d.opensAt) < Date.parse(d.closesAt),
    "The closing date must be after the opening date.",
  ),
);
export type DistributionCreate = v.InferOutput<typeof DistributionCreate>;

export const Distribution = v.object({
  id: v.string(),
  orgId: v.string(),
  surveyId: v.string(),
  code: v.string(),
  label: v.string(),
  cohort: Cohort,
  ageBand: v.optional(AgeBand),
  opensAt: v.optional(v.string()),
  closesAt: v.optional(v.string()),
  closed: v.boolean(),
  closedAt: v.optional(v.string()),
  createdAt: v.string(),
});
export type Distribution = v.InferOutput<typeof Distribution>;

/**
 * A single-use link's private label: a first name or a case reference, so the officer can hand
 * it to the right child. Stored with the link; never shown to the child nor in any report, only
 * to the safeguarding lead in an alert the child's answers raise.
 */
const InviteLabel = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "Leave out empty labels."),
  v.maxLength(80, "Keep each label to 80 characters."),
);

export const InviteCreate = v.pipe(
  v.strictObject({
    /**
     * Made by the client, so a retried request gives back the very same links instead of a
     * second set. Without one, each request makes new links.
     */
    id: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^ivb_[A-Za-z0-9]{8,40}$/, "Use an id like ivb_ followed by letters and digits."),
      ),
    ),
    /** One link for each label. */
    labels: v.optional(v.array(InviteLabel), []),
    /** How many links without a label, beside the labelled ones. */
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)), 0),
  }),
  v.check(
    (input) => input.labels.length + input.count >= 1 && input.labels.length + input.count <= 200,
    "Make between 1 and 200 links at a time.",
  ),
);
export type InviteCreate = v.InferOutput<typeof InviteCreate>;

/**
 * A single-use invite link as stored (under the hash of its token). Links made before links
 * could be listed have no `id` and no `createdAt` in the list's index: they still work, but only
 * their holder can find them.
 */
export const StoredInvite = v.looseObject({
  id: v.optional(v.string()),
  orgId: v.string(),
  distributionId: v.string(),
  code: v.string(),
  label: v.optional(v.string()),
  createdAt: v.optional(v.string()),
  usedBy: v.optional(v.string()),
  usedOn: v.optional(v.string()),
  revokedAt: v.optional(v.string()),
});
export type StoredInvite = v.InferOutput<typeof StoredInvite>;

/**
 * Where a link stands: `unused` (it still lets its child in), `used`, `expired` (its code has
 * closed, by hand or on its closing date) or `revoked` (an officer stopped it).
 */
export const InviteStatus = v.picklist(["unused", "used", "expired", "revoked"]);
export type InviteStatus = v.InferOutput<typeof InviteStatus>;

export const INVITE_STATUS_NAMES: Record<InviteStatus, string> = {
  unused: "Not used yet",
  used: "Used",
  expired: "Expired",
  revoked: "Revoked",
};

/** One link as the officer's list shows it: never its token, which only an export carries. */
export const InviteView = v.object({
  id: v.string(),
  label: v.optional(v.string()),
  status: InviteStatus,
  createdAt: v.string(),
  /** The day it was used (never the time: the answers' time is not the officer's to see). */
  usedOn: v.optional(v.string()),
  revokedAt: v.optional(v.string()),
});
export type InviteView = v.InferOutput<typeof InviteView>;

/** A page of a code's links, and where the next page starts, if there is one. */
export const InvitePage = v.object({
  invites: v.array(InviteView),
  next: v.optional(v.string()),
});
export type InvitePage = v.InferOutput<typeof InvitePage>;

export const InviteListQuery = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(400), v.regex(/^[\w-]+$/))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(200)),
  ),
});
export type InviteListQuery = v.InferOutput<typeof InviteListQuery>;
