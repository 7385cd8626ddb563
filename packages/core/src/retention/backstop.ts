/**
 * AWS's TTL (the table's `expiresAt`) as a backstop to the purge: set when an item is written,
 * from the longest retention any council may choose plus a margin, so TTL never deletes what a
 * council still keeps, and never before the purge has marked a month's numbers as the only
 * record of its answers. The application purge (purge.ts) is what deletes on time; TTL only
 * catches what a purge that stopped running for months would leave. Embedded stores have no TTL.
 */
import { epochSeconds } from "../db/secret.js";
import { RETENTION_LIMITS } from "./schema.js";
import { addMonths } from "./time.js";

/** Months after the longest retention before TTL may delete. */
export const BACKSTOP_MARGIN_MONTHS = 3;

const after = (month: string, months: number) =>
  epochSeconds(Date.parse(`${addMonths(month, months + BACKSTOP_MARGIN_MONTHS + 1)}-01T00:00:00Z`));

/**
 * A raw answer's (response's or help request's) TTL. One that raised an alert is kept as long
 * as the alert may be (its answers are what the alert shows).
 */
export const rawExpiry = (submittedOn: string, alerting: boolean) =>
  after(
    submittedOn.slice(0, 7),
    alerting ? RETENTION_LIMITS.alertsMonths.max : RETENTION_LIMITS.rawAnswersMonths.max,
  );

/** An audit entry's TTL. */
export const auditExpiry = (at: string) => after(at.slice(0, 7), RETENTION_LIMITS.auditMonths.max);
