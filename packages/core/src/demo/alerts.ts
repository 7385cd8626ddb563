/**
 * Alerts the safeguarding lead has already dealt with, so the queue's other tabs show
 * something on `pnpm start`: three closed with an outcome and notes, one acknowledged. The
 * open ones come from the sample responses. Every step is idempotent: a re-seed changes nothing.
 */
import { Admission } from "../admission/index.js";
import { Alert } from "../alert/index.js";
import type { AlertClose } from "../alert/schema.js";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { Effects } from "../effects/index.js";
import { Response } from "../response/index.js";
import type { AnswerValue } from "../survey/schema.js";

interface Handled {
  /** A fixed response id, so the same alert is found again on a re-seed. */
  id: string;
  answers: Record<string, AnswerValue>;
  tellMyWorker?: true;
  notes: string[];
  outcome?: AlertClose;
}

const HANDLED: Handled[] = [
  {
    id: "019a0c00-0000-7000-8000-00000000a001",
    answers: { "feel-safe": "no", "one-thing": "my mums boyfriend shouts and I hide in my room" },
    notes: [
      "Rang the foster carer: the child is safe tonight. Social worker told.",
      "Social worker visited; a strategy meeting is booked.",
    ],
    outcome: { outcome: "passed-to-social-worker" },
  },
  {
    id: "019a0c00-0000-7000-8000-00000000a002",
    answers: { "feel-safe": "yes", "one-thing": "older boys make me carry stuff for them" },
    notes: ["Possible criminal exploitation: referred the same day."],
    outcome: { outcome: "referred-to-front-door" },
  },
  {
    id: "019a0c00-0000-7000-8000-00000000a003",
    answers: { "feel-safe": "notSure" },
    notes: ["Spoke with the child and carer: worried about a school trip, nothing more."],
    outcome: {
      outcome: "no-further-action",
      reason: "A worry about a school trip; the carer is helping and the child is safe.",
    },
  },
  {
    id: "019a0c00-0000-7000-8000-00000000a004",
    answers: { "feel-safe": "yes" },
    tellMyWorker: true,
    notes: ["Left a message for the child's social worker to call them back."],
  },
];

export const HANDLED_ALERTS = HANDLED.length;

/** Raises and then handles each demo alert, as the demo safeguarding lead. */
export async function seedHandledAlerts(
  db: Db,
  code: string,
  lead: { orgId: string; id: string; email: string },
) {
  const ticket = await Admission.byCode(db, code);
  for (const [n, handled] of HANDLED.entries()) {
    // Fixed times, so a re-seed sends the very same response (a duplicate, not a conflict).
    const at = new Date(Date.UTC(2026, 9, 26, 10 + n)).toISOString();
    await Response.submit(db, ticket, {
      id: handled.id,
      language: "en",
      startedAt: at,
      submittedAt: at,
      answers: handled.answers,
      ...(handled.tellMyWorker ? { tellMyWorker: true } : {}),
    });
    const key = Keys.response(ticket.orgId, ticket.survey.id, Response.storedId(handled.id));
    const alertId = `alr_${Effects.ref(key)}`;
    await Alert.acknowledge(db, lead, alertId);
    for (const [m, text] of handled.notes.entries()) {
      await Alert.note(db, lead, alertId, { id: `note_demo${handled.id.slice(-4)}${m}`, text });
    }
    if (handled.outcome) await Alert.close(db, lead, alertId, handled.outcome);
  }
}
