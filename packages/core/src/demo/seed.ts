import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import type { Cohort } from "../distribution/schema.js";
import type { AgeBand, SurveyVersion } from "../survey/schema.js";

/**
 * Puts a ready-made, published survey in place under a fixed access code: demo data and tests
 * only (officers publish through the studio). Re-running it changes nothing. `ageBand` fixes the
 * code's band, as an officer's distribution may.
 */
export async function seedPublished(
  db: Db,
  input: {
    orgId: string;
    code: string;
    definition: SurveyVersion;
    ageBand?: AgeBand;
    /** Who the code reaches; care leavers for a survey that has their band, else children in care. */
    cohort?: Cohort;
    label?: string;
  },
): Promise<void> {
  const { orgId, code, definition, ageBand } = input;
  const now = db.now().toISOString();
  const put = (Item: Record<string, unknown>) =>
    db.doc
      .send(
        new PutCommand({
          TableName: db.table,
          Item,
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .catch(ignoreConditionFailed);

  // Version first, then the code, then the survey record that points at both: a crash part way
  // leaves nothing a child can reach that is not complete.
  await put({
    ...Keys.surveyVersion(orgId, definition.surveyId, definition.version),
    type: "surveyVersion",
    orgId,
    surveyId: definition.surveyId,
    version: definition.version,
    definition,
    publishedAt: now,
  });
  const distributionId = `dst_seed${code.toUpperCase()}`;
  await put({
    ...Keys.distribution(orgId, distributionId),
    type: "distribution",
    id: distributionId,
    orgId,
    surveyId: definition.surveyId,
    code: code.toUpperCase(),
    label: input.label ?? "Demo code",
    cohort:
      input.cohort ?? (definition.ageBands.includes("16-25") ? "care-leavers" : "children-in-care"),
    ...(ageBand ? { ageBand } : {}),
    closed: false,
    createdAt: now,
  });
  await put({
    ...Keys.accessCode(code),
    type: "accessCode",
    orgId,
    surveyId: definition.surveyId,
    distributionId,
    code: code.toUpperCase(),
  });
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: Keys.survey(orgId, definition.surveyId),
      UpdateExpression:
        "SET #type = :type, orgId = :org, id = :id, title = :title, defaultLanguage = :lang, " +
        "#status = :published, publishedVersion = :v, code = :code, draft = :draft, " +
        "draftRevision = if_not_exists(draftRevision, :one), draftSavedAt = :now, draftSavedBy = :who, " +
        "createdAt = if_not_exists(createdAt, :now), updatedAt = :now",
      ConditionExpression: "attribute_not_exists(publishedVersion) OR publishedVersion <= :v",
      ExpressionAttributeNames: { "#type": "type", "#status": "status" },
      ExpressionAttributeValues: {
        ":type": "survey",
        ":org": orgId,
        ":id": definition.surveyId,
        ":title": definition.title,
        ":lang": definition.defaultLanguage,
        ":published": "published",
        ":v": definition.version,
        ":code": code.toUpperCase(),
        ":draft": { ...definition, version: definition.version + 1 },
        ":one": 1,
        ":who": "Chorus",
        ":now": now,
      },
    }),
  );
}
