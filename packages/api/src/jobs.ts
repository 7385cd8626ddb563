import { createDb, Jobs } from "@chorus/core";

// The jobs Lambda (see infra/Jobs.ts): the schedule runs every job, the table's stream finishes
// a response's effects seconds after it is written. The table comes from the stack.
const table = process.env.CHORUS_TABLE;
if (!table) throw new Error("CHORUS_TABLE is not set");
const db = createDb({ table, endpoint: process.env.DYNAMODB_ENDPOINT });

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
    return { finished: await Jobs.fromStream(db, images) };
  }
  const reports = await Jobs.run(db);
  for (const report of reports) {
    if (!report.ok) console.error(`job ${report.name} failed: ${report.error}`);
  }
  return { jobs: reports };
}
