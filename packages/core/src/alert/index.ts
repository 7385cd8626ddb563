export * as Alert from "./index.js";

import * as v from "valibot";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { createOnce } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { HelpContact } from "../help/schema.js";
import { Outbox } from "../outbox/index.js";
import { Staff } from "../staff/index.js";
import { AgeBand } from "../survey/base.js";
import { Survey } from "../survey/index.js";
import { AnswerValue, type Severity } from "../survey/schema.js";
import { byLexicon, reasonsFor, type Screener, severityOf } from "./reasons.js";
import { type AlertStatus, Outcome, Reason } from "./schema.js";

export { acknowledge, assign, close, note, read, reopen } from "./actions.js";
export { reasonsFor, type Screener, severityOf } from "./reasons.js";

/** How soon a person must acknowledge an alert, until an organisation sets its own. */
export const DUE = { urgentHours: 1, concernWorkingDays: 1 };

/** When an alert raised at `raisedAt` is due: an hour for urgent, a working day for a concern. */
export function dueAt(raisedAt: Date, severity: Severity): Date {
  if (severity === "urgent") return new Date(raisedAt.getTime() + DUE.urgentHours * 3600_000);
  const due = new Date(raisedAt);
  let days = DUE.concernWorkingDays;
  while (days > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days--;
  }
  return due;
}

/** What raising an alert reads of a stored response. */
export const Raisable = v.looseObject({
  pk: v.string(),
  sk: v.string(),
  orgId: v.string(),
  surveyId: v.string(),
  version: v.number(),
  language: v.string(),
  ageBand: v.optional(AgeBand),
  answers: v.record(v.string(), AnswerValue),
  tellMyWorker: v.optional(v.literal(true)),
  distributionId: v.optional(v.string()),
  cohort: v.optional(v.string()),
  tabletSessionId: v.optional(v.string()),
  /** Only on a "Tell my worker" request, and only what the child chose to give. */
  contact: v.optional(HelpContact),
});
export type Raisable = v.InferOutput<typeof Raisable>;

const StoredAlert = v.object({
  id: v.string(),
  orgId: v.string(),
  surveyId: v.string(),
  responseRef: v.string(),
  severity: v.picklist(["urgent", "concern"]),
  reasons: v.array(Reason),
  status: v.picklist(["open", "acknowledged", "closed"]),
  raisedAt: v.string(),
  dueAt: v.string(),
  /** For the safeguarding lead only; reports never read alerts. */
  context: v.object({
    distributionId: v.optional(v.string()),
    cohort: v.optional(v.string()),
    tabletSessionId: v.optional(v.string()),
  }),
  /** How to reach the child, from a "Tell my worker" request; given knowingly, never in reports. */
  contact: v.optional(HelpContact),
  /** The safeguarding lead who owns it, once acknowledged or assigned. */
  ownerId: v.optional(v.string()),
  acknowledgedAt: v.optional(v.string()),
  notes: v.optional(
    v.record(v.string(), v.object({ by: v.string(), at: v.string(), text: v.string() })),
  ),
  outcome: v.optional(Outcome),
  reason: v.optional(v.string()),
  closedAt: v.optional(v.string()),
});
export type Alert = v.InferOutput<typeof StoredAlert>;

/** An alert read from the table, checked. */
export const toAlert = (item: unknown) => readItem(StoredAlert, item, "alert");

/**
 * Raises the alert a stored response calls for, once: its id comes from the response, so the
 * resend, the sweeper and the stream all find the one already raised. Every safeguarding member
 * of the organisation is told, each once, with a link and never the child's words. Returns the
 * alert, or undefined when the response gives no reason for one.
 */
export async function raiseFor(
  db: Db,
  response: Raisable,
  options: { ref: string; screen?: Screener },
): Promise<Alert | undefined> {
  const definition = await Survey.getVersion(
    db,
    response.orgId,
    response.surveyId,
    response.version,
  );
  if (!definition) throw new Error(`No version ${response.version} of ${response.surveyId}`);
  const reasons = reasonsFor(definition, response, options.screen ?? byLexicon);
  if (reasons.length === 0) return undefined;
  const severity = severityOf(reasons);
  const raisedAt = db.now();
  const id = `alr_${options.ref}`;
  const alert: Alert = {
    id,
    orgId: response.orgId,
    surveyId: response.surveyId,
    responseRef: options.ref,
    severity,
    reasons,
    status: "open",
    notes: {},
    raisedAt: raisedAt.toISOString(),
    dueAt: dueAt(raisedAt, severity).toISOString(),
    context: {
      ...(response.distributionId ? { distributionId: response.distributionId } : {}),
      ...(response.cohort ? { cohort: response.cohort } : {}),
      ...(response.tabletSessionId ? { tabletSessionId: response.tabletSessionId } : {}),
    },
    ...(response.contact ? { contact: response.contact } : {}),
  };
  const result = await createOnce(db, {
    item: {
      ...Keys.alert(response.orgId, id),
      type: "alert",
      ...alert,
      responsePk: response.pk,
      responseSk: response.sk,
    },
    field: "responseRef",
    // The same response always makes the same alert id; nothing else can claim it.
    conflict: () => new Error(`Alert ${id} belongs to another response`),
  });
  const raised = toAlert(result.item);
  await notify(db, raised);
  return raised;
}

/** Tells each safeguarding member about a new alert, once each: a link, never the answers. */
async function notify(db: Db, alert: Alert) {
  const team = (await Staff.list(db, alert.orgId)).filter(
    (staff) => staff.status === "active" && staff.roles.includes("safeguarding"),
  );
  const urgency = alert.severity === "urgent" ? "An urgent" : "A";
  for (const member of team) {
    await Outbox.addOnce(db, Keys.notification(alert.orgId, alert.id, member.id, "raised"), {
      orgId: alert.orgId,
      to: member.email,
      subject: `${urgency} safeguarding alert needs you`,
      body:
        `${urgency} safeguarding alert was raised in Chorus and needs a person to look at it ` +
        `by ${alert.dueAt.slice(0, 16).replace("T", " ")} UTC.\n\n` +
        `Open it in Chorus under Safeguarding (/safeguarding/alerts/${alert.id}).\n\n` +
        "This e-mail never carries a child's answers.",
    });
  }
}

const ORDER: Record<AlertStatus, number> = { open: 0, acknowledged: 1, closed: 2 };

/** The organisation's alerts: open first, then urgent before concern, then the oldest first. */
export async function list(db: Db, orgId: string, status?: AlertStatus): Promise<Alert[]> {
  const alerts: Alert[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.alertPrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      const alert = toAlert(item);
      if (!status || alert.status === status) alerts.push(alert);
    }
  }
  return alerts.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      Number(b.severity === "urgent") - Number(a.severity === "urgent") ||
      a.raisedAt.localeCompare(b.raisedAt),
  );
}
