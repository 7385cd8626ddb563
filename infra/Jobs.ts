import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { Cron, type StackContext, use } from "sst/constructs";
import { tableAccess, tableEnvironment } from "./access";
import { Mail } from "./Mail";
import { Storage } from "./Storage";

/** The one handler for both triggers (see packages/api/src/jobs.ts). */
export const JOBS_HANDLER = "packages/api/src/jobs.handler";

/** How often every job runs; the stream makes the effects sweep a backstop, not the path. */
export const JOBS_SCHEDULE = "rate(5 minutes)";

/**
 * Background work: a schedule runs every job (the effects sweep, alert escalation, sending the
 * outbox through SES; the retention purge and report rebuilds later), and the table's stream hands each response written with effects
 * pending to the same code seconds later, so a crash mid-submit is mended without waiting.
 */
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

  table.addConsumers(stack, {
    effects: {
      function: { ...job, timeout: 60 },
      // Only responses still listed in the pending index: every other write passes by unseen.
      filters: [{ dynamodb: { NewImage: { gsi1pk: { S: [{ prefix: "PENDING#" }] } } } }],
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

  return { cron };
}
