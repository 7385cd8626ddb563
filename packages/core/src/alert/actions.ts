/**
 * What a safeguarding lead does with an alert. Each act is one conditional write and one audit
 * entry, and is safe to repeat: acknowledging an acknowledged alert, adding a note already
 * added (same id) or closing a closed one answers with the alert as it is.
 */
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { Staff } from "../staff/index.js";
import { Survey } from "../survey/index.js";
import { invalid, notFound } from "../util/error.js";
import { type Alert, isOverdue, toAlert } from "./index.js";
import type { AlertClose, AlertNote } from "./schema.js";

const alertNotFound = () =>
  notFound("alert.not_found", "There is no such alert in your organisation.");

/** Ids Chorus makes; anything else is refused before it reaches a key. */
function checkId(id: string) {
  if (!/^alr_[0-9a-f]{8,64}$/.test(id)) throw alertNotFound();
}

async function loadItem(db: Db, orgId: string, id: string) {
  checkId(id);
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.alert(orgId, id), ConsistentRead: true }),
  );
  if (!Item) throw alertNotFound();
  return Item;
}

const load = async (db: Db, orgId: string, id: string) => toAlert(await loadItem(db, orgId, id));

interface Change {
  expression: string;
  condition: string;
  names?: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * One conditional change; when the condition fails the alert is answered as it stands (and a
 * missing alert, which fails `attribute_exists`, is then a 404), so no read comes first.
 */
async function change(
  db: Db,
  staff: Audit.Staff,
  id: string,
  update: Change,
  action: Audit.Action,
  detail?: Audit.Entry["detail"],
): Promise<Alert> {
  checkId(id);
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.alert(staff.orgId, id),
        UpdateExpression: update.expression,
        ConditionExpression: `attribute_exists(pk) AND (${update.condition})`,
        ...(update.names ? { ExpressionAttributeNames: update.names } : {}),
        ExpressionAttributeValues: update.values,
        ReturnValues: "ALL_NEW",
      }),
    );
    await Audit.byStaff(db, staff, action, { type: "alert", id }, detail);
    return toAlert(Attributes);
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return load(db, staff.orgId, id);
  }
}

const STATUS = { "#status": "status" };

/**
 * The alert with the whole response, for the safeguarding lead: every view is audited. The
 * response is in the child's language; the survey carries every language's words, so the page
 * can show the survey's default language beside it.
 */
export async function read(db: Db, staff: Audit.Staff, id: string) {
  const item = await loadItem(db, staff.orgId, id);
  const alert = toAlert(item);
  const { Item: answered } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: { pk: item.responsePk, sk: item.responseSk },
      ConsistentRead: true,
    }),
  );
  const survey = answered
    ? await Survey.getVersion(db, staff.orgId, alert.surveyId, answered.version)
    : undefined;
  await Audit.byStaff(db, staff, "alert.viewed", { type: "alert", id });
  return {
    alert,
    /** For the safeguarding lead only: how to reach the child and the adult with them. */
    context: alert.context,
    overdue: isOverdue(alert, db.now()),
    ...(alert.escalatedAt ? { escalatedAt: alert.escalatedAt } : {}),
    response: answered ? readItem(ResponseForAlert, answered, "response") : undefined,
    survey,
  };
}

const ResponseForAlert = v.object({
  language: v.string(),
  ageBand: v.optional(v.string()),
  submittedOn: v.string(),
  answers: v.record(v.string(), v.unknown()),
  tellMyWorker: v.optional(v.boolean()),
});

/** Takes ownership: the alert is seen, and its due time no longer runs. */
export function acknowledge(db: Db, staff: Audit.Staff, id: string) {
  return change(
    db,
    staff,
    id,
    {
      expression:
        "SET #status = :ack, acknowledgedAt = :now, ownerId = if_not_exists(ownerId, :me) " +
        // Taken: out of the escalation job's index (see `escalateDue`).
        "REMOVE gsi1pk, gsi1sk",
      condition: "#status = :open",
      names: STATUS,
      values: { ":ack": "acknowledged", ":open": "open", ":now": now(db), ":me": staff.id },
    },
    "alert.acknowledged",
  );
}

/** Hands the alert to another safeguarding lead of the organisation. */
export async function assign(db: Db, staff: Audit.Staff, id: string, staffId: string) {
  await loadItem(db, staff.orgId, id);
  const colleague = await Staff.get(db, staff.orgId, staffId);
  if (!colleague?.active || !colleague.roles.includes("safeguarding")) {
    throw invalid("alert.assignee_invalid", "Choose an active safeguarding colleague.");
  }
  return change(
    db,
    staff,
    id,
    {
      expression: "SET ownerId = :owner",
      condition: "#status <> :closed",
      names: STATUS,
      values: { ":owner": staffId, ":closed": "closed" },
    },
    "alert.assigned",
    { to: staffId },
  );
}

/** Adds a note once, under the id the client chose. */
export function note(db: Db, staff: Audit.Staff, id: string, input: AlertNote) {
  return change(
    db,
    staff,
    id,
    {
      expression: "SET notes.#note = :note",
      condition: "attribute_not_exists(notes.#note)",
      names: { "#note": input.id },
      values: { ":note": { by: staff.email, at: now(db), text: input.text } },
    },
    "alert.noted",
    { note: input.id },
  );
}

/** Closes with an outcome (and why, for no further action). */
export function close(db: Db, staff: Audit.Staff, id: string, input: AlertClose) {
  return change(
    db,
    staff,
    id,
    {
      expression:
        "SET #status = :closed, outcome = :outcome, closedAt = :now, " +
        `ownerId = if_not_exists(ownerId, :me)${input.reason ? ", reason = :reason" : ""} ` +
        "REMOVE gsi1pk, gsi1sk",
      condition: "#status <> :closed",
      names: STATUS,
      values: {
        ":closed": "closed",
        ":outcome": input.outcome,
        ":now": now(db),
        ":me": staff.id,
        ...(input.reason ? { ":reason": input.reason } : {}),
      },
    },
    "alert.closed",
    { outcome: input.outcome },
  );
}

/** Opens a closed alert again, as acknowledged: someone already owns it. */
export function reopen(db: Db, staff: Audit.Staff, id: string) {
  return change(
    db,
    staff,
    id,
    {
      expression: "SET #status = :ack REMOVE closedAt, outcome, reason",
      condition: "#status = :closed",
      names: STATUS,
      values: { ":ack": "acknowledged", ":closed": "closed" },
    },
    "alert.reopened",
  );
}

const now = (db: Db) => db.now().toISOString();
