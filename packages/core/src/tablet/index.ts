export * as Tablet from "./index.js";

import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { Distribution } from "../distribution/index.js";
import { RateLimit } from "../limit/index.js";
import { hashPassword, verifyPassword } from "../staff/password.js";
import { Survey } from "../survey/index.js";
import { ChorusError, conflict, notFound } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import type { TabletSession, TabletSessionCreate } from "./schema.js";

/** A session admits children for one event day at most, then ends by itself. */
export const SESSION_HOURS = 12;
/** How long an ended session stays listed in the studio before the purge may remove it. */
const KEEP_DAYS = 30;
/** Wrong PINs allowed per session and window: enough for fumbling, far too few for guessing. */
export const PIN_TRIES = { name: "tablet-pin", limit: 5, windowSeconds: 900 };

type Stored = TabletSession & { orgId: string; tokenHash: string; pinHash: string };

const unknown = () =>
  notFound("tablet.not_found", "This tablet session is not known. Ask a member of staff.");
const ended = () =>
  new ChorusError(
    "closed",
    "tablet.ended",
    "This tablet session has ended. Ask a member of staff to start a new one.",
  );

/**
 * Starts a session on the officer's device for one open distribution. The id and the token come
 * from the device: a retry with the same body answers with the session already started, and a
 * different body under the same id is a conflict. Only hashes of the token and PIN are kept.
 */
export async function start(
  db: Db,
  staff: { orgId: string; id: string },
  input: TabletSessionCreate,
): Promise<{ session: TabletSession; created: boolean }> {
  const tokenHash = sha256(input.token);
  const existing = await getStored(db, staff.orgId, input.id);
  if (existing) {
    const same =
      existing.distributionId === input.distributionId &&
      existing.label === input.label &&
      existing.tokenHash === tokenHash &&
      (await verifyPassword(input.pin, existing.pinHash));
    if (same) return { session: view(existing, db.now()), created: false };
    throw conflict("tablet.conflict", "A different tablet session already has this id.");
  }
  const distribution = await Distribution.get(db, staff.orgId, input.distributionId);
  if (!distribution) throw notFound("distribution.not_found", "There is no such distribution.");
  // The same checks a child's code meets: a closed code, an archived survey or one not open yet
  // would turn every child away, so the session is refused up front.
  await Survey.openByCode(db, distribution.code);

  const now = db.now();
  const endsAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const expiresAt = Math.ceil(endsAt.getTime() / 1000) + KEEP_DAYS * 86_400;
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
    live: true,
    tokenHash,
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
  const { live: _live, ...item } = stored;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.tabletSession(staff.orgId, input.id),
          type: "tabletSession",
          ...item,
          expiresAt,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    // Two identical requests raced: the other one made it, and answering as a retry is right.
    if (!isConditionFailed(error)) throw error;
    return start(db, staff, input);
  }
  return { session: view(stored, now), created: true };
}

/** Every session of the organisation, live ones first, then the newest. */
export async function list(db: Db, orgId: string): Promise<TabletSession[]> {
  const now = db.now();
  const found: TabletSession[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.tabletSessionPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) found.push(view(item as Stored, now));
  }
  return found.sort(
    (a, b) => Number(b.live) - Number(a.live) || b.startedAt.localeCompare(a.startedAt),
  );
}

/** An officer ends a session from the studio; ending an ended one is not an error. */
export async function endByStaff(db: Db, orgId: string, id: string): Promise<TabletSession> {
  return markEnded(db, orgId, id, "staff");
}

/**
 * The session behind a tablet's token, if it was live at `at` (never later than now): a
 * response passes when the child began it, so one begun before the end is still heard when it
 * arrives later (finished as the officer ended it, or queued offline).
 */
export async function open(db: Db, token: string, at: Date = db.now()): Promise<Stored> {
  const stored = await byToken(db, token);
  const time = Math.min(at.getTime(), db.now().getTime());
  const endedAt = stored.endedAt ? Date.parse(stored.endedAt) : Number.POSITIVE_INFINITY;
  if (time >= Math.min(endedAt, Date.parse(stored.endsAt))) throw ended();
  return stored;
}

/** One more child took part; only called for a response stored for the first time. */
export async function countParticipant(db: Db, session: Stored): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.tabletSession(session.orgId, session.id),
      UpdateExpression: "ADD participants :one",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":one": 1 },
    }),
  );
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
  return { orgId: stored.orgId, session: await markEnded(db, stored.orgId, stored.id, "pin") };
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
  return Item ? (Item as Stored) : undefined;
}

async function byToken(db: Db, token: string): Promise<Stored> {
  if (!/^[\w-]{32,64}$/.test(token)) throw unknown();
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.tabletToken(sha256(token)),
      ConsistentRead: true,
    }),
  );
  const stored = Item ? await getStored(db, Item.orgId, Item.sessionId) : undefined;
  if (!stored) throw unknown();
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
    return view(Attributes as Stored, db.now());
  } catch (error) {
    if (isConditionFailed(error)) throw unknown();
    throw error;
  }
}
