/** What theme work stores and reads besides the answers: decisions on quotes, the names list. */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { StoredResponse } from "../response/schema.js";
import { noSuchSurvey } from "../survey/errors.js";
import { Survey } from "../survey/index.js";
import { Theme } from "../theme/index.js";
import { notFound } from "../util/error.js";
import { textSlots } from "./answers.js";
import type { ApprovedQuote } from "./schema.js";

export const StoredQuote = v.object({
  id: v.string(),
  status: v.picklist(["approved", "rejected"]),
  themeId: v.string(),
  slot: v.string(),
  text: v.optional(v.string()),
  /** When the officer decided (staff time, not a child's). */
  at: v.optional(v.string()),
});
export type StoredQuote = v.InferOutput<typeof StoredQuote>;

/** Every decision an officer made on a survey's candidate quotes. */
export async function decisions(db: Db, orgId: string, surveyId: string): Promise<StoredQuote[]> {
  const found: StoredQuote[] = [];
  const query = partitionQuery(Keys.quotePartition(orgId, surveyId), Keys.quotePrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) found.push(readItem(StoredQuote, item, "quote"));
  }
  return found;
}

/** Quotes an officer approved for a survey's themes, redacted, ready for leaders. */
export async function approvedFor(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<ApprovedQuote[]> {
  return (await decisions(db, orgId, surveyId)).flatMap(({ id, status, themeId, slot, text }) =>
    status === "approved" && text !== undefined ? [{ id, themeId, slot, text }] : [],
  );
}

/** The organisation's own names taken out of quotes, besides the automatic rules. */
export async function names(db: Db, orgId: string): Promise<string[]> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.quoteNames(orgId) }),
  );
  return Item ? readItem(v.object({ names: v.array(v.string()) }), Item, "quote names").names : [];
}

/** Replaces the list of names (a PUT: sending it again changes nothing). Audited without names. */
export async function saveNames(db: Db, staff: Audit.Staff, list: string[]): Promise<string[]> {
  const unique = [...new Set(list.map((name) => name.trim()).filter(Boolean))].sort();
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.quoteNames(staff.orgId),
        type: "quoteNames",
        orgId: staff.orgId,
        names: unique,
      },
    }),
  );
  await Audit.byStaff(db, staff, "quote.names_saved", undefined, { count: unique.length });
  return unique;
}

/** Redacts with the automatic rules and the organisation's own names. */
export async function redactor(db: Db, orgId: string) {
  const list = await names(db, orgId);
  return (text: string) => Theme.redact(text, { names: list });
}

export const noQuote = () =>
  notFound("quote.not_found", "There is no such candidate quote in this survey.");

/** The survey, its text slots and a themer: what every theme verb starts from. */
export async function surveyFor(db: Db, orgId: string, surveyId: string) {
  const survey = await Survey.get(db, orgId, surveyId);
  if (!survey || survey.publishedVersion < 1) throw noSuchSurvey();
  return {
    survey,
    slots: await textSlots(db, orgId, survey),
    themer: await Theme.themerFor(db, orgId),
  };
}

/** One stored response, still kept (retention may have purged it). */
export async function responseOf(db: Db, orgId: string, surveyId: string, responseId: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.response(orgId, surveyId, responseId) }),
  );
  return Item ? readItem(StoredResponse, Item, "response") : undefined;
}

/**
 * Records that a survey's aggregates must be recounted (its codebook changed). Kept from the
 * first time until a rebuild clears it, so saying it again changes nothing.
 */
export async function markRebuildNeeded(db: Db, orgId: string, surveyId: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.themeRebuild(orgId, surveyId),
      UpdateExpression:
        "SET #type = :type, orgId = :org, surveyId = :survey, since = if_not_exists(since, :now)",
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: {
        ":type": "themeRebuild",
        ":org": orgId,
        ":survey": surveyId,
        ":now": db.now().toISOString(),
      },
    }),
  );
}

/** Since when a survey's aggregates have needed a recount for a codebook change, if they do. */
export async function rebuildNeeded(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<string | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.themeRebuild(orgId, surveyId),
      ConsistentRead: true,
    }),
  );
  return Item ? readItem(v.object({ since: v.string() }), Item, "theme rebuild").since : undefined;
}

/** For the rebuild (engineer A), once it has recounted with the new codebook. */
export async function rebuildDone(db: Db, orgId: string, surveyId: string): Promise<void> {
  await db.doc.send(
    new DeleteCommand({ TableName: db.table, Key: Keys.themeRebuild(orgId, surveyId) }),
  );
}
