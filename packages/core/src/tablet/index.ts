export * as Tablet from "./index.js";

import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { tabletEnded, tabletNotFound } from "../admission/errors.js";
import { Audit } from "../audit/index.js";
import { ImmutableCache } from "../db/cache.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed, isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { epochSeconds, isTokenShaped, readSecret, secretHash } from "../db/secret.js";
import { Distribution } from "../distribution/index.js";
import { RateLimit } from "../limit/index.js";
import { hashPassword, verifyPassword } from "../staff/password.js";
import { Survey } from "../survey/index.js";
import { ChorusError, conflict } from "../util/error.js";
import {
  StoredTabletSession,
  TabletPointer,
  type TabletSession,
  type TabletSessionCreate,
} from "./schema.js";

/** A session admits children for one event day at most, then ends by itself. */
export const SESSION_HOURS = 12;
/** How long an ended session stays listed in the studio before the purge may remove it. */
const KEEP_DAYS = 30;
/** Wrong PINs allowed per session and window: enough for fumbling, far too few for guessing. */
export const PIN_TRIES = { name: "tablet-pin", limit: 5, windowSeconds: 900 };

type Stored = StoredTabletSession;

/**
 * Starts a session on the officer's device for one open distribution. The id and the token come
 * from the device: a retry with the same body answers with the session already started, and a
 * different body under the same id is a conflict. Only hashes of the token and PIN are kept.
 */
export async function start(
  db: Db,
  staff: Audit.Staff,
  input: TabletSessionCreate,
): Promise<{ session: TabletSession; created: boolean }> {
  const tokenHash = secretHash(input.token);
  const requestHash = fingerprint({
    distributionId: input.distributionId,
    label: input.label,
    tokenHash,
  });
  const conflicting = () =>
    conflict("tablet.conflict", "A different tablet session already has this id.");
  const retry = async (existing: Stored) => {
    // The PIN is kept only as scrypt, so it is compared apart from the fingerprint.
    if (existing.requestHash === requestHash && (await verifyPassword(input.pin, existing.pinHash)))
      return { session: view(existing, db.now()), created: false };
    throw conflicting();
  };
  const existing = await getStored(db, staff.orgId, input.id);
  if (existing) return retry(existing);
  const distribution = await Distribution.get(db, staff.orgId, input.distributionId);
  if (!distribution) throw Distribution.distributionNotFound();
  // The same checks a child's code meets: a closed code, an archived survey or one not open yet
  // would turn every child away, so the session is refused up front.
  Survey.admitting(await Survey.get(db, staff.orgId, distribution.surveyId));
  Distribution.checkOpen(distribution, db.now());

  const now = db.now();
  const endsAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const expiresAt = epochSeconds(endsAt.getTime()) + KEEP_DAYS * 86_400;
  const stored: Stored = {
    id: input.id,
    orgId: staff.orgId,
    distributionId: distribution.id,
    surveyId: distribution.surveyId,
    code: distribution.code,
    label: input.label,
    startedBy: staff.id,
    startedAt: now.toISOString(),
    endsAt: endsAt.toISOString(),
    participants: 0,
    tokenHash,
    requestHash,
    pinHash: await hashPassword(input.pin),
  };
  try {
    // The pointer first: a crash before the session is written leaves a pointer to nothing,
    // which reads as an unknown token, and the retry may write it again for the same session.
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.tabletToken(tokenHash),
          type: "tabletToken",
          orgId: staff.orgId,
          sessionId: input.id,
          expiresAt,
        },
        ConditionExpression: "attribute_not_exists(pk) OR (orgId = :org AND sessionId = :session)",
        ExpressionAttributeValues: { ":org": staff.orgId, ":session": input.id },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    throw conflict("tablet.conflict", "That token is already in use. Make a new one.");
  }
  const result = await createOnce(db, {
    item: {
      ...Keys.tabletSession(staff.orgId, input.id),
      type: "tabletSession",
      ...stored,
      expiresAt,
    },
    field: "requestHash",
    conflict: conflicting,
  });
  // Two identical requests raced: the other one made it, and this one answers as its retry.
  if (!result.created) return retry(readStored(result.item));
  await Audit.byStaff(db, staff, "tablet.started", target(stored), { code: stored.code });
  return { session: view(stored, now), created: true };
}

/** Every session of the organisation, live ones first, then the newest. */
export async function list(db: Db, orgId: string): Promise<TabletSession[]> {
  const now = db.now();
  const found: TabletSession[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.tabletSessionPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) found.push(view(readStored(item), now));
  }
  return found.sort(
    (a, b) => Number(b.live) - Number(a.live) || b.startedAt.localeCompare(a.startedAt),
  );
}

/** An officer ends a session from the studio; ending an ended one is not an error. */
export async function endByStaff(db: Db, staff: Audit.Staff, id: string): Promise<TabletSession> {
  const session = await markEnded(db, staff.orgId, id, "staff");
  await Audit.byStaff(db, staff, "tablet.ended", target(session), { code: session.code });
  return session;
}

