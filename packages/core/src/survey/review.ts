/**
 * Words Chorus wrote for a survey (a template's phrasebooks) are marked "not checked" per language
 * until an officer says a fluent speaker has read them. That statement is a deliberate act: it has
 * its own verb and audit entry, and nothing else (no draft save, no edit of a string) clears it.
 */
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { invalid } from "../util/error.js";
import { uuidv7 } from "../util/id.js";
import { noSuchSurvey } from "./errors.js";
import { StoredSurvey } from "./stored.js";
import { rawSurvey } from "./studio.js";

type Actor = { id: string; email: string; orgId: string };

async function stored(db: Db, orgId: string, surveyId: string) {
  const item = await rawSurvey(db, orgId, surveyId);
  if (!item) throw noSuchSurvey();
  return readItem(StoredSurvey, item, "survey");
}

/**
 * Records that the officer has had `language`'s words checked, so the studio stops marking them.
 * The mark and the check's id and time are written in one update, then the audit entry with that
 * id (`Audit.byStaffOnce`): checking again, or a retry after a crash between the two writes,
 * changes nothing and writes the one entry still missing, never a second. A language Chorus did
 * not translate for this survey is refused (`survey.translation_not_marked`) and nothing changes.
 */
export async function checkTranslation(db: Db, actor: Actor, surveyId: string, language: string) {
  let survey = await stored(db, actor.orgId, surveyId);
  let changed = false;
  if (survey.unreviewed && Object.hasOwn(survey.unreviewed, language)) {
    const mine = { id: uuidv7(), at: db.now().toISOString(), by: actor.email };
    // Conditional on the mark still being there: of two officers checking at once, one writes.
    await updateExisting(
      db,
      Keys.survey(actor.orgId, surveyId),
      "REMOVE unreviewed.#language SET translationChecks.#language = :check, updatedAt = :at",
      "attribute_exists(unreviewed.#language)",
      { names: { "#language": language }, values: { ":check": mine, ":at": mine.at } },
    );
    survey = await stored(db, actor.orgId, surveyId);
    changed = survey.translationChecks?.[language]?.id === mine.id;
  }
  const check = survey.translationChecks?.[language];
  if (!check) {
    throw invalid(
      "survey.translation_not_marked",
      "Chorus did not translate this language for this survey, so there is nothing to mark as checked.",
    );
  }
  await Audit.byStaffOnce(db, actor, {
    action: "survey.translation_checked",
    at: check.at,
    id: check.id,
    target: { type: "survey", id: surveyId },
    detail: { language },
  });
  return {
    language,
    checkedAt: check.at,
    checkedBy: check.by,
    changed,
  };
}
