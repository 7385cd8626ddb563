/**
 * Finding the one response a subject-rights request is about, inside the officer's own
 * organisation only: by the reference the child was shown, or by the single-use link they
 * answered through. Anything that is not this organisation's answers 404, exactly like
 * something that does not exist, so a search tells nobody about another council's children.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Distribution } from "../distribution/index.js";
import { Survey } from "../survey/index.js";
import { ChorusError, conflict, invalid, notFound } from "../util/error.js";
import { storedPrefix } from "./reference.js";
import type { FindQuery } from "./schema.js";

/** The record of a deletion: ids and days, never an answer. */
export const StoredErasure = v.object({
  orgId: v.string(),
  surveyId: v.string(),
  responseId: v.string(),
  /** The month the response was counted in. */
  month: v.string(),
  reference: v.string(),
  erasedOn: v.string(),
  at: v.string(),
  byId: v.string(),
  byEmail: v.string(),
  state: v.picklist(["erasing", "done"]),
});
export type StoredErasure = v.InferOutput<typeof StoredErasure>;

export type Located =
  | { kind: "found"; surveyId: string; responseId: string; item: Record<string, unknown> }
  | { kind: "erased"; erasure: StoredErasure };

export const responseNotFound = () =>
  notFound(
    "response.not_found",
    "No response of your organisation has that reference or link. Check it and try again.",
  );

const badReference = () =>
  invalid("response.bad_reference", "A reference is 12 letters and numbers, like F3A2-9C01-B7E4.", {
    reference: ["Type the 12 letters and numbers the child was given."],
  });

/** The response a query names, or the record that it was deleted. */
export async function locate(db: Db, orgId: string, query: FindQuery): Promise<Located> {
  if (query.link !== undefined) return byLink(db, orgId, query.link);
  const prefix = storedPrefix(query.reference ?? "");
  if (!prefix) throw badReference();
  return byPrefix(db, orgId, prefix);
}

/** By a reference typed as it was shown. */
export async function byReference(db: Db, orgId: string, reference: string): Promise<Located> {
  const prefix = storedPrefix(reference);
  if (!prefix) throw badReference();
  return byPrefix(db, orgId, prefix);
}

async function byPrefix(db: Db, orgId: string, prefix: string): Promise<Located> {
  const erased = await erasures(db, orgId, prefix);
  const surveys = await Survey.list(db, orgId);
  const found: Located[] = [];
  for (const survey of surveys) {
    const query = partitionQuery(
      Keys.responsePartition(orgId, survey.id),
      `${Keys.responsePrefix()}${prefix}`,
    );
    for await (const page of queryPages(db, { ...query, ConsistentRead: true })) {
      for (const item of page.Items ?? []) {
        found.push({
          kind: "found",
          surveyId: survey.id,
          responseId: String(item.id),
          item,
        });
      }
    }
  }
  // A deletion under way finds both: the record is what counts.
  const all = [
    ...erased.map((erasure) => ({ kind: "erased" as const, erasure })),
    ...found.filter(
      (one) => one.kind === "found" && !erased.some((e) => e.responseId === one.responseId),
    ),
  ];
  if (all.length === 0) throw responseNotFound();
  if (all.length > 1) {
    throw conflict(
      "response.ambiguous",
      "Two responses share this reference. Find the response by the child's invite link instead.",
    );
  }
  return all[0]!;
}

async function erasures(db: Db, orgId: string, prefix: string): Promise<StoredErasure[]> {
  const found: StoredErasure[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, `${Keys.erasurePrefix()}${prefix}`);
  for await (const page of queryPages(db, { ...query, ConsistentRead: true })) {
    for (const item of page.Items ?? []) found.push(readItem(StoredErasure, item, "erasure"));
  }
  return found;
}

/** The link's token: a whole link as the officer copied it (`…/i/<token>`), or just the token. */
export function tokenOf(link: string): string {
  const match = /\/i\/([^/?#\s]+)/.exec(link);
  return decodeURIComponent(match?.[1] ?? link).trim();
}

async function byLink(db: Db, orgId: string, link: string): Promise<Located> {
  let invite: Awaited<ReturnType<typeof Distribution.readInvite>>;
  try {
    invite = await Distribution.readInvite(db, tokenOf(link));
  } catch (error) {
    if (error instanceof ChorusError && error.kind === "not_found") throw responseNotFound();
    throw error;
  }
  if (invite.orgId !== orgId) throw responseNotFound();
  if (!invite.usedBy) {
    throw notFound("response.not_yet", "Nobody has sent answers with this link yet.");
  }
  const distribution = await Distribution.get(db, orgId, invite.distributionId);
  if (!distribution) throw responseNotFound();
  const responseId = invite.usedBy;
  const { Item: erasure } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.erasure(orgId, responseId),
      ConsistentRead: true,
    }),
  );
  if (erasure) return { kind: "erased", erasure: readItem(StoredErasure, erasure, "erasure") };
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.response(orgId, distribution.surveyId, responseId),
      ConsistentRead: true,
    }),
  );
  // The link was claimed but its response never stored (the device gave up): nothing to find.
  if (!Item) throw notFound("response.not_yet", "Nobody has sent answers with this link yet.");
  return { kind: "found", surveyId: distribution.surveyId, responseId, item: Item };
}