const target = (session: { id: string }) => ({ type: "tabletSession", id: session.id });

/**
 * Refuses a session that was not live at `at`: a response is judged by when the child began it
 * (see `Admission.judgedAt`), so one begun before the end is still heard when it arrives later
 * (finished as the officer ended it, or queued offline).
 */
export function checkLive(session: Stored, at: Date): void {
  const endedAt = session.endedAt ? Date.parse(session.endedAt) : Number.POSITIVE_INFINITY;
  if (at.getTime() >= Math.min(endedAt, Date.parse(session.endsAt))) throw tabletEnded();
}

/**
 * Counts one child, once: the response's reference goes into the session's set of counted
 * responses in the same conditional write that adds one, so a retry, a sweep or the table's
 * stream running this again for the same response changes nothing.
 */
export async function countParticipant(
  db: Db,
  orgId: string,
  sessionId: string,
  responseRef: string,
): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.tabletSession(orgId, sessionId),
        UpdateExpression: "ADD participants :one, counted :ref",
        ConditionExpression: "attribute_exists(pk) AND NOT contains(counted, :refValue)",
        ExpressionAttributeValues: {
          ":one": 1,
          ":ref": new Set([responseRef]),
          ":refValue": responseRef,
        },
      }),
    );
  } catch (error) {
    // Counted already, or the session is gone (purged): either way there is nothing to do.
    ignoreConditionFailed(error);
  }
}

/**
 * Ends a session on the tablet itself with the officer's PIN. Wrong PINs are counted per session
 * and refused once there are too many; a wrong PIN changes nothing else.
 */
export async function endWithPin(db: Db, token: string, pin: string) {
  const stored = await byToken(db, token);
  if ((await RateLimit.peek(db, PIN_TRIES, stored.id)) >= PIN_TRIES.limit) {
    throw RateLimit.tooMany(
      db,
      PIN_TRIES,
      "Too many wrong PINs. Wait a while, or end the session from the studio.",
    );
  }
  if (!(await verifyPassword(pin, stored.pinHash))) {
    const left = Math.max(0, PIN_TRIES.limit - (await RateLimit.hit(db, PIN_TRIES, stored.id)));
    throw new ChorusError(
      "forbidden",
      "tablet.wrong_pin",
      `That PIN is not right. ${left === 1 ? "1 try" : `${left} tries`} left.`,
    );
  }
  const session = await markEnded(db, stored.orgId, stored.id, "pin");
  await Audit.record(db, {
    orgId: stored.orgId,
    actor: { type: "system" },
    action: "tablet.ended",
    target: target(session),
    detail: { code: session.code, by: "pin" },
  });
  return session;
}

export function view(item: Stored, now: Date): TabletSession {
  const live = !item.endedAt && now.getTime() < Date.parse(item.endsAt);
  return {
    id: item.id,
    distributionId: item.distributionId,
    surveyId: item.surveyId,
    code: item.code,
    label: item.label,
    startedBy: item.startedBy,
    startedAt: item.startedAt,
    endsAt: item.endsAt,
    ...(item.endedAt ? { endedAt: item.endedAt } : {}),
    participants: item.participants ?? 0,
    live,
  };
}

async function getStored(db: Db, orgId: string, id: string): Promise<Stored | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.tabletSession(orgId, id),
      ConsistentRead: true,
    }),
  );
  return Item ? readStored(Item) : undefined;
}

function readStored(item: Record<string, unknown>): Stored {
  return readItem(StoredTabletSession, item, "tabletSession");
}

/** A token's pointer never changes once written, so it is read once per process. */
const pointers = new ImmutableCache<{ orgId: string; sessionId: string } | undefined>();

/** The session behind a tablet's token, live or not; unknown tokens are `tablet.not_found`. */
export async function byToken(db: Db, token: string): Promise<Stored> {
  if (!isTokenShaped(token, 32, 64)) throw tabletNotFound();
  const hash = secretHash(token);
  const pointer = await pointers.get(db, hash, async () => {
    const item = await readSecret(db, Keys.tabletToken(hash));
    return item ? readItem(TabletPointer, item, "tabletToken") : undefined;
  });
  const stored = pointer ? await getStored(db, pointer.orgId, pointer.sessionId) : undefined;
  if (!stored) throw tabletNotFound();
  return stored;
}

async function markEnded(db: Db, orgId: string, id: string, by: "staff" | "pin") {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.tabletSession(orgId, id),
        UpdateExpression:
          "SET endedAt = if_not_exists(endedAt, :now), endedBy = if_not_exists(endedBy, :by)",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":now": db.now().toISOString(), ":by": by },
        ReturnValues: "ALL_NEW",
      }),
    );
    return view(readStored(Attributes!), db.now());
  } catch (error) {
    if (isConditionFailed(error)) throw tabletNotFound();
    throw error;
  }
}
