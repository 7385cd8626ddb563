/**
 * Single-use invite links: made in batches, listed with their private labels and where each
 * stands, exported for the officer to send, revoked one by one. Re-exported by `Distribution`.
 */
import { createHmac, randomBytes } from "node:crypto";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { inviteEnded, inviteNotFound, inviteUsed } from "../admission/errors.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { isTokenShaped, readSecret, secretHash, storedKey } from "../db/secret.js";
import { toCsv } from "../export/files.js";
import { conflict, invalid, notFound } from "../util/error.js";
import {
  type Distribution,
  INVITE_STATUS_NAMES,
  type InviteCreate,
  type InviteListQuery,
  type InvitePage,
  type InviteStatus,
  type InviteView,
  StoredInvite,
} from "./schema.js";

/*
 * A link's token is an HMAC of the organisation and the link's id under the organisation's own
 * random key (kept in the table, made on first use), cut to 144 bits: the table still keeps
 * only the token's hash, yet the officer can be shown a lost link again, and a retried batch
 * gives back the same links. The trade-off, as for share links: whoever copies the whole table,
 * key included, can rebuild the links. A link opens one survey once and shows no answers.
 */
async function tokenFor(db: Db, orgId: string, inviteId: string): Promise<string> {
  const key = await storedKey(db, Keys.inviteSecret(orgId), { type: "inviteSecret", orgId });
  return createHmac("sha256", key)
    .update(`invite\n${orgId}\n${inviteId}`)
    .digest("base64url")
    .slice(0, 24);
}

const INVITE_ID = /^ivb_[A-Za-z0-9]{8,40}-\d{3}$/;

export const unknownInvite = () =>
  notFound("invite.unknown", "There is no such link for this code.");

/**
 * Makes one link for each label and `count` without one. Under the client's batch id the same
 * request again gives back the same links (and writes nothing); another request under it is a
 * 409. Audited once per batch, with how many links, never their tokens or labels.
 */
export async function createInvites(
  db: Db,
  staff: Audit.Staff,
  distribution: Distribution,
  input: InviteCreate,
): Promise<{ id: string; label?: string; token: string }[]> {
  const batch = input.id ?? `ivb_${randomBytes(12).toString("hex")}`;
  const labels = [...input.labels, ...Array<undefined>(input.count).fill(undefined)];
  const requestHash = fingerprint({
    distributionId: distribution.id,
    labels: input.labels,
    count: input.count,
  });
  const createdAt = db.now().toISOString();
  const made = await Promise.all(
    labels.map(async (label, index) => {
      const id = `${batch}-${String(index).padStart(3, "0")}`;
      const token = await tokenFor(db, distribution.orgId, id);
      const result = await createOnce(db, {
        item: {
          ...Keys.childInvite(secretHash(token)),
          ...Keys.invitesOfDistribution(distribution.orgId, distribution.id, createdAt, id),
          type: "childInvite",
          id,
          orgId: distribution.orgId,
          distributionId: distribution.id,
          code: distribution.code,
          // Private: shown to the officer who made it, and to the safeguarding lead in an alert.
          ...(label ? { label } : {}),
          createdAt,
          requestHash,
        },
        field: "requestHash",
        conflict: () =>
          conflict("invite.conflict", "Different links were already made under this id."),
      });
      return { id, ...(label ? { label } : {}), token, createdAt: String(result.item.createdAt) };
    }),
  );
  // The first link's time, whichever attempt wrote it, so a retry writes the entry only if the
  // attempt that made the links crashed before it.
  await Audit.byStaffOnce(db, staff, {
    action: "invites.created",
    at: made[0]!.createdAt,
    id: `inv_${batch}`,
    target: { type: "survey", id: distribution.surveyId },
    detail: {
      distributionId: distribution.id,
      count: labels.length,
      labelled: input.labels.length,
    },
  });
  return made.map(({ createdAt: _at, ...invite }) => invite);
}

