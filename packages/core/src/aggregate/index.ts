export * as Aggregate from "./index.js";

import type { Db } from "../db/client.js";
import { Response } from "../response/index.js";
import { Survey } from "../survey/index.js";
import { allQuestions } from "../survey/schema.js";
import { Theme } from "../theme/index.js";
import { add, type Cells, contribution } from "./cells.js";

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
  return { cells, pending: 0 };
}
