import { sha256 } from "../util/hash.js";

/**
 * What the table keeps of the id a child's device gives a response. The device makes a UUIDv7,
 * whose first 48 bits are the moment it was made, to the millisecond; stored as it is, it would
 * tell anyone who reads the table when a child answered, which the day-only `submittedOn` is
 * there to hide. The hash keeps what the id is for (the same id always finds the same response,
 * so a resend is still recognised) and nothing of the time: a UUIDv7 holds 74 random bits, far
 * too many to find it again by trying. Every stored trace of a response (its key, its `id`, an
 * invite's `usedBy`, the pending index) uses this, never the device's id.
 */
export const storedId = (deviceId: string) =>
  `r${sha256(`chorus-response\n${deviceId.toLowerCase()}`).slice(0, 32)}`;