/** Where a stored link stands at `now`: revoked, then used, then its code's closing. */
export function statusOf(
  invite: StoredInvite,
  distribution: Distribution,
  now: Date,
): InviteStatus {
  if (invite.revokedAt) return "revoked";
  if (invite.usedBy) return "used";
  const closesAt = distribution.closesAt ? Date.parse(distribution.closesAt) : Infinity;
  if (distribution.closed || now.getTime() >= closesAt) return "expired";
  return "unused";
}

function view(stored: StoredInvite, distribution: Distribution, now: Date): InviteView {
  return {
    id: stored.id ?? "",
    ...(stored.label ? { label: stored.label } : {}),
    status: statusOf(stored, distribution, now),
    createdAt: stored.createdAt ?? "",
    ...(stored.usedOn ? { usedOn: stored.usedOn } : {}),
    ...(stored.revokedAt ? { revokedAt: stored.revokedAt } : {}),
  };
}

const listQuery = (distribution: Distribution) => ({
  IndexName: "gsi1",
  KeyConditionExpression: "gsi1pk = :p",
  ExpressionAttributeValues: {
    ":p": Keys.invitesOfDistributionPartition(distribution.orgId, distribution.id),
  },
});

/*
 * A page's cursor is DynamoDB's own last key, in base64url JSON. It is checked on the way back
 * in: a cursor from another code's list (or made up) is a 400, never a way into another list.
 */
const badCursor = () =>
  invalid("invite.bad_cursor", "That page of links is not known. Start again.");
function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}
function decodeCursor(cursor: string, partition: string): Record<string, string> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  const fields = ["pk", "sk", "gsi1pk", "gsi1sk"];
  const record = key as Record<string, unknown>;
  if (
    typeof key !== "object" ||
    key === null ||
    Object.keys(key).length !== fields.length ||
    !fields.every((field) => typeof record[field] === "string") ||
    record.gsi1pk !== partition
  ) {
    throw badCursor();
  }
  return record as Record<string, string>;
}

