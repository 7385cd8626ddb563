import { JOB_METRIC } from "@chorus/core/util/log";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Duration } from "aws-cdk-lib/core";
import { getStack, type StackContext, use } from "sst/constructs";
import { Api } from "./Api";
import { Jobs } from "./Jobs";
import { Storage } from "./Storage";

/**
 * What a council's on-call person is told about: the API answering 5xx, any function failing or
 * throttled, the table throttling, and a background job failing. Every alarm goes to one SNS
 * topic; `CHORUS_ALARM_EMAIL` subscribes an address at deploy time (others can be added in the
 * console). See docs/operations.md.
 */
export function Monitoring({ stack }: StackContext) {
  const { api } = use(Api);
  const { table } = use(Storage);
  use(Jobs);

  const topic = new Topic(stack, "Alarms", { displayName: "Chorus alarms" });
  const email = process.env.CHORUS_ALARM_EMAIL;
  if (email) topic.addSubscription(new EmailSubscription(email));
  const notify = new SnsAction(topic);

  const alarm = (id: string, metric: IMetric, description: string) => {
    const made = new Alarm(stack, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not a fault.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    made.addAlarmAction(notify);
    made.addOkAction(notify);
    return made;
  };
  const fiveMinutes = { period: Duration.minutes(5), statistic: "Sum" };

  alarm(
    "Api5xx",
    api.cdk.httpApi.metricServerError(fiveMinutes),
    "The API answered with a server error (5xx). Look at the API function's logs by requestId.",
  );

  const functions = [...getStack(Api).getAllFunctions(), ...getStack(Jobs).getAllFunctions()];
  for (const fn of functions) {
    const name = fn.node.id.replace(/[^A-Za-z0-9]/g, "");
    alarm(`${name}Errors`, fn.metricErrors(fiveMinutes), `The ${fn.node.id} function failed.`);
    alarm(
      `${name}Throttles`,
      fn.metricThrottles(fiveMinutes),
      `The ${fn.node.id} function was throttled: raise its concurrency or the account's limit.`,
    );
  }

  const tableName = table.cdk.table.tableName;
  for (const kind of ["Read", "Write"] as const) {
    alarm(
      `Table${kind}Throttles`,
      new Metric({
        namespace: "AWS/DynamoDB",
        metricName: `${kind}ThrottleEvents`,
        dimensionsMap: { TableName: tableName },
        ...fiveMinutes,
      }),
      `DynamoDB throttled ${kind.toLowerCase()}s on the table.`,
    );
  }

  // A scheduled job that fails is logged and the others still run (the Lambda succeeds), so
  // the handler counts its failures itself: its log line carries the metric in CloudWatch's
  // embedded metric format, which CloudWatch Logs turns into this metric with no filter to keep.
  const jobFailures = new Metric({
    namespace: JOB_METRIC.namespace,
    metricName: JOB_METRIC.name,
    ...fiveMinutes,
  });
  alarm("JobFailures", jobFailures, "A background job failed; it is retried on the next run.");

  stack.addOutputs({ AlarmTopic: topic.topicArn });
  return { topic };
}
