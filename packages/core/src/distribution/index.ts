export * as Distribution from "./index.js";

import { randomBytes } from "node:crypto";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { newAccessCode } from "../survey/code.js";
import { ChorusError, conflict, notFound } from "../util/error.js";
import { canonicalJson, sha256 } from "../util/hash.js";
import type { Distribution, DistributionCreate } from "./schema.js";

/**
 * Hands a survey out under a new access code. The id comes from the client: a retry with the
 * same body answers with the distribution already made, a different body under it is a conflict.
 */
export async function create(
  db: Db,
  orgId: string,
  surveyId: string,
  input: DistributionCreate,
): Promise<{ distribution: Distribution; created: boolean }> {
  const requestHash = sha256(canonicalJson({ surveyId, ...input }));
  const existing = await get(db, orgId, input.id);
  if (existing) {
    if (existing.requestHash === requestHash)
      return { distribution: strip(existing as Record<string, unknown>), created: false };
    throw conflict("distribution.conflict", "A different distribution already has this id.");
  }
  const code = await claimCode(db, orgId, surveyId, input.id);
  const distribution: Distribution = {
    ...input,
    orgId,
    surveyId,
    code,
    closed: false,
    createdAt: db.now().toISOString(),
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.distribution(orgId, input.id),
          type: "distribution",
          ...distribution,
          requestHash,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (error) {
    // Two identical requests raced: the other one made it, and its code is the one that counts.
    if (!isConditionFailed(error)) throw error;
    return create(db, orgId, surveyId, input);
  }
  // The survey list shows the newest code, so officers see one without opening the survey.
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.survey(orgId, surveyId),
      UpdateExpression: "SET code = :code",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":code": code },
    }),
  );
  return { distribution, created: true };
}

/** Reserves a fresh access code; a clash with a live code (rare at 36 bits) draws again. */
async function claimCode(db: Db, orgId: string, surveyId: string, distributionId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newAccessCode();
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: {
            ...Keys.accessCode(code),
            type: "accessCode",
            orgId,
            surveyId,
            distributionId,
            code,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return code;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
  throw new Error("Could not find a free access code after 5 tries");
}

type StoredDistribution = Distribution & { requestHash?: string };

export async function get(
  db: Db,
  orgId: string,
  id: string,
): Promise<StoredDistribution | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.distribution(orgId, id) }),
  );
  return Item ? (Item as StoredDistribution) : undefined;
}

/** The distribution without its storage keys and request fingerprint. */
function strip(item: Record<string, unknown>): Distribution {
  const { pk: _pk, sk: _sk, type: _type, requestHash: _hash, ...distribution } = item;
  return distribution as Distribution;
}

export async function list(db: Db, orgId: string, surveyId: string): Promise<Distribution[]> {
  const found: Distribution[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.distributionPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      if (item.surveyId === surveyId) found.push(strip(item));
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Stops a code admitting anyone new; closing a closed one is not an error. */
export async function close(db: Db, orgId: string, id: string): Promise<Distribution> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.distribution(orgId, id),
        UpdateExpression: "SET closed = :yes, closedAt = if_not_exists(closedAt, :now)",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":yes": true, ":now": db.now().toISOString() },
        ReturnValues: "ALL_NEW",
      }),
    );
    return strip(Attributes!);
  } catch (error) {
    if (isConditionFailed(error))
      throw notFound("distribution.not_found", "There is no such distribution.");
    throw error;
  }
}

/** Whether a distribution admits a child now: not closed, and within its dates. */
export function checkOpen(distribution: Distribution, now: Date): void {
  const time = now.getTime();
  if (distribution.opensAt && time < Date.parse(distribution.opensAt)) {
    throw new ChorusError(
      "forbidden",
      "survey.not_open_yet",
      "This survey is not open yet. Please come back later.",
    );
  }
  const { closedAt } = distribution;
  const closedByHand = distribution.closed && (!closedAt || time >= Date.parse(closedAt));
  if (closedByHand || (distribution.closesAt && time >= Date.parse(distribution.closesAt))) {
    throw new ChorusError(
      "closed",
      "survey.closed",
      "This survey has closed. Thank you for looking.",
    );
  }
}

/** Single-use links for named children: the token is shown once and stored only as a hash. */
export async function createInvites(db: Db, distribution: Distribution, labels: string[]) {
  return Promise.all(
    labels.map(async (label) => {
      const token = randomBytes(18).toString("base64url");
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: {
            ...Keys.childInvite(sha256(token)),
            type: "childInvite",
            orgId: distribution.orgId,
            distributionId: distribution.id,
            code: distribution.code,
            label,
            createdAt: db.now().toISOString(),
          },
        }),
      );
      return { label, token };
    }),
  );
}

const inviteGone = () =>
  new ChorusError(
    "closed",
    "invite.used",
    "This link has already been used. Ask your worker for a new one.",
  );

/** The access code behind a child's single-use link, if the link is still unused. */
export async function openInvite(db: Db, token: string, responseId?: string): Promise<string> {
  if (!/^[\w-]{10,64}$/.test(token))
    throw notFound("invite.not_found", "That link does not work. Ask your worker for a new one.");
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.childInvite(sha256(token)),
      ConsistentRead: true,
    }),
  );
  if (!Item)
    throw notFound("invite.not_found", "That link does not work. Ask your worker for a new one.");
  if (Item.usedBy && Item.usedBy !== responseId) throw inviteGone();
  return Item.code as string;
}

/** Marks a link used by one response; the same response may mark it again (a retry). */
export async function useInvite(db: Db, token: string, responseId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.childInvite(sha256(token)),
        UpdateExpression: "SET usedBy = :id",
        ConditionExpression:
          "attribute_exists(pk) AND (attribute_not_exists(usedBy) OR usedBy = :id)",
        ExpressionAttributeValues: { ":id": responseId },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) throw inviteGone();
    throw error;
  }
}
