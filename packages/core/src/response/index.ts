export * as Response from "./index.js";

import { Admission, type Ticket } from "../admission/index.js";
import { queueAttributes } from "../aggregate/queue.js";
import { Alert } from "../alert/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Distribution } from "../distribution/index.js";
import { Effects } from "../effects/index.js";
import { Help } from "../help/index.js";
import { rawExpiry } from "../retention/backstop.js";
import { answerIssues, flattenIssues } from "../survey/answer.js";
import { Survey } from "../survey/index.js";
import type { AgeBand, ResponseCreate, SurveyVersion } from "../survey/schema.js";
import { conflict, invalid } from "../util/error.js";
import { storedId } from "./id.js";
import { StoredResponse } from "./schema.js";

export type { StoredResponse };
export { storedId };

export type SubmitResult = { id: string; duplicate: boolean };

/**
 * Stores a child's response exactly once, whichever way they came in (see `Admission`), and
 * runs its follow-up effects exactly once.
 *
 * - The id comes from the device, so a retry of the same body is answered as a duplicate and
 *   another body under the same id is a conflict; neither writes the response again.
 * - A duplicate first finishes any effect a crash left pending, so "duplicate" always means
 *   "everything done".
 * - Every check comes before the first write, so a refused response changes nothing. The one
 *   write before the response is an invite's claim, which is what refuses a second response.
 */
export async function submit(db: Db, ticket: Ticket, body: ResponseCreate): Promise<SubmitResult> {
  const definition = await versionOf(db, ticket, body.version);
  // A code handed out for one band answers for that band, whatever the device says.
  const ageBand = body.ageBand ?? ticket.ageBand;
  checkAgainst(definition, body, ageBand, ticket.ageBand);

  const id = storedId(body.id);
  const key = Keys.response(ticket.orgId, ticket.survey.id, id);
  // Kept on the response for the safeguarding queue; only when the survey offers it. A press of
  // "Tell my worker" already heard on its own (its help request is stored, so its alert is
  // raised or about to be) is not asked for again; one the server never got is asked for here.
  const helped = body.helpId
    ? await Help.exists(db, ticket.orgId, ticket.survey.id, body.helpId)
    : false;
  const asked = body.helpId ? !helped : body.tellMyWorker;
  const tellMyWorker = asked && definition.tellWorker !== false ? true : undefined;
  const effects: Effects.EffectName[] = ticket.session ? ["tablet"] : [];
  // The organisation's own phrases are read only when there is free text to screen.
  const { reasons, settings } = await Alert.reasonsWithSettings(db, ticket.orgId, definition, {
    ...body,
    ageBand,
    tellMyWorker,
  });
  if (reasons.length > 0) effects.push("safeguard");
  const item = {
    ...key,
    type: "response",
    ...Admission.cameFrom(ticket),
    id,
    version: definition.version,
    language: body.language,
    ageBand,
    // Lets an alert show the link's private label; reports never read it (see StoredResponse).
    inviteHash: ticket.inviteHash,
    tellMyWorker,
    submittedOn: body.submittedAt.slice(0, 10),
    answers: body.answers,
    // AWS's TTL backstop, long after the purge is due (retention/backstop.ts).
    expiresAt: rawExpiry(body.submittedAt, reasons.length > 0),
    bodyHash: fingerprint(body),
    ...Effects.pendingAttributes(key, effects),
    // Waits in the report fold's queue until it is counted in its survey's aggregates.
    ...queueAttributes(ticket.orgId, ticket.survey.id, body.submittedAt.slice(0, 7), key),
  };
  if (ticket.inviteHash) await Distribution.claimInvite(db, ticket.inviteHash, id);
  const result = await createOnce(db, {
    item,
    field: "bodyHash",
    conflict: () =>
      conflict(
        "response.conflict",
        "A different response was already stored under this id. Make a new id for a new response.",
      ),
  });
  await Effects.finish(db, readItem(Effects.Pending, result.item, "response"), { settings });
  return { id: body.id, duplicate: !result.created };
}

/** The version the child answered: the one given now unless the device names an older one. */
async function versionOf(db: Db, ticket: Ticket, asked: number | undefined) {
  const published = ticket.current.version;
  const version = asked ?? published;
  const definition =
    version <= published
      ? await Survey.getVersion(db, ticket.orgId, ticket.survey.id, version)
      : undefined;
  if (!definition) {
    throw invalid(
      "response.invalid",
      "That survey version does not exist.",
      flattenIssues([{ path: "version", message: `Use a published version up to ${published}.` }]),
    );
  }
  return definition;
}

function checkAgainst(
  definition: SurveyVersion,
  body: ResponseCreate,
  ageBand: AgeBand | undefined,
  fixedBand: AgeBand | undefined,
) {
  const issues = answerIssues(definition, body.answers, ageBand);
  if (!definition.languages.includes(body.language)) {
    issues.push({ path: "language", message: "The survey is not offered in that language." });
  }
  if (body.ageBand && !definition.ageBands.includes(body.ageBand)) {
    issues.push({ path: "ageBand", message: "The survey is not meant for that age band." });
  } else if (body.ageBand && fixedBand && body.ageBand !== fixedBand) {
    issues.push({
      path: "ageBand",
      message: `This code is for the ${fixedBand} age band, so a response for ${body.ageBand} cannot use it.`,
    });
  }
  if (Date.parse(body.submittedAt) < Date.parse(body.startedAt)) {
    issues.push({ path: "submittedAt", message: "submittedAt is before startedAt." });
  }
  if (issues.length > 0) {
    throw invalid("response.invalid", "Some answers do not fit the survey.", flattenIssues(issues));
  }
}

/** Every stored response to one survey, page by page. */
export async function* all(db: Db, orgId: string, surveyId: string) {
  const query = partitionQuery(Keys.responsePartition(orgId, surveyId), Keys.responsePrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) yield toStored(item);
  }
}

/** How many responses a survey has, without reading their answers. */
export async function count(db: Db, orgId: string, surveyId: string): Promise<number> {
  const query = partitionQuery(Keys.responsePartition(orgId, surveyId), Keys.responsePrefix());
  let total = 0;
  for await (const page of queryPages(db, { ...query, Select: "COUNT" })) total += page.Count ?? 0;
  return total;
}

function toStored(item: Record<string, unknown>): StoredResponse {
  return readItem(StoredResponse, item, "response");
}
