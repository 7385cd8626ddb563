import { PolicyStatement } from "aws-cdk-lib/aws-iam";
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
