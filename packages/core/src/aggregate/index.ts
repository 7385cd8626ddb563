export * as Aggregate from "./index.js";

import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { Response } from "../response/index.js";
import { Survey } from "../survey/index.js";
import { allQuestions } from "../survey/schema.js";
import { Theme } from "../theme/index.js";
import { add, type Cell, type Cells, contribution } from "./cells.js";

/*
 * PLACEHOLDER until the aggregate store lands (issue 11, engineer A): `read` recounts every
 * response, which is exact but grows with all responses. Same signature as the real one.
 */

/** A survey's cells: everything folded so far plus whatever is still waiting to be folded. */
export async function read(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<{ cells: Cells; pending: number }> {
  const survey = await Survey.get(db, orgId, surveyId);
  const text = new Set<string>();
  for (let version = 1; version <= (survey?.publishedVersion ?? 0); version++) {
    const definition = await Survey.getVersion(db, orgId, surveyId, version);
    for (const question of definition ? allQuestions(definition) : []) {
      if (question.type === "text") text.add(question.id);
    }
  }
  const themer = await Theme.themerFor(db, orgId);
  const cells: Cells = {};
  for await (const response of Response.all(db, orgId, surveyId)) {
    const { key, cell } = contribution(response, text, themer);
    add(cells, key, cell);
  }
  // PLACEHOLDER (engineer Q, for moves until engineer A's store lands): stored adjustments.
  const query = partitionQuery(`ORG#${orgId}#ADJ#${surveyId}`, "ADJ#");
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      for (const change of item.changes as AdjustChange[])
        add(cells, change.key, change.cell, change.sign);
    }
  }
  return { cells, pending: 0 };
}

export interface AdjustChange {
  key: string;
  cell: Cell;
  sign: 1 | -1;
}

/**
 * PLACEHOLDER (engineer Q, until engineer A's store lands; same signature as the contract):
 * an exactly-once change to a survey's aggregates; the same adjustmentId again changes nothing.
 */
export async function adjust(
  db: Db,
  orgId: string,
  surveyId: string,
  adjustmentId: string,
  changes: AdjustChange[],
): Promise<void> {
  const key = { pk: `ORG#${orgId}#ADJ#${surveyId}`, sk: `ADJ#${adjustmentId}` };
  await db.doc
    .send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, type: "adjustment", orgId, surveyId, changes },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}
