export * as Alert from "./index.js";

import * as v from "valibot";
import { getItems } from "../db/batch.js";
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
import { AnswerValue } from "../survey/schema.js";
import { reasonsFor, type Screener, severityOf } from "./reasons.js";
import {
  AlertContext,
  type AlertStatus,
  Outcome,
  Reason,
  type SafeguardingSettings,
} from "./schema.js";

export type { SafeguardingSettings };

import { dueAt, reasonsWithSettings, settings } from "./settings.js";

export { acknowledge, assign, close, note, read, reopen } from "./actions.js";
export { escalateDue } from "./escalate.js";
export { byLexicon, reasonsFor, type Screener, screenerWith, severityOf } from "./reasons.js";
export {
  DEFAULT_SETTINGS,
  dueAt,
  reasonsWithSettings,
  saveSettings,
  screenerFor,
  settings,
  trySentence,
} from "./settings.js";

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
  /** For a response through a single-use link: the hash its token is stored under. */
  inviteHash: v.optional(v.string()),
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
  context: AlertContext,
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
  /** When the team and admins were told it was not acknowledged in time: once at most. */
  escalatedAt: v.optional(v.string()),
});
export type Alert = v.InferOutput<typeof StoredAlert>;

/** Whether an alert is still open past its due time. */
export const isOverdue = (alert: Pick<Alert, "status" | "dueAt">, now: Date) =>
  alert.status === "open" && Date.parse(alert.dueAt) <= now.getTime();

/** An alert read from the table, checked. */
export const toAlert = (item: unknown) => readItem(StoredAlert, item, "alert");

/**
 * Raises the alert a stored response calls for, once: its id comes from the response, so the
 * resend, the sweeper and the stream all find the one already raised. Its due time and its
 * screening of free text follow the organisation's settings (`settings`, when the caller read
 * them for this request already). Every safeguarding member of the organisation is told, each
 * once, with a link and never the child's words. Returns the alert, or undefined when the
 * response gives no reason for one.
 */
export async function raiseFor(
  db: Db,
  response: Raisable,
  options: { ref: string; screen?: Screener; settings?: SafeguardingSettings },
): Promise<Alert | undefined> {
  const definition = await Survey.getVersion(
    db,
    response.orgId,
    response.surveyId,
    response.version,
  );
  if (!definition) throw new Error(`No version ${response.version} of ${response.surveyId}`);
  const saved = options.settings ?? (await settings(db, response.orgId));
  const reasons = options.screen
    ? reasonsFor(definition, response, options.screen)
    : (await reasonsWithSettings(db, response.orgId, definition, response, saved)).reasons;
  if (reasons.length === 0) return undefined;
  const severity = severityOf(reasons);
  const raisedAt = db.now();
  const id = `alr_${options.ref}`;
  const due = dueAt(raisedAt, severity, saved).toISOString();
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
    dueAt: due,
    context: await contextOf(db, response),
    ...(response.contact ? { contact: response.contact } : {}),
  };
  const result = await createOnce(db, {
    item: {
      ...Keys.alert(response.orgId, id),
      type: "alert",
      ...alert,
      responsePk: response.pk,
      responseSk: response.sk,
      // Open: listed for the escalation job until acknowledged, closed or escalated.
      ...Keys.alertDue(due, response.orgId, id),
    },
    field: "responseRef",
    // The same response always makes the same alert id; nothing else can claim it.
    conflict: () => new Error(`Alert ${id} belongs to another response`),
  });
  const raised = toAlert(result.item);
  await notify(db, raised);
  return raised;
}

/**
 * What lets the safeguarding lead reach the child: the code and cohort, the invite link's
 * private label, the tablet session and the officer who started it. Read when the alert is
 * raised (rarely), never on the way a response is stored.
 */
async function contextOf(db: Db, response: Raisable): Promise<AlertContext> {
  const { orgId, distributionId, tabletSessionId, inviteHash } = response;
  const [distribution, invite, session] = await getItems(db, [
    Keys.distribution(orgId, distributionId ?? "-"),
    Keys.childInvite(inviteHash ?? "-"),
    Keys.tabletSession(orgId, tabletSessionId ?? "-"),
  ]);
  const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  const officerId = text(session?.startedBy);
  const officer = officerId ? await Staff.get(db, orgId, officerId) : undefined;
  const context: AlertContext = {
    distributionId,
    code: text(distribution?.code),
    cohort: response.cohort ?? text(distribution?.cohort),
    // An invite of another organisation (never expected) lends nothing.
    inviteLabel: invite?.orgId === orgId ? text(invite?.label) : undefined,
    tabletSessionId,
    tabletLabel: text(session?.label),
    officer: officerId ? { id: officerId, name: officer?.name ?? officerId } : undefined,
  };
  return Object.fromEntries(
    Object.entries(context).filter(([, value]) => value !== undefined),
  ) as AlertContext;
}

/** Tells each safeguarding member about a new alert, once each: a link, never the answers. */
async function notify(db: Db, alert: Alert) {
  const team = await teamOf(db, alert.orgId, ["safeguarding"]);
  const urgency = alert.severity === "urgent" ? "An urgent" : "A";
  await tell(db, alert, team, "raised", {
    subject: `${urgency} safeguarding alert needs you`,
    lead: `${urgency} safeguarding alert was raised in Chorus and needs a person to look at it by ${when(alert.dueAt)}.`,
  });
}

/** The organisation's active staff holding any of `roles`. */
export async function teamOf(db: Db, orgId: string, roles: Staff.Staff["roles"]) {
  return (await Staff.list(db, orgId)).filter(
    (staff) => staff.status === "active" && roles.some((role) => staff.roles.includes(role)),
  );
}

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** One e-mail per person about one alert, under a key that makes a retry write nothing. */
export async function tell(
  db: Db,
  alert: Alert,
  people: { id: string; email: string }[],
  kind: string,
  words: { subject: string; lead: string },
) {
  for (const person of people) {
    await Outbox.addOnce(db, Keys.notification(alert.orgId, alert.id, person.id, kind), {
      orgId: alert.orgId,
      to: person.email,
      subject: words.subject,
      body:
        `${words.lead}\n\n` +
        `Open it in Chorus under Safeguarding (/safeguarding/alerts/${alert.id}).\n\n` +
        "This e-mail never carries a child's answers.",
    });
  }
}

export { when as dueWords };

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
