/**
 * A survey's dashboard line from its cells: responses in all, per code and per wave, and the
 * first and last day any came in. Pure, like the report's fold, so it is tested without a table.
 */
import { type Cells, whereOf } from "../aggregate/cells.js";
import type { Distribution } from "../distribution/schema.js";
import type { Survey } from "../survey/index.js";
import { inOrder, waveOf } from "../wave/assign.js";
import type { Wave } from "../wave/schema.js";
import type { SurveyDashboard } from "./schema.js";

export function dashboardLine(
  survey: Survey,
  codes: Distribution[],
  waves: Wave[],
  cells: Cells,
): SurveyDashboard {
  const byCode = new Map<string, number>();
  const byWave = new Map<string, number>();
  const wave = waveOf(waves);
  let responses = 0;
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  for (const [key, cell] of Object.entries(cells)) {
    if (cell.n === 0) continue;
    const where = whereOf(key);
    responses += cell.n;
    byCode.set(where.dist, (byCode.get(where.dist) ?? 0) + cell.n);
    const waveId = wave(where);
    if (waveId) byWave.set(waveId, (byWave.get(waveId) ?? 0) + cell.n);
    if (!firstDay || where.day < firstDay) firstDay = where.day;
    if (!lastDay || where.day > lastDay) lastDay = where.day;
  }
  const known = new Set(codes.map((code) => code.id));
  const otherResponses = [...byCode]
    .filter(([dist]) => !known.has(dist))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    id: survey.id,
    staffName: survey.staffName,
    title: survey.title,
    defaultLanguage: survey.defaultLanguage,
    status: survey.status,
    publishedVersion: survey.publishedVersion,
    ...(survey.createdAt ? { createdAt: survey.createdAt } : {}),
    ...(survey.updatedAt ? { updatedAt: survey.updatedAt } : {}),
    responses,
    ...(firstDay ? { firstDay, lastDay } : {}),
    otherResponses,
    codes: [...codes]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((code) => ({
        distributionId: code.id,
        code: code.code,
        label: code.label,
        cohort: code.cohort,
        ...(code.ageBand ? { ageBand: code.ageBand } : {}),
        ...(code.opensAt ? { opensAt: code.opensAt } : {}),
        ...(code.closesAt ? { closesAt: code.closesAt } : {}),
        closed: code.closed,
        createdAt: code.createdAt,
        responses: byCode.get(code.id) ?? 0,
      })),
    // A wave on one of this survey's codes is listed even before anyone answers through it.
    waves: inOrder(waves)
      .filter((w) => byWave.has(w.id) || w.surveyId === survey.id)
      .map((w) => ({
        id: w.id,
        label: w.label,
        ...(w.code ? { code: w.code } : {}),
        ...(w.from ? { from: w.from } : {}),
        ...(w.to ? { to: w.to } : {}),
        responses: byWave.get(w.id) ?? 0,
      })),
  };
}
