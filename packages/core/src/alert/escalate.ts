/**
 * An alert nobody acknowledged by its due time is escalated once: every active safeguarding
 * member and admin of the organisation is e-mailed (a link, never the child's words), and the
 * alert records `escalatedAt`. Run by the job runner, any number of times, even two at once.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { dueWords, isOverdue, teamOf, tell, toAlert } from "./index.js";

/**
 * Escalates every open alert past its due time; returns how many it escalated. Reads only the
 * sparse index of open alerts, up to now, oldest due first.
 *
 * The e-mails go first, each under its own key so a second run writes none again; then the
 * alert records `escalatedAt` (once, conditionally); then it leaves the index, in a separate
 * write so a crash inside the first can never drop the index entry while the alert still needs
 * escalating. A crash between any two of these is finished by the next run.
 */
export async function escalateDue(db: Db, options: { limit?: number } = {}): Promise<number> {
  const limit = options.limit ?? 500;
  const now = db.now();
  let escalated = 0;
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
    // "~" sorts after "#", so every entry due at or before this instant is included.
    ExpressionAttributeValues: { ":pk": Keys.alertDuePartition(), ":now": `${now.toISOString()}~` },
    ProjectionExpression: "pk, sk",
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      const listed = { pk: String(item.pk), sk: String(item.sk) };
      // The index may lag the table, and the alert may have been acknowledged since.
      const { Item } = await db.doc.send(
        new GetCommand({
          TableName: db.table,
          Key: { pk: listed.pk, sk: listed.sk },
          ConsistentRead: true,
        }),
      );
      if (!Item) continue;
      const alert = toAlert(Item);
      if (isOverdue(alert, now) && !alert.escalatedAt) {
        const people = await teamOf(db, alert.orgId, ["safeguarding", "admin"]);
        const urgency = alert.severity === "urgent" ? "An urgent" : "A";
        await tell(db, alert, people, "escalated", {
          subject: `Overdue: ${urgency.toLowerCase()} safeguarding alert nobody has taken`,
          lead:
            `${urgency} safeguarding alert in Chorus was due to be acknowledged by ` +
            `${dueWords(alert.dueAt)} and nobody has taken it yet. Please make sure someone does now.`,
        });
        await markEscalated(db, listed, now);
        escalated++;
      }
      await leaveIndex(db, listed);
      if (escalated >= limit) return escalated;
    }
  }
  return escalated;
}

/** Records the escalation once: a second run (or one racing this) finds it already there. */
const markEscalated = (db: Db, key: Key, now: Date) =>
  updateIf(
    db,
    key,
    "SET escalatedAt = :now",
    "attribute_not_exists(escalatedAt) AND #status = :open",
    {
      ":now": now.toISOString(),
    },
  );

/** Takes an alert out of the due index once it needs nothing more from this job. */
const leaveIndex = (db: Db, key: Key) =>
  updateIf(db, key, "REMOVE gsi1pk, gsi1sk", "attribute_exists(escalatedAt) OR #status <> :open");

type Key = { pk: string; sk: string };

/** One update of an alert that exists, skipped when `condition` no longer holds. */
const updateIf = (
  db: Db,
  key: Key,
  update: string,
  condition: string,
  values: Record<string, string> = {},
) =>
  updateExisting(db, key, update, condition, {
    names: { "#status": "status" },
    values: { ":open": "open", ...values },
  });
