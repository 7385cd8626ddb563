import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Bucket } from "aws-cdk-lib/aws-s3";
import type { Table } from "sst/constructs";

/**
 * Everything Chorus's functions do with DynamoDB. `bind` would grant `dynamodb:*`, which
 * includes deleting the table and its backups; each function gets this list and nothing more.
 */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchGetItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];

/** Item access to the one table and its indexes. */
export const tableAccess = (table: Table) =>
  new PolicyStatement({
    actions: TABLE_ACTIONS,
    resources: [table.tableArn, `${table.tableArn}/index/*`],
  });

/** What every Chorus function is told: its table and its stage. */
export const tableEnvironment = (table: Table, stage: string) => ({
  CHORUS_TABLE: table.tableName,
  CHORUS_STAGE: stage,
});

/** Where recordings live in their bucket (`audioKey` in packages/core/src/audio/store.ts). */
export const RECORDINGS_PREFIX = "audio/";

/**
 * What the API does with recordings: put and get objects under the prefix, nothing else (no
 * delete, no ACLs). Listing, under the prefix only, is what makes S3 answer a missing
 * recording "not found" rather than "access denied".
 */
export const recordingsAccess = (bucket: Bucket) => [
  new PolicyStatement({
    actions: ["s3:GetObject", "s3:PutObject"],
    resources: [bucket.arnForObjects(`${RECORDINGS_PREFIX}*`)],
  }),
  new PolicyStatement({
    actions: ["s3:ListBucket"],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { "s3:prefix": [`${RECORDINGS_PREFIX}*`] } },
  }),
];
