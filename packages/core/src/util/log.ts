/**
 * Chorus's logs: one JSON object per line, so CloudWatch Logs Insights can query them by field.
 * A line says what happened and to which request, never what was said: no answer, name, e-mail,
 * token, raw path or request body is ever passed in (routes are logged by their pattern, e.g.
 * `/api/i/:token/responses`). `packages/api/src/logs.check.ts` reads every line the API tests
 * wrote and fails the run if one breaks that.
 */
import { appendFileSync } from "node:fs";

/** The fields a log line may carry; anything else is refused at compile time. */
export interface LogFields {
  requestId?: string;
  method?: string;
  /** The matched route pattern, never the path itself. */
  route?: string;
  status?: number;
  ms?: number;
  job?: string;
  /** What a job did, as numbers only (e.g. `{ finished: 3 }`). */
  result?: Record<string, number>;
  errorName?: string;
  /** An error's own words, cut short; Chorus's errors never quote what a child wrote. */
  errorMessage?: string;
  /** Where it happened: function names and files only. */
  stack?: string[];
}

export type LogLevel = "info" | "warn" | "error";

/** Where lines go: stdout (CloudWatch on Lambda), or a file when `CHORUS_LOG_FILE` is set. */
export type LogSink = (line: string) => void;

let sink: LogSink = defaultSink();

function defaultSink(): LogSink {
  const file = process.env.CHORUS_LOG_FILE;
  if (file) {
    return (line) => appendFileSync(file, `${line}\n`);
  }
  if (process.env.CHORUS_LOG === "off") return () => {};
  return (line) => process.stdout.write(`${line}\n`);
}

/** Sends log lines elsewhere (tests); returns the previous sink. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

export function log(level: LogLevel, event: string, fields: LogFields = {}, extra = {}): void {
  sink(JSON.stringify({ level, time: new Date().toISOString(), event, ...fields, ...extra }));
}

/** The safe parts of an unexpected error: its name, its message cut short, where it was thrown. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frames = (error.stack ?? "")
    .split("\n")
    .slice(1, 8)
    .map((line) => line.trim().replace(/^at /, ""));
  return { errorName: error.name, errorMessage: error.message.slice(0, 200), stack: frames };
}

/** The metric a failed background job counts towards (see infra/Monitoring.ts). */
export const JOB_METRIC = { namespace: "Chorus", name: "JobFailures" } as const;

/**
 * A background job failed. The line carries CloudWatch's embedded metric format, so CloudWatch
 * Logs counts it as the `JobFailures` metric an alarm watches, with no metric filter to keep.
 */
export function jobFailed(job: string, error: string): void {
  log(
    "error",
    "job.failed",
    { job, errorMessage: error.slice(0, 200) },
    {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          {
            Namespace: JOB_METRIC.namespace,
            Dimensions: [[]],
            Metrics: [{ Name: JOB_METRIC.name, Unit: "Count" }],
          },
        ],
      },
      [JOB_METRIC.name]: 1,
    },
  );
}