/** One page of a code's links, oldest first (a batch reads in the order its labels were typed). */
export async function listInvites(
  db: Db,
  distribution: Distribution,
  query: InviteListQuery = {},
): Promise<InvitePage> {
  const base = listQuery(distribution);
  const start = query.cursor
    ? decodeCursor(query.cursor, base.ExpressionAttributeValues[":p"])
    : undefined;
  const page = await db.doc.send(
    new QueryCommand({
      ...base,
      TableName: db.table,
      Limit: query.limit ?? 50,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  const now = db.now();
  return {
    invites: (page.Items ?? []).map((item) =>
      view(readItem(StoredInvite, item, "childInvite"), distribution, now),
    ),
    ...(page.LastEvaluatedKey ? { next: encodeCursor(page.LastEvaluatedKey) } : {}),
  };
}

export type ExportFormat = "csv" | "copy";

/**
 * Every link of a code with the address of each one still unused (a used, expired or revoked
 * link has nothing left to send), for the officer to copy or download. Audited each time, with
 * how many addresses left, never the addresses.
 */
export async function exportInvites(
  db: Db,
  staff: Audit.Staff,
  distribution: Distribution,
  baseUrl: string,
  format: ExportFormat,
) {
  const now = db.now();
  const rows: (InviteView & { url?: string })[] = [];
  for await (const page of queryPages(db, listQuery(distribution))) {
    for (const item of page.Items ?? []) {
      const stored = readItem(StoredInvite, item, "childInvite");
      const shown = view(stored, distribution, now);
      rows.push(
        shown.status === "unused" && stored.id
          ? { ...shown, url: `${baseUrl}/i/${await tokenFor(db, distribution.orgId, stored.id)}` }
          : shown,
      );
    }
  }
  const links = rows.filter((row) => row.url).length;
  await Audit.byStaff(
    db,
    staff,
    "invites.exported",
    { type: "survey", id: distribution.surveyId },
    { distributionId: distribution.id, format, links, rows: rows.length },
  );
  return { rows, links };
}

/** The export as the CSV file an officer downloads: formula-safe, one row per link. */
export function invitesCsv(distribution: Distribution, rows: (InviteView & { url?: string })[]) {
  const day = (iso?: string) => (iso ? iso.slice(0, 10) : "");
  return {
    fileName: `invite-links-${distribution.code}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: toCsv(
      [
        {
          name: "Invite links",
          columns: [
            { label: "Private label", kind: "text" },
            { label: "Status", kind: "text" },
            { label: "Made on", kind: "text" },
            { label: "Used on", kind: "text" },
            { label: "Revoked on", kind: "text" },
            { label: "Link", kind: "text" },
          ],
          rows: rows.map((row) => [
            row.label ?? "",
            INVITE_STATUS_NAMES[row.status],
            day(row.createdAt),
            day(row.usedOn),
            day(row.revokedAt),
            row.url ?? "",
          ]),
        },
      ],
      { titles: false },
    ),
  };
}

/**
 * Stops one unused link: from then on it lets nobody in. Revoking it again changes nothing and
 * answers the same; a link already used cannot be revoked (409), and its child stays heard.
 * Of a revoke and a child's first answer racing at one link, exactly one wins (both writes are
 * conditional on the other's field). Audited once, whatever retries happen.
 */
export async function revokeInvite(
  db: Db,
  staff: Audit.Staff,
  distribution: Distribution,
  inviteId: string,
): Promise<InviteView> {
  if (!INVITE_ID.test(inviteId)) throw unknownInvite();
  const key = Keys.childInvite(secretHash(await tokenFor(db, staff.orgId, inviteId)));
  let stored: StoredInvite;
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key,
        UpdateExpression: "SET revokedAt = if_not_exists(revokedAt, :now)",
        ConditionExpression:
          "attribute_exists(pk) AND orgId = :org AND distributionId = :dist AND attribute_not_exists(usedBy)",
        ExpressionAttributeValues: {
          ":now": db.now().toISOString(),
          ":org": staff.orgId,
          ":dist": distribution.id,
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    stored = readItem(StoredInvite, Attributes, "childInvite");
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const item = await readSecret(db, key);
    if (!item || item.orgId !== staff.orgId || item.distributionId !== distribution.id) {
      throw unknownInvite();
    }
    throw conflict(
      "invite.already_used",
      "This link has been used already: there is nothing to stop.",
    );
  }
  await Audit.byStaffOnce(db, staff, {
    action: "invite.revoked",
    at: stored.revokedAt!,
    id: `ivr_${inviteId}`,
    target: { type: "survey", id: distribution.surveyId },
    detail: { distributionId: distribution.id, count: 1 },
  });
  return view(stored, distribution, db.now());
}

export interface Invite {
  hash: string;
  orgId: string;
  distributionId: string;
  code: string;
  /** The response that used the link, once one has. */
  usedBy?: string;
}

/**
 * The invite behind a link's token, used or not; unknown links are `invite.not_found`, revoked
 * ones `invite.ended` (which tells the child it no longer works, not why).
 */
export async function readInvite(db: Db, token: string): Promise<Invite> {
  if (!isTokenShaped(token, 10, 64)) throw inviteNotFound();
  const hash = secretHash(token);
  const item = await readSecret(db, Keys.childInvite(hash));
  if (!item) throw inviteNotFound();
  const { orgId, distributionId, code, usedBy, revokedAt } = readItem(
    StoredInvite,
    item,
    "childInvite",
  );
  if (revokedAt) throw inviteEnded();
  return { hash, orgId, distributionId, code, ...(usedBy ? { usedBy } : {}) };
}

/**
 * Reserves a link for one response before that response is stored: of several different
 * responses racing at one link, exactly one gets it, and the others are refused having stored
 * nothing. The same response may claim it again (the device's retry after a lost answer). A
 * link revoked meanwhile is refused.
 */
export async function claimInvite(db: Db, hash: string, responseId: string): Promise<void> {
  const key = Keys.childInvite(hash);
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key,
        UpdateExpression: "SET usedBy = :id, usedOn = if_not_exists(usedOn, :day)",
        ConditionExpression:
          "attribute_exists(pk) AND attribute_not_exists(revokedAt) AND (attribute_not_exists(usedBy) OR usedBy = :id)",
        ExpressionAttributeValues: {
          ":id": responseId,
          ":day": db.now().toISOString().slice(0, 10),
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const item = await readSecret(db, key);
    throw item?.revokedAt ? inviteEnded() : inviteUsed();
  }
}
