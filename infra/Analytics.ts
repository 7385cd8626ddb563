import { CfnWorkGroup } from "aws-cdk-lib/aws-athena";
import { CfnDatabase, CfnTable } from "aws-cdk-lib/aws-glue";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Duration, RemovalPolicy } from "aws-cdk-lib/core";
import { Cron, type StackContext, use } from "sst/constructs";
import { isProtectedStage, Storage } from "./Storage";

/** The daily export's handler (see packages/api/src/analytics-export.ts). */
export const EXPORT_HANDLER = "packages/api/src/analytics-export.handler";
/** Once a day, after midnight UTC, for the day before. */
export const EXPORT_SCHEDULE = "cron(20 0 * * ? *)";
/** Where exports land (the handler's `EXPORT_PREFIX`). */
const EXPORT_PREFIX = "table/";
/** Exports are the table's data: kept no longer than the longest retention a council sets. */
export const EXPORT_KEEP_DAYS = 3 * 365;

/** A DynamoDB-JSON string attribute, as an export writes it. */
const S = "struct<S:string>";

/**
 * Analysis across councils without touching the live table: a scheduled incremental DynamoDB
 * export of each day's changes to S3, a Glue table over the exported responses, and an Athena
 * workgroup to query them. See docs/scale.md.
 */
export function Analytics({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const isProtected = isProtectedStage(app.stage);

  const bucket = new Bucket(stack, "Exports", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: false,
    lifecycleRules: [
      { prefix: EXPORT_PREFIX, expiration: Duration.days(EXPORT_KEEP_DAYS) },
      // Query results are working files.
      { prefix: "athena-results/", expiration: Duration.days(7) },
    ],
    removalPolicy: isProtected ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !isProtected,
  });

  const exportCron = new Cron(stack, "Export", {
    schedule: EXPORT_SCHEDULE,
    job: {
      function: {
        handler: EXPORT_HANDLER,
        runtime: "nodejs22.x",
        architecture: "arm_64",
        timeout: 30,
        environment: { CHORUS_TABLE_ARN: table.tableArn, CHORUS_EXPORT_BUCKET: bucket.bucketName },
        permissions: [
          // Starting an export reads nothing through the table's capacity.
          new PolicyStatement({
            actions: ["dynamodb:ExportTableToPointInTime"],
            resources: [table.tableArn],
          }),
          // DynamoDB writes the export with the caller's rights, under the prefix only.
          new PolicyStatement({
            actions: ["s3:AbortMultipartUpload", "s3:PutObject", "s3:PutObjectAcl"],
            resources: [bucket.arnForObjects(`${EXPORT_PREFIX}*`)],
          }),
        ],
      },
    },
  });

  const database = new CfnDatabase(stack, "AnalyticsDatabase", {
    catalogId: stack.account,
    databaseInput: {
      name: `chorus_${app.stage.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`,
      description: "Chorus's daily table exports, for analysis across councils",
    },
  });
  const databaseName = database.databaseInput as { name: string };

  // Every exported line is one changed item; responses are the lines whose `type` is response.
  // Only the fields reports use are declared: no contact details, tokens or staff records.
  const tableDef = new CfnTable(stack, "ResponsesTable", {
    catalogId: stack.account,
    databaseName: databaseName.name,
    tableInput: {
      name: "table_changes",
      description: "One row per changed item; filter newimage.type.s = 'response'",
      tableType: "EXTERNAL_TABLE",
      parameters: { classification: "json", compressionType: "gzip" },
      storageDescriptor: {
        location: bucket.s3UrlForObject(EXPORT_PREFIX),
        inputFormat: "org.apache.hadoop.mapred.TextInputFormat",
        outputFormat: "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
        serdeInfo: {
          serializationLibrary: "org.openx.data.jsonserde.JsonSerDe",
          // The export's manifest files sit beside the data: they are read as empty rows.
          parameters: { "ignore.malformed.json": "true", "case.insensitive": "true" },
        },
        columns: [
          { name: "metadata", type: "struct<writetimestampmicros:struct<N:string>>" },
          { name: "keys", type: `struct<pk:${S},sk:${S}>` },
          {
            name: "newimage",
            type: `struct<type:${S},orgid:${S},surveyid:${S},version:struct<N:string>,language:${S},ageband:${S},cohort:${S},distributionid:${S},submittedon:${S},answers:struct<M:map<string,struct<S:string,N:string,SS:array<string>,L:array<struct<S:string>>>>>>`,
          },
        ],
      },
    },
  });
  tableDef.addDependency(database);

  const workgroup = new CfnWorkGroup(stack, "AnalyticsWorkgroup", {
    name: `chorus-${app.stage}`,
    description: "Queries over Chorus's exports; results kept a week",
    recursiveDeleteOption: !isProtected,
    workGroupConfiguration: {
      enforceWorkGroupConfiguration: true,
      publishCloudWatchMetricsEnabled: true,
      // A runaway query stops at 10 GB scanned (about 50p).
      bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
      resultConfiguration: {
        outputLocation: bucket.s3UrlForObject("athena-results/"),
        encryptionConfiguration: { encryptionOption: "SSE_S3" },
      },
    },
  });

  stack.addOutputs({
    ExportBucket: bucket.bucketName,
    AnalyticsDatabase: databaseName.name,
    AnalyticsWorkgroup: workgroup.name,
  });
  return { bucket, workgroup, exportCron };
}
