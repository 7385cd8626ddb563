import { createDb, Jobs } from "@chorus/core";
import { jobFailed, log } from "@chorus/core/util/log";

// The jobs Lambda (see infra/Jobs.ts): a schedule runs the frequent jobs, another the nightly
// ones, and the table's stream finishes a response's effects and folds it into the report
// numbers seconds after it is written. The table comes from the stack.
const table = process.env.CHORUS_TABLE;
if (!table) throw new Error("CHORUS_TABLE is not set");
const db = createDb({ table, endpoint: process.env.DYNAMODB_ENDPOINT });
/** The verified SES sender (see infra/Mail.ts); without it the outbox is left unsent. */
const mailFrom = process.env.CHORUS_MAIL_FROM;

/** The nightly schedule sends `{ chorus: "nightly" }` (infra/Jobs.ts); any other the frequent. */
const isNightly = (event: unknown) =>
  (event as { chorus?: unknown } | undefined)?.chorus === "nightly";

/** The frequent jobs, with the outbox's sender when the stack gives one; SES loads only here. */
async function scheduled() {
  if (!mailFrom) return Jobs.frequent();
  const { sesSender } = await import("./mail-ses.js");
  return [...Jobs.frequent(), Jobs.mailJob(sesSender(mailFrom))];
}

interface StreamEvent {
  Records: { eventSource?: string; dynamodb?: { NewImage?: Jobs.StreamImage } }[];
}

const isStream = (event: unknown): event is StreamEvent =>
  Array.isArray((event as StreamEvent | undefined)?.Records);

/**
 * One entry for both triggers. A stream batch that fails is thrown back, so Lambda retries it
 * (and the schedule's sweep would finish it anyway); a failing scheduled job is logged and the
 * others still run.
 */
export async function handler(event: unknown) {
  if (isStream(event)) {
    const images = event.Records.flatMap((record) =>
      record.dynamodb?.NewImage ? [record.dynamodb.NewImage] : [],
    );
    return await Jobs.fromStream(db, images);
  }
  const reports = await Jobs.run(db, isNightly(event) ? Jobs.nightly() : await scheduled());
  for (const report of reports) {
    if (report.ok) log("info", "job.done", { job: report.name, result: report.result });
    else jobFailed(report.name, report.error ?? "unknown");
  }
  return { jobs: reports };
}
