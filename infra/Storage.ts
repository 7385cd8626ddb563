import { keyAttributes, TableShape } from "@chorus/core/db/table";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { RemovalPolicy } from "aws-cdk-lib/core";
import { type StackContext, Table } from "sst/constructs";

/** Stages whose data must survive a mistaken `sst remove` or a replacing change. */
export const isProtectedStage = (stage: string) => stage.startsWith("prod");

export function Storage({ app, stack }: StackContext) {
  const isProtected = isProtectedStage(app.stage);

  // Every key name comes from core, so what AWS creates and what the code reads cannot drift.
  const table = new Table(stack, "Table", {
    fields: Object.fromEntries(keyAttributes.map((name) => [name, "string" as const])),
    primaryIndex: { partitionKey: TableShape.partitionKey, sortKey: TableShape.sortKey },
    globalIndexes: TableShape.globalIndexes,
    timeToLiveAttribute: TableShape.timeToLiveAttribute,
    // The jobs function finishes a response's pending effects and folds queued answers into
    // the report numbers from this (see Jobs.ts).
    stream: "new_image",
    cdk: {
      table: {
        // Children's answers cannot be collected twice: every stage can be restored.
        pointInTimeRecovery: true,
        deletionProtection: isProtected,
        removalPolicy: isProtected ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });

  // Recordings officers put on survey words (packages/core/src/audio): larger than DynamoDB's
  // 400 KB item, so kept here, named by their hash under `audio/<org>/`. Private and encrypted;
  // only the API's function reads and writes it (Api.ts), and children reach a recording only
  // through the API, which checks their code's survey names it.
  const recordings = new Bucket(stack, "Recordings", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: false,
    removalPolicy: isProtected ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !isProtected,
  });

  stack.addOutputs({ TableName: table.tableName, RecordingsBucket: recordings.bucketName });
  return { table, recordings };
}
