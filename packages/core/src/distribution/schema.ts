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

/** A single-use invite link as stored (under the hash of its token). */
export const StoredInvite = v.looseObject({
  orgId: v.string(),
  distributionId: v.string(),
  code: v.string(),
  usedBy: v.optional(v.string()),
});
export type StoredInvite = v.InferOutput<typeof StoredInvite>;
