export * as Help from "./index.js";

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Admission, type Ticket } from "../admission/index.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { readItem } from "../db/read.js";
import { Effects } from "../effects/index.js";
import { storedId } from "../response/id.js";
import { rawExpiry } from "../retention/backstop.js";
import { flattenIssues } from "../survey/answer.js";
import { conflict, invalid } from "../util/error.js";
import type { HelpCreate } from "./schema.js";

export type RequestResult = { id: string; alertId: string; duplicate: boolean };

/**
 * A child pressed "Tell my worker": a person must hear about it now, not when (or if) the child
 * finishes. Stored exactly once, like a response:
 *
 * - The id comes from the device, so the outbox's resend is a duplicate that writes nothing,
 *   and another body under the same id is a conflict.
 * - The request is stored with its alert still to raise (`pending`, in the pending index), then
 *   the `safeguard` effect raises it and tells the safeguarding team. A crash in between is finished
 *   by the resend, the sweeper or the table's stream, so the alert is raised once, never lost.
 * - Every check comes before the first write, so a refused request changes nothing. An invite
 *   link is only checked, never claimed: asking for help does not use up the child's link.
 *
 * The stored request has the shape of a response with no answers that asks for the worker, so
 * the alert is raised (and its context and due time worked out) by the very code that raises a
 * response's. It holds the way in (distribution, cohort, tablet session, invite) for the
 * safeguarding lead's context, and the contact the child chose to give; reports never read it.
 */
export async function request(db: Db, ticket: Ticket, body: HelpCreate): Promise<RequestResult> {
  const definition = ticket.current;
  const ageBand = body.ageBand ?? ticket.ageBand;
  const issues: { path: string; message: string }[] = [];
  if (definition.tellWorker === false) {
    issues.push({ path: "id", message: "This survey does not offer Tell my worker." });
  }
  if (!definition.languages.includes(body.language)) {
    issues.push({ path: "language", message: "The survey is not offered in that language." });
  }
  if (body.ageBand && !definition.ageBands.includes(body.ageBand)) {
    issues.push({ path: "ageBand", message: "The survey is not meant for that age band." });
  }
  if (issues.length > 0) {
    throw invalid("help.invalid", "This request does not fit the survey.", flattenIssues(issues));
  }

  // Like a response, stored under a hash of the device's time-bearing id (see `storedId`).
  const id = storedId(body.id);
  const key = Keys.helpRequest(ticket.orgId, ticket.survey.id, id);
  const contact = body.contact && Object.values(body.contact).some(Boolean) ? body.contact : {};
  const item = {
    ...key,
    type: "helpRequest",
    ...Admission.cameFrom(ticket),
    inviteHash: ticket.inviteHash,
    id,
    version: definition.version,
    language: body.language,
    ageBand,
    answers: {},
    tellMyWorker: true,
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    // Named as on a response, so the alert page reads either the same way.
    submittedOn: body.sentAt.slice(0, 10),
    // AWS's TTL backstop: a help request always raises an alert (retention/backstop.ts).
    expiresAt: rawExpiry(body.sentAt, true),
    bodyHash: fingerprint(body),
    // Its one effect is the one a worrying response has: raise the alert, tell the team.
    ...Effects.pendingAttributes(key, ["safeguard"]),
  };
  const result = await createOnce(db, {
    item,
    field: "bodyHash",
    conflict: () =>
      conflict(
        "help.conflict",
        "A different request was already stored under this id. Make a new id for a new request.",
      ),
  });
  await Effects.finish(db, readItem(Effects.Pending, result.item, "help request"));
  return { id: body.id, alertId: alertIdFor(key), duplicate: !result.created };
}

/** The id of the alert a help request raises: fixed by the request's key, like a response's. */
export const alertIdFor = (key: { pk: string; sk: string }) => `alr_${Effects.ref(key)}`;

/** Whether the server holds this help request (read consistently: it may be seconds old). */
export async function exists(db: Db, orgId: string, surveyId: string, helpId: string) {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: Keys.helpRequest(orgId, surveyId, storedId(helpId)),
      ConsistentRead: true,
      ProjectionExpression: "pk",
    }),
  );
  return Item !== undefined;
}
