export * as Distribution from "./index.js";

import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { surveyClosed, surveyNotOpenYet } from "../admission/errors.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { newAccessCode } from "../survey/code.js";
import { conflict, notFound } from "../util/error.js";
import { Distribution, type DistributionCreate } from "./schema.js";

export {
  claimInvite,
  createInvites,
  exportInvites,
  type Invite,
  invitesCsv,
  listInvites,
  readInvite,
  revokeInvite,
  statusOf,
} from "./invites.js";

/**
 * Hands a survey out under a new access code. The id comes from the client: a retry with the
 * same body answers with the distribution already made, a different body under it is a conflict.
 */
export async function create(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
  input: DistributionCreate,
): Promise<{ distribution: Distribution; created: boolean }> {
  const { orgId } = staff;
  const requestHash = fingerprint({ surveyId, ...input });
  const conflicting = () =>
    conflict("distribution.conflict", "A different distribution already has this id.");
  // The common retry answers without drawing a code it would then throw away.
  const existing = await get(db, orgId, input.id);
  if (existing) {
    if (existing.requestHash === requestHash) return { distribution: existing, created: false };
    throw conflicting();
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
  // Two identical requests may race past the read above: the one whose put lands owns the id,
  // and the other answers as its retry. Its own code then leads nowhere (see `Admission`).
  const result = await createOnce(db, {
    item: {
      ...Keys.distribution(orgId, input.id),
      type: "distribution",
      ...distribution,
      requestHash,
    },
    field: "requestHash",
    conflict: conflicting,
  });
  if (!result.created) return { distribution: toDistribution(result.item), created: false };
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
  await Audit.byStaff(
    db,
    staff,
    "distribution.created",
    { type: "survey", id: surveyId },
    { distributionId: input.id, cohort: input.cohort },
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

export async function get(
  db: Db,
  orgId: string,
  id: string,
): Promise<(Distribution & { requestHash?: string }) | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.distribution(orgId, id) }),
  );
  return Item ? fromItem(Item) : undefined;
}

/** A stored distribution item, checked, with its request fingerprint. */
export function fromItem(item: Record<string, unknown>): Distribution & { requestHash?: string } {
  return { ...toDistribution(item), requestHash: item.requestHash as string | undefined };
}

/** A stored distribution, checked, without its storage keys and request fingerprint. */
function toDistribution(item: Record<string, unknown>): Distribution {
  const { pk: _pk, sk: _sk, type: _type, requestHash: _hash, ...rest } = item;
  return readItem(Distribution, rest, "distribution");
}

export async function list(db: Db, orgId: string, surveyId: string): Promise<Distribution[]> {
  const found: Distribution[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.distributionPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      if (item.surveyId === surveyId) found.push(toDistribution(item));
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Stops a code admitting anyone new; closing a closed one is not an error. */
export async function close(db: Db, staff: Audit.Staff, id: string): Promise<Distribution> {
  const { orgId } = staff;
  let closed: Distribution;
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
    closed = toDistribution(Attributes!);
  } catch (error) {
    if (isConditionFailed(error)) throw distributionNotFound();
    throw error;
  }
  await Audit.byStaff(
    db,
    staff,
    "distribution.closed",
    { type: "survey", id: closed.surveyId },
    { distributionId: id },
  );
  return closed;
}

export const distributionNotFound = () =>
  notFound("distribution.not_found", "There is no such distribution.");

/**
 * Whether a distribution admits a child at `at`: not closed, and within its dates. `at` is the
 * time the child's answers are judged by (see `Admission.judgedAt`), not always now.
 */
export function checkOpen(distribution: Distribution, at: Date): void {
  const time = at.getTime();
  if (distribution.opensAt && time < Date.parse(distribution.opensAt)) throw surveyNotOpenYet();
  const { closedAt } = distribution;
  const closedByHand = distribution.closed && (!closedAt || time >= Date.parse(closedAt));
  if (closedByHand || (distribution.closesAt && time >= Date.parse(distribution.closesAt))) {
    throw surveyClosed();
  }
}
