export * as Dashboard from "./index.js";

import { Aggregate } from "../aggregate/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { Distribution } from "../distribution/index.js";
import type { Distribution as Code } from "../distribution/schema.js";
import { Survey } from "../survey/index.js";
import { Wave } from "../wave/index.js";
import { dashboardLine } from "./count.js";
import type { SurveyDashboard } from "./schema.js";

export { dashboardLine } from "./count.js";
export type { CodeCount, SurveyDashboard, WaveCount } from "./schema.js";

/** Every code of the organisation, by survey: one query, however many surveys there are. */
async function codesBySurvey(db: Db, orgId: string): Promise<Map<string, Code[]>> {
  const bySurvey = new Map<string, Code[]>();
  const query = partitionQuery(Keys.org(orgId).pk, Keys.distributionPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      const { requestHash: _hash, ...code } = Distribution.fromItem(item);
      bySurvey.set(code.surveyId, [...(bySurvey.get(code.surveyId) ?? []), code]);
    }
  }
  return bySurvey;
}

/**
 * The studio's survey list with how each hand-out is going: for each of the organisation's
 * surveys, its codes and waves and the responses through each, counted exactly from the
 * survey's aggregates (`Aggregate.read`, queued responses included). A survey never published
 * has no responses, so its numbers are not read. Newest first.
 */
export async function forOrg(db: Db, orgId: string): Promise<SurveyDashboard[]> {
  const [surveys, codes, waves] = await Promise.all([
    Survey.list(db, orgId),
    codesBySurvey(db, orgId),
    Wave.list(db, orgId),
  ]);
  const lines = await Promise.all(
    surveys.map(async (survey) => {
      const { cells } =
        survey.publishedVersion > 0 ? await Aggregate.read(db, orgId, survey.id) : { cells: {} };
      return dashboardLine(survey, codes.get(survey.id) ?? [], waves, cells);
    }),
  );
  return lines.sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
}
