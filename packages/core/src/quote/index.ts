export * as Quote from "./index.js";

import type { Db } from "../db/client.js";

/*
 * PLACEHOLDER until quote approval lands (issue 11, engineer Q), same signature.
 */

/** Quotes an officer approved for a survey's themes, redacted, ready for leaders. */
export async function approvedFor(
  _db: Db,
  _orgId: string,
  _surveyId: string,
): Promise<{ id: string; themeId: string; slot: string; text: string }[]> {
  return [];
}
