import { Keys } from "@chorus/core/db/keys";
import { TableShape } from "@chorus/core/db/table";
import { RuleTargetInput } from "aws-cdk-lib/aws-events";
import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { Cron, type StackContext, use } from "sst/constructs";
import { tableAccess, tableEnvironment } from "./access";
import { Mail } from "./Mail";
import { Storage } from "./Storage";

/** The one handler for both triggers (see packages/api/src/jobs.ts). */
export const JOBS_HANDLER = "packages/api/src/jobs.handler";

/** How often the frequent jobs run; the stream makes the effects sweep and fold backstops. */
export const JOBS_SCHEDULE = "rate(5 minutes)";

/**
 * When the nightly jobs (the report rebuild, then the retention purge) run: 02:30 UTC, long after
 * the evening's visits.
 */
export const NIGHTLY_SCHEDULE = "cron(30 2 * * ? *)";
/** What the nightly schedule sends, so the handler runs the nightly jobs and nothing else. */
export const NIGHTLY_EVENT = { chorus: "nightly" } as const;

/** Queue prefixes of the stream's items worth a look: effects pending, or waiting to be folded. */
const pendingPrefix = Keys.pendingEffectsPartition(0).replace(/\d+$/, "");
const foldPrefix = Keys.foldQueuePartition(0).replace(/\d+$/, "");

/**
 * Background work: a schedule runs the frequent jobs (the effects sweep, the report fold, alert
 * escalation, sending the outbox through SES), a nightly one the report rebuild and the
 * retention purge (packages/core/src/retention), and the table's stream hands each response written with effects pending or
 * waiting to be folded to the same code seconds later, so a crash mid-submit is mended and a
 * report is up to date without waiting.
 */
const gsi1 = TableShape.globalIndexes.gsi1.partitionKey;
const gsi2 = TableShape.globalIndexes.gsi2.partitionKey;

export function Jobs({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const mail = use(Mail);
  const job = {
    handler: JOBS_HANDLER,
    runtime: "nodejs22.x" as const,
    architecture: "arm_64" as const,
    memorySize: 512,
    environment: tableEnvironment(table, app.stage),
    permissions: [tableAccess(table)],
  };

  // Only the schedule sends the outbox (see packages/api/src/jobs.ts): it alone may use SES.
  const cron = new Cron(stack, "Sweep", {
    schedule: JOBS_SCHEDULE,
    job: {
      function: {
        ...job,
        timeout: 300,
        environment: { ...job.environment, CHORUS_MAIL_FROM: mail.from },
        permissions: [...job.permissions, mail.sendAccess],
      },
    },
  });

  // The rebuild reads every response of every survey, and the purge pages through what expired:
  // once a night, with time to do it (a purge cut off by the timeout is finished the next night).
  const nightly = new Cron(stack, "Nightly", {
    schedule: NIGHTLY_SCHEDULE,
    job: {
      function: { ...job, timeout: 900, memorySize: 1024 },
      cdk: { target: { event: RuleTargetInput.fromObject(NIGHTLY_EVENT) } },
    },
  });

  table.addConsumers(stack, {
    effects: {
      function: { ...job, timeout: 60 },
      // Only items in the effects' pending index or the fold queue: every other write (the
      // fold's own, a cleared response) passes by unseen.
      filters: [
        { dynamodb: { NewImage: { [gsi1]: { S: [{ prefix: pendingPrefix }] } } } },
        { dynamodb: { NewImage: { [gsi2]: { S: [{ prefix: foldPrefix }] } } } },
      ],
      cdk: {
        eventSource: {
          startingPosition: StartingPosition.LATEST,
          batchSize: 25,
          // One bad record must not hold the others back; the sweep retries it later anyway.
          bisectBatchOnError: true,
          retryAttempts: 5,
        },
      },
    },
  });

  return { cron, nightly };
}
