import {
  DynamoDBClient,
  ExportTableToPointInTimeCommand,
  type ExportTableToPointInTimeCommandInput,
} from "@aws-sdk/client-dynamodb";

/**
 * The daily analytics export (see infra/Analytics.ts): yesterday's changes to the table, as an
 * incremental DynamoDB export into the analytics bucket, where a Glue table and an Athena
 * workgroup read them. It never reads the table itself, so the live table does not notice.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The whole UTC day before `now`. Windows are fixed days, not "since the last run", so a retry
 * asks for the same window again (and DynamoDB's client token makes it the same export), and no
 * state needs keeping; a day the schedule missed is exported by hand (docs/scale.md).
 */
export function exportWindow(now: Date): { from: Date; to: Date } {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return { from: new Date(to.getTime() - DAY_MS), to };
}

export function exportRequest(
  env: Record<string, string | undefined>,
  now: Date,
): ExportTableToPointInTimeCommandInput {
  const { CHORUS_TABLE_ARN: table, CHORUS_EXPORT_BUCKET: bucket } = env;
  if (!table || !bucket) throw new Error("CHORUS_TABLE_ARN and CHORUS_EXPORT_BUCKET must be set");
  const { from, to } = exportWindow(now);
  const day = from.toISOString().slice(0, 10);
  return {
    TableArn: table,
    S3Bucket: bucket,
    S3Prefix: `${EXPORT_PREFIX}${day}`,
    S3SseAlgorithm: "AES256",
    ExportFormat: "DYNAMODB_JSON",
    ExportType: "INCREMENTAL_EXPORT",
    IncrementalExportSpecification: {
      ExportFromTime: from,
      ExportToTime: to,
      ExportViewType: "NEW_IMAGE",
    },
    // The same day asked for twice is one export.
    ClientToken: `chorus-${day}`,
  };
}

/** Where exports land in the bucket; the Glue table reads under it. */
export const EXPORT_PREFIX = "table/";

/**
 * The moment a run for `day` would have happened: midnight after it. A missed day is exported
 * by invoking the function with `{ "day": "2027-03-01" }`; the schedule's event has no day.
 */
export function runTimeFor(event: unknown, now = new Date()): Date {
  const day = (event as { day?: unknown } | undefined)?.day;
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return now;
  const start = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2027-02-30 over into March: only a day that reads back the same is one.
  if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== day) {
    throw new Error(`Not a day: ${day}`);
  }
  return new Date(start + DAY_MS);
}

export async function handler(event?: unknown) {
  const request = exportRequest(process.env, runTimeFor(event));
  const { ExportDescription } = await new DynamoDBClient({}).send(
    new ExportTableToPointInTimeCommand(request),
  );
  return { exportArn: ExportDescription?.ExportArn, status: ExportDescription?.ExportStatus };
}
