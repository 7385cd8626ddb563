export * as Jobs from "./index.js";

import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { Aggregate } from "../aggregate/index.js";
import { Alert } from "../alert/index.js";
import type { Db } from "../db/client.js";
import { readItem } from "../db/read.js";
import { Effects } from "../effects/index.js";
import { RateLimit } from "../limit/index.js";
import { Outbox } from "../outbox/index.js";
import { Retention } from "../retention/index.js";
import { Rights } from "../rights/index.js";

/**
 * The background work Chorus does on a timer: locally a timer in `pnpm start`, in AWS a
 * schedule (see infra/Jobs.ts). Each job is safe to run at any time, twice at once, or after a
 * crash half way, because each one only finishes work that is recorded as unfinished.
 */
export interface Job {
  name: string;
  /**
   * How often `pnpm start`'s timer runs it; in AWS one schedule runs every frequent job together
   * and another the nightly ones.
   */
  everySeconds: number;
  /** Once a day, not every few minutes (see `frequent`, `nightly`). */
  nightly?: true;
  /** Runs once and says what it did, e.g. `{ finished: 3 }`. */
  run(db: Db): Promise<Record<string, number>>;
}

export const JOBS: Job[] = [
  {
    name: "effects",
    everySeconds: 30,
    run: async (db) => ({ finished: await Effects.sweep(db) }),
  },
  {
    // Rate-limit counters and their day secrets, gone once their time is over.
    name: "expired",
    everySeconds: 600,
    run: async (db) => ({ deleted: await RateLimit.purge(db) }),
  },
  {
    // An alert nobody took by its due time is escalated to the team and admins, once.
    name: "escalate",
    everySeconds: 60,
    run: async (db) => ({ escalated: await Alert.escalateDue(db) }),
  },
  {
    // A response deletion a crash left half done (see rights/erase.ts), finished once.
    name: "erasures",
    everySeconds: 60,
    run: async (db) => ({ finished: await Rights.sweep(db) }),
  },
  {
    // Responses and adjustments into their survey's report numbers (the stream does it sooner).
    name: "fold",
    everySeconds: 30,
    run: async (db) => ({ folded: await Aggregate.foldPending(db) }),
  },
  {
    // Report numbers recounted from raw answers, for a changed definition or codebook.
    name: "rebuild",
    everySeconds: 24 * 60 * 60,
    nightly: true,
    run: (db) => Aggregate.rebuildAll(db),
  },
  {
    // What each organisation keeps no longer (retention/purge.ts): after the rebuild, whose
    // months it marks as purged before deleting their answers.
    name: "retention",
    everySeconds: 24 * 60 * 60,
    nightly: true,
    run: (db) => Retention.purgeAll(db),
  },
];

/** The jobs the frequent schedule runs. */
export const frequent = () => JOBS.filter((job) => !job.nightly);
/** The jobs the nightly schedule runs. */
export const nightly = () => JOBS.filter((job) => job.nightly);

/**
 * Sends the outbox through a mail service. Not in `JOBS`: only where a sender is configured
 * (Amazon SES in AWS, see packages/api/src/jobs.ts); locally the outbox is read, not sent.
 */
export const mailJob = (send: Outbox.Send): Job => ({
  name: "mail",
  everySeconds: 30,
  run: (db) => Outbox.deliver(db, send),
});

export interface JobReport {
  name: string;
  ok: boolean;
  result?: Record<string, number>;
  error?: string;
}

/** Runs the given jobs one after another; one failing does not stop the others. */
export async function run(db: Db, jobs: Job[] = JOBS): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  for (const job of jobs) {
    try {
      reports.push({ name: job.name, ok: true, result: await job.run(db) });
    } catch (error) {
      reports.push({ name: job.name, ok: false, error: (error as Error).message });
    }
  }
  return reports;
}

/** A table stream record's new image, as DynamoDB sends it (attribute values). */
export type StreamImage = Record<string, AttributeValue>;

/**
 * Finishes the effects of responses as the table's stream delivers them, seconds after a crash
 * instead of at the next sweep, and folds queued responses and adjustments into their survey's
 * report numbers. Anything else is passed over. Returns how many responses it finished and how
 * many items it folded.
 */
export async function fromStream(
  db: Db,
  newImages: StreamImage[],
): Promise<{ finished: number; folded: number }> {
  let finished = 0;
  const images = newImages.map((raw) => unmarshall(raw));
  for (const image of images) {
    if (image.type !== "response" || !image.pending) continue;
    await Effects.finish(db, readItem(Effects.Pending, image, "response"));
    finished++;
  }
  return { finished, folded: await Aggregate.fromImages(db, images) };
}
