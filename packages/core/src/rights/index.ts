export * as Rights from "./index.js";

import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { readItem } from "../db/read.js";
import { StoredResponse } from "../response/schema.js";
import { Survey } from "../survey/index.js";
import { pick } from "../survey/parts.js";
import { ChorusError } from "../util/error.js";
import { begin, checkNotHeld, finish, held } from "./erase.js";
import { answersFile, readableAnswers } from "./file.js";
import { byReference, type Located, locate } from "./locate.js";
import { referenceOf } from "./reference.js";
import type { Erased, FindQuery, FoundResponse } from "./schema.js";

export { sweep } from "./erase.js";
export { referenceOf, storedPrefix } from "./reference.js";

/**
 * A child's or family's rights over their own answers (UK GDPR articles 15 and 17): an officer
 * finds one response by the child's reference or invite link, hands the child a readable copy,
 * or deletes it with the report numbers corrected. Every step is audited with the reference and
 * never the answers. See docs/subject-rights.md.
 */

const erasedAlready = (located: Extract<Located, { kind: "erased" }>) =>
  new ChorusError(
    "closed",
    "response.erased",
    `This response was deleted on ${located.erasure.erasedOn}. Nothing of it is left to show.`,
  );

async function readable(db: Db, orgId: string, located: Extract<Located, { kind: "found" }>) {
  const response = readItem(StoredResponse, located.item, "response");
  const definition = await Survey.getVersion(db, orgId, located.surveyId, response.version);
  if (!definition) throw new Error(`No version ${response.version} of ${located.surveyId}`);
  const found: FoundResponse = {
    reference: referenceOf(located.responseId),
    surveyId: located.surveyId,
    surveyTitle: pick(definition.title, response.language, definition.defaultLanguage),
    language: response.language,
    ...(response.ageBand ? { ageBand: response.ageBand } : {}),
    submittedOn: response.submittedOn,
    answers: readableAnswers(definition, response),
    held: await held(db, orgId, { pk: String(located.item.pk), sk: String(located.item.sk) }),
  };
  return found;
}

/** Records a read of one response: its reference and survey, never its answers. */
async function audited(
  db: Db,
  staff: Audit.Staff,
  action: Audit.Action,
  found: FoundResponse,
  detail: Record<string, string>,
) {
  const target = { type: "response", id: found.reference };
  await Audit.byStaff(db, staff, action, target, { surveyId: found.surveyId, ...detail });
  return found;
}

/** One response and its answers in the child's words; a deleted one is 410 `response.erased`. */
export async function find(db: Db, staff: Audit.Staff, query: FindQuery): Promise<FoundResponse> {
  const located = await locate(db, staff.orgId, query);
  if (located.kind === "erased") throw erasedAlready(located);
  return audited(db, staff, "response.found", await readable(db, staff.orgId, located), {
    by: query.link !== undefined ? "link" : "reference",
  });
}

/** The child's answers as a file to hand over: `name` for its download. */
export async function download(
  db: Db,
  staff: Audit.Staff,
  reference: string,
): Promise<{ name: string; html: string }> {
  const located = await byReference(db, staff.orgId, reference);
  if (located.kind === "erased") throw erasedAlready(located);
  const found = await audited(
    db,
    staff,
    "response.downloaded",
    await readable(db, staff.orgId, located),
    { format: "html" },
  );
  return { name: `answers-${found.reference}.html`, html: answersFile(found) };
}

/**
 * Deletes a response and corrects its survey's numbers, exactly once. The same request again
 * (after a crash, a lost answer or a double click) answers the same and changes nothing more.
 */
export async function erase(db: Db, staff: Audit.Staff, reference: string): Promise<Erased> {
  const located = await byReference(db, staff.orgId, reference);
  let erasure: Awaited<ReturnType<typeof begin>>;
  if (located.kind === "erased") {
    erasure = located.erasure;
  } else {
    await checkNotHeld(db, staff.orgId, {
      pk: String(located.item.pk),
      sk: String(located.item.sk),
    });
    erasure = await begin(db, staff, located);
  }
  if (erasure.state !== "done") await finish(db, erasure);
  return { reference: erasure.reference, erased: true, erasedOn: erasure.erasedOn };
}
