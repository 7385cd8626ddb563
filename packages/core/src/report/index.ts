export * as Report from "./index.js";

import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { Org } from "../org/index.js";
import { Response } from "../response/index.js";
import { noSuchSurvey } from "../survey/errors.js";
import { Survey } from "../survey/index.js";
import { type AnswerValue, allQuestions } from "../survey/schema.js";
import type { SurveyReport, SurveySummary } from "./schema.js";
import { questionReport, tallyAnswers } from "./tally.js";

function summary(survey: Survey.Survey, responseCount: number): SurveySummary {
  return {
    id: survey.id,
    title: survey.title,
    defaultLanguage: survey.defaultLanguage,
    code: survey.code,
    status: survey.status,
    version: survey.publishedVersion,
    responseCount,
  };
}

/** The organisation's surveys with how many responses each has. */
export async function surveys(db: Db, orgId: string): Promise<SurveySummary[]> {
  const list = await Survey.list(db, orgId);
  return Promise.all(
    list.map(async (survey) => summary(survey, await Response.count(db, orgId, survey.id))),
  );
}

/**
 * Each question's answer distribution for the survey's current version, across every response
 * (question ids are stable between versions), with small groups hidden. Reading it is written
 * to the audit trail.
 */
export async function forSurvey(
  db: Db,
  staff: Audit.Staff,
  surveyId: string,
): Promise<SurveyReport> {
  const { orgId } = staff;
  const [survey, org] = await Promise.all([Survey.get(db, orgId, surveyId), Org.get(db, orgId)]);
  if (!survey || !org || survey.publishedVersion < 1) throw noSuchSurvey();
  const definition = await Survey.getVersion(db, orgId, surveyId, survey.publishedVersion);
  if (!definition) throw noSuchSurvey();

  const answerSets: Record<string, AnswerValue>[] = [];
  for await (const response of Response.all(db, orgId, surveyId)) answerSets.push(response.answers);
  const tallies = tallyAnswers(answerSets);
  await Audit.byStaff(db, staff, "report.read", { type: "survey", id: surveyId });
  return {
    survey: summary(survey, answerSets.length),
    threshold: org.minGroupSize,
    questions: allQuestions(definition).map((question) =>
      questionReport(question, tallies.get(question.id), org.minGroupSize),
    ),
  };
}
