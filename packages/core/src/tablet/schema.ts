/** Tablet (kiosk) session shapes shared with the web app (valibot only). */
import * as v from "valibot";

/** What an officer types to end a session on the tablet: 4 to 8 digits. */
export const Pin = v.pipe(v.string("Type the PIN."), v.regex(/^\d{4,8}$/, "Use 4 to 8 digits."));

/** The tablet's bearer token: made on the device, at least 192 bits of base64url. */
export const TabletToken = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{32,64}$/, "Use 32 to 64 random base64url characters."),
);

/** What the studio sends to turn the device it runs on into a kiosk for one code. */
export const TabletSessionCreate = v.strictObject({
  /** Made by the client, so a retried request finds the session it already started. */
  id: v.pipe(
    v.string(),
    v.regex(/^tab_[A-Za-z0-9]{8,40}$/, "Use an id like tab_ followed by letters and digits."),
  ),
  distributionId: v.pipe(v.string(), v.regex(/^dst_[A-Za-z0-9]{8,40}$/, "Use a distribution id.")),
  /** For staff, e.g. "Room 2 tablet"; shown small on the kiosk. */
  label: v.pipe(v.string(), v.trim(), v.minLength(1, "Give the session a name."), v.maxLength(60)),
  pin: Pin,
  /**
   * The device makes its own token and the server keeps only its hash, so a retry needs nothing
   * secret back from the server and no secret is ever stored readable.
   */
  token: TabletToken,
});
export type TabletSessionCreate = v.InferOutput<typeof TabletSessionCreate>;

export const TabletEnd = v.strictObject({ pin: Pin });
export type TabletEnd = v.InferOutput<typeof TabletEnd>;

/** A session as staff see it: never its token or PIN, not even hashed. */
export const TabletSession = v.object({
  id: v.string(),
  distributionId: v.string(),
  surveyId: v.string(),
  code: v.string(),
  label: v.string(),
  startedBy: v.string(),
  startedAt: v.string(),
  /** When it stops admitting children by itself (12 hours after the start). */
  endsAt: v.string(),
  endedAt: v.optional(v.string()),
  /** Children whose answers arrived through this session. */
  participants: v.number(),
  live: v.boolean(),
});
export type TabletSession = v.InferOutput<typeof TabletSession>;

/** What the kiosk shows between children. */
export const KioskStatus = v.object({
  label: v.string(),
  participants: v.number(),
  endsAt: v.string(),
});
export type KioskStatus = v.InferOutput<typeof KioskStatus>;

/** A session as stored: its token and PIN only as hashes, the rest as staff see it. */
export const StoredTabletSession = v.looseObject({
  ...v.omit(TabletSession, ["live", "participants"]).entries,
  orgId: v.string(),
  participants: v.optional(v.number(), 0),
  tokenHash: v.string(),
  /** Missing on sessions started before retries were fingerprinted. */
  requestHash: v.optional(v.string()),
  pinHash: v.string(),
});
export type StoredTabletSession = v.InferOutput<typeof StoredTabletSession>;

/** Where a tablet's token leads: stored under the token's hash. */
export const TabletPointer = v.looseObject({ orgId: v.string(), sessionId: v.string() });
