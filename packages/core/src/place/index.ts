export * as Place from "./index.js";

import { Action } from "../action/index.js";
import { Aggregate } from "../aggregate/index.js";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Org } from "../org/index.js";
import { Survey } from "../survey/index.js";
import { HOUSES } from "../survey/parts.js";
import { Theme } from "../theme/index.js";
import { invalid } from "../util/error.js";
import { Wave } from "../wave/index.js";
import { type PlaceSurvey, placeFromCells } from "./compute.js";
import type { PlaceAction, PlaceView } from "./schema.js";

export { INDICATORS } from "./indicators.js";
export type { PlaceView as PlaceReport } from "./schema.js";

/** Published "You said, we did" actions, as the story of place lists them. */
async function placeActions(db: Db, orgId: string): Promise<PlaceAction[]> {
  return (await Action.publishedFor(db, orgId)).map((action) => ({
    id: action.id,
    said: action.said,
    did: action.did,
    status: action.status,
    ...(action.themeId ? { themeId: action.themeId } : {}),
  }));
}

async function surveyNumbers(db: Db, orgId: string, survey: Survey.Survey): Promise<PlaceSurvey> {
  const [definition, { cells }] = await Promise.all([
    Survey.getVersion(db, orgId, survey.id, survey.publishedVersion),
    Aggregate.read(db, orgId, survey.id),
  ]);
  const questions = definition ? Survey.allQuestions(definition) : [];
  return {
    surveyId: survey.id,
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      ...(q.type === "emoji" ? { faces: q.faces } : {}),
    })),
    wordsSlots: questions.flatMap((q) =>
      q.type === "text"
        ? [q.id]
        : q.type === "threeHouses"
          ? HOUSES.map((h) => `${q.id}.${h}`)
          : [],
    ),
    cells,
  };
}

/**
 * The story of place for one organisation, across every published survey, in one wave or all.
 * Controlled counts only, so it is also what a share link shows. Does not audit: the caller
 * does (a leader's read, or a link's open).
 */
export async function read(db: Db, orgId: string, filters: { wave?: string }): Promise<PlaceView> {
  const [org, surveys, waves, orgThemes, actions] = await Promise.all([
    Org.get(db, orgId),
    Survey.list(db, orgId),
    Wave.list(db, orgId),
    Theme.orgThemes(db, orgId),
    placeActions(db, orgId),
  ]);
  const wave = filters.wave === undefined ? undefined : waves.find((w) => w.id === filters.wave);
  if (filters.wave !== undefined && !wave) {
    throw invalid("report.invalid_filter", "There is no such wave.", {
      nested: { wave: ["There is no such wave."] },
    });
  }
  const published = surveys.filter((survey) => survey.publishedVersion >= 1);
  const numbers = await Promise.all(published.map((survey) => surveyNumbers(db, orgId, survey)));
  const place = placeFromCells({
    surveys: numbers,
    waves,
    wave: wave?.id,
    themes: [...Theme.CODEBOOK, ...orgThemes],
  });
  return {
    orgName: org?.name ?? "",
    wave: wave ? { id: wave.id, label: wave.label } : null,
    waves: waves.map((w) => ({ id: w.id, label: w.label })),
    ...place,
    actions,
  };
}

/** A leader's read of the story of place, written to the audit trail. */
export async function forLeader(
  db: Db,
  staff: Audit.Staff,
  filters: { wave?: string },
): Promise<PlaceView> {
  const place = await read(db, staff.orgId, filters);
  await Audit.byStaff(
    db,
    staff,
    "place.read",
    { type: "org", id: staff.orgId },
    filters.wave ? { wave: filters.wave } : undefined,
  );
  return place;
}
