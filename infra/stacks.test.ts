import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { runInNewContext } from "node:vm";
import { Jobs as Background } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { keyAttributes, TableShape } from "@chorus/core/db/table";
import { JOB_METRIC } from "@chorus/core/util/log";
import { Match, Template } from "aws-cdk-lib/assertions";
import { CachePolicy, OriginRequestPolicy } from "aws-cdk-lib/aws-cloudfront";
import { App, getStack, use } from "sst/constructs";
import { useSites } from "sst/constructs/StaticSite.js";
import { initProject, useProject } from "sst/project.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_PREFIX } from "../packages/api/src/analytics-export";
import config from "../sst.config";
import { Analytics, EXPORT_HANDLER, EXPORT_KEEP_DAYS, EXPORT_SCHEDULE } from "./Analytics";
import { Api } from "./Api";
import { RECORDINGS_PREFIX } from "./access";
import { JOBS_HANDLER, JOBS_SCHEDULE, Jobs, NIGHTLY_EVENT, NIGHTLY_SCHEDULE } from "./Jobs";
import { Mail, mailConfig } from "./Mail";
import { Monitoring } from "./Monitoring";
import { Storage } from "./Storage";
import { Web } from "./Web";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdirs: string[] = [];

/**
 * Synthesizes every stack of one stage offline. `app.finish()` is not called: that is where
 * `sst deploy` bundles the Lambda and builds the web app, which these assertions do not need.
 * SST keeps the project and app in module globals, so stages are synthesized one at a time.
 */
async function synthesize(stage: string) {
  await initProject({ stage, root });
  const { name, region } = useProject().config;
  const outdir = mkdtempSync(join(tmpdir(), "chorus-cdk-"));
  outdirs.push(outdir);
  const app = new App({ mode: "deploy", name, region, stage }, { outdir });
  await config.stacks(app);
  const template = (stack: Parameters<typeof getStack>[0]) => Template.fromStack(getStack(stack));
  return {
    storage: template(Storage),
    api: template(Api),
    web: template(Web),
    jobs: template(Jobs),
    mail: template(Mail),
    monitoring: template(Monitoring),
    analytics: template(Analytics),
    apiFunction: use(Api).api.getFunction("$default"),
    jobsCron: use(Jobs).cron,
  };
}

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

type Resource = { Type: string; Properties?: Record<string, unknown> } & Record<string, unknown>;

/** The schedule rule with this expression (the jobs stack has two: frequent and nightly). */
function ruleOf(template: Template, schedule: string): Resource {
  const rules = Object.values(template.findResources("AWS::Events::Rule")) as Resource[];
  const found = rules.filter((rule) => rule.Properties?.ScheduleExpression === schedule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function only(template: Template, type: string): Resource {
  const found = Object.values(template.findResources(type)) as Resource[];
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The cross-stack reference another stack uses for `value`, an output of `template`. */
function importOf(template: Template, value: unknown) {
  const outputs = Object.values(template.toJSON().Outputs ?? {}) as {
    Value: unknown;
    Export?: { Name: string };
  }[];
  const exported = outputs.find(
    (output) => output.Export && isDeepStrictEqual(output.Value, value),
  );
  expect(exported).toBeDefined();
  return { "Fn::ImportValue": exported!.Export!.Name };
}

/** A bucket no one outside the account can read, encrypted at rest with S3's own keys. */
function expectPrivateEncrypted(bucket: Resource) {
  expect(bucket.Properties).toMatchObject({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
      ],
    },
  });
}

type Statement = Record<string, unknown>;

/** Every IAM statement granted to an identity, wherever CloudFormation lets one be written. */
function identityStatements(template: Template): Statement[] {
  const documents: { Statement: Statement[] }[] = [];
  for (const type of ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"]) {
    for (const policy of Object.values(template.findResources(type))) {
      documents.push(policy.Properties.PolicyDocument);
    }
  }
  for (const role of Object.values(template.findResources("AWS::IAM::Role"))) {
    for (const policy of role.Properties.Policies ?? []) documents.push(policy.PolicyDocument);
  }
  return documents.flatMap((document) => document.Statement);
}

const list = (value: unknown) => [value].flat() as unknown[];

interface Origin {
  Id: string;
  DomainName: unknown;
  S3OriginConfig?: { OriginAccessIdentity?: unknown };
  OriginAccessControlId?: unknown;
  CustomOriginConfig?: { OriginProtocolPolicy: string };
}
interface Behavior {
  PathPattern?: string;
  TargetOriginId: string;
  AllowedMethods?: string[];
  FunctionAssociations?: { EventType: string; FunctionARN: { "Fn::GetAtt": [string, string] } }[];
}
interface DistributionConfig {
  Origins: Origin[];
  DefaultCacheBehavior: Behavior;
  CacheBehaviors?: Behavior[];
  CustomErrorResponses?: unknown[];
}

function distribution(template: Template) {
  const { Properties } = only(template, "AWS::CloudFront::Distribution");
  return Properties?.DistributionConfig as DistributionConfig;
}

describe("stage test", () => {
  let stacks: Awaited<ReturnType<typeof synthesize>>;
  beforeAll(async () => {
    stacks = await synthesize("test");
  });

  describe("table", () => {
    it("takes its key schema from core's TableShape, every key a string", () => {
      const { Properties: table } = only(stacks.storage, "AWS::DynamoDB::Table");
      expect(table).toMatchObject({
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: TableShape.partitionKey, KeyType: "HASH" },
          { AttributeName: TableShape.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: Object.entries(TableShape.globalIndexes).map(([name, index]) => ({
          IndexName: name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
        })),
        TimeToLiveSpecification: {
          AttributeName: TableShape.timeToLiveAttribute,
          Enabled: true,
        },
      });
      expect(table?.AttributeDefinitions).toHaveLength(keyAttributes.length);
      expect(table?.AttributeDefinitions).toEqual(
        expect.arrayContaining(
          keyAttributes.map((name) => ({ AttributeName: name, AttributeType: "S" })),
        ),
      );
    });

    it("can be restored, and is thrown away with the stage", () => {
      const table = only(stacks.storage, "AWS::DynamoDB::Table");
      expect(table.Properties?.PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
      expect(table.Properties?.DeletionProtectionEnabled).not.toBe(true);
      expect(table.DeletionPolicy).toBe("Delete");
    });

    it("outputs its name", () => {
      stacks.storage.hasOutput("TableName", {});
    });
  });

  describe("api", () => {
    it("sends every path to one Lambda", () => {
      stacks.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
        ProtocolType: "HTTP",
        CorsConfiguration: Match.absent(),
      });
      expect(only(stacks.api, "AWS::ApiGatewayV2::Route").Properties?.RouteKey).toBe("$default");
      stacks.api.hasOutput("ApiUrl", {});
    });

    it("runs the API's Lambda adapter on Node 22 with the table's name", () => {
      const { storage, api, apiFunction } = stacks;
      const table = Object.keys(storage.findResources("AWS::DynamoDB::Table"))[0];
      api.hasResourceProperties("AWS::Lambda::Function", {
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 1024,
        Timeout: 10,
        Environment: {
          Variables: Match.objectLike({
            CHORUS_TABLE: importOf(storage, { Ref: table }),
            CHORUS_STAGE: "test",
          }),
        },
      });
      // Until `sst deploy` bundles the code, the template holds SST's placeholder; the runtime
      // and handler it will bundle for are on the construct.
      const declared = apiFunction!.getConstructMetadata().data;
      expect(declared.runtime).toBe("nodejs22.x");
      expect(declared.handler).toBe("packages/api/src/lambda.handler");
    });

    it("points at a handler file that exists", () => {
      const module = join(root, "packages/api/src/lambda");
      expect([".ts", ".js"].some((extension) => existsSync(module + extension))).toBe(true);
    });

    it("grants only the item actions the app uses, on only the table and its indexes", () => {
      const { storage, api, web, jobs } = stacks;
      const allowed = [
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
      ];
      // What reading the table's stream needs, on the stream only (ListStreams takes no resource).
      const streamReading = [
        "dynamodb:DescribeStream",
        "dynamodb:GetRecords",
        "dynamodb:GetShardIterator",
      ];
      const table = Object.keys(storage.findResources("AWS::DynamoDB::Table"))[0];
      const tableArn = importOf(storage, { "Fn::GetAtt": [table, "Arn"] });
      const streamArn = importOf(storage, { "Fn::GetAtt": [table, "StreamArn"] });

      const statements = [storage, api, web, jobs, stacks.mail].flatMap(identityStatements);
      // NotAction/NotResource grant everything not named, DynamoDB included.
      for (const statement of statements) {
        expect(statement).not.toHaveProperty("NotAction");
        expect(statement).not.toHaveProperty("NotResource");
      }
      const touchingDynamo = statements.filter((statement) =>
        list(statement.Action).some(
          (action) => typeof action === "string" && /^(\*|dynamodb:)/i.test(action),
        ),
      );
      const itemGrants = touchingDynamo.filter((s) => list(s.Action).includes("dynamodb:GetItem"));
      // The API, the two schedules' jobs and the stream consumer: one grant each, all the same.
      expect(itemGrants).toHaveLength(4);
      for (const grant of itemGrants) {
        expect(grant.Effect).toBe("Allow");
        expect(list(grant.Action).sort()).toEqual([...allowed].sort());
        expect(list(grant.Resource)).toEqual([
          tableArn,
          { "Fn::Join": ["", [tableArn, "/index/*"]] },
        ]);
      }
      const streamGrants = touchingDynamo.filter((s) => !itemGrants.includes(s));
      expect(streamGrants.length).toBeGreaterThan(0);
      for (const grant of streamGrants) {
        const actions = list(grant.Action);
        if (isDeepStrictEqual(actions, ["dynamodb:ListStreams"])) continue;
        expect([...actions].sort()).toEqual(streamReading);
        expect(grant.Resource).toEqual(streamArn);
      }

      for (const role of Object.values({
        ...api.findResources("AWS::IAM::Role"),
        ...jobs.findResources("AWS::IAM::Role"),
      })) {
        expect(JSON.stringify(role.Properties.ManagedPolicyArns ?? [])).not.toMatch(/dynamo/i);
      }
    });
  });

  describe("recordings", () => {
    it("keep officers' recordings in a private, encrypted bucket only the API reads and writes, under its prefix", () => {
      const { storage, api } = stacks;
      const bucket = only(storage, "AWS::S3::Bucket");
      expectPrivateEncrypted(bucket);
      // Plain HTTP to the bucket is refused outright.
      const policy = JSON.stringify(only(storage, "AWS::S3::BucketPolicy").Properties);
      expect(policy).toContain('"aws:SecureTransport":"false"');
      const name = Object.keys(storage.findResources("AWS::S3::Bucket"))[0]!;
      const bucketArn = importOf(storage, { "Fn::GetAtt": [name, "Arn"] });
      api.hasResourceProperties("AWS::Lambda::Function", {
        Environment: {
          Variables: Match.objectLike({
            CHORUS_AUDIO_BUCKET: importOf(storage, { Ref: name }),
          }),
        },
      });
      const s3 = identityStatements(api).filter((statement) =>
        list(statement.Action).some((action) => /^(\*|s3:)/i.test(String(action))),
      );
      expect(s3).toEqual([
        {
          Effect: "Allow",
          Action: ["s3:GetObject", "s3:PutObject"],
          Resource: { "Fn::Join": ["", [bucketArn, `/${RECORDINGS_PREFIX}*`]] },
        },
        {
          Effect: "Allow",
          Action: "s3:ListBucket",
          Resource: bucketArn,
          Condition: { StringLike: { "s3:prefix": [`${RECORDINGS_PREFIX}*`] } },
        },
      ]);
      // No other stack's functions name the bucket at all.
      for (const other of [stacks.web, stacks.jobs, stacks.mail, stacks.analytics]) {
        expect(JSON.stringify(identityStatements(other))).not.toContain(name);
      }
    });
  });

  describe("jobs", () => {
    /** The Lambda resource a CloudFormation reference points at. */
    const functionOf = (ref: { "Fn::GetAtt"?: [string, string]; Ref?: string }) => {
      const id = ref["Fn::GetAtt"]?.[0] ?? ref.Ref!;
      const resource = stacks.jobs.toJSON().Resources[id] as Resource;
      expect(resource.Type).toBe("AWS::Lambda::Function");
      return resource;
    };

    it("runs every job on a schedule, through the jobs handler, with the table", () => {
      const rule = ruleOf(stacks.jobs, JOBS_SCHEDULE);
      expect(rule.Properties?.Targets).toHaveLength(1);
      expect(JOBS_SCHEDULE).toMatch(/^rate\(\d+ minutes?\)$/);
      const [target] = (rule.Properties?.Targets ?? []) as {
        Arn: { "Fn::GetAtt": [string, string] };
      }[];
      const job = functionOf(target!.Arn);
      const table = Object.keys(stacks.storage.findResources("AWS::DynamoDB::Table"))[0];
      expect(job.Properties).toMatchObject({
        Runtime: "nodejs22.x",
        Environment: {
          Variables: expect.objectContaining({
            CHORUS_TABLE: importOf(stacks.storage, { Ref: table }),
          }),
        },
      });
      const declared = stacks.jobsCron.jobFunction.getConstructMetadata().data;
      expect(declared.handler).toBe(JOBS_HANDLER);
      const module = join(root, JOBS_HANDLER.replace(/\.handler$/, ""));
      expect([".ts", ".js"].some((extension) => existsSync(module + extension))).toBe(true);
    });

    it("runs the nightly jobs (the report rebuild, then the retention purge) once a day, through the same handler", () => {
      expect(Object.keys(stacks.jobs.findResources("AWS::Events::Rule"))).toHaveLength(2);
      const rule = ruleOf(stacks.jobs, NIGHTLY_SCHEDULE);
      // Once a day: a cron with a fixed minute and hour, every day.
      expect(NIGHTLY_SCHEDULE).toMatch(/^cron\(\d+ \d+ \* \* \? \*\)$/);
      const [target] = (rule.Properties?.Targets ?? []) as {
        Arn: { "Fn::GetAtt": [string, string] };
        Input: string;
      }[];
      // The event tells the handler to run the nightly jobs, and only those.
      expect(JSON.parse(target!.Input)).toEqual(NIGHTLY_EVENT);
      // The purge after the rebuild: it marks months purged, and a rebuild then leaves them be.
      expect(Background.nightly().map((job) => job.name)).toEqual(["rebuild", "retention"]);
      expect(Background.frequent().map((job) => job.name)).not.toContain("rebuild");
      expect(Background.frequent().map((job) => job.name)).not.toContain("retention");
      const job = functionOf(target!.Arn);
      expect(job.Properties?.Timeout).toBe(900);
      expect(use(Jobs).nightly.jobFunction.getConstructMetadata().data.handler).toBe(JOBS_HANDLER);
    });

    it("streams new images of the table to the jobs handler, only for items with effects pending or waiting to be folded", () => {
      const table = only(stacks.storage, "AWS::DynamoDB::Table");
      expect(table.Properties?.StreamSpecification).toEqual({ StreamViewType: "NEW_IMAGE" });
      const tableId = Object.keys(stacks.storage.findResources("AWS::DynamoDB::Table"))[0];
      const mapping = only(stacks.jobs, "AWS::Lambda::EventSourceMapping");
      expect(mapping.Properties).toMatchObject({
        EventSourceArn: importOf(stacks.storage, { "Fn::GetAtt": [tableId, "StreamArn"] }),
        BisectBatchOnFunctionError: true,
        StartingPosition: "LATEST",
      });
      expect(mapping.Properties?.MaximumRetryAttempts).toBeGreaterThan(0);
      const criteria = mapping.Properties?.FilterCriteria as
        | { Filters: { Pattern: string }[] }
        | undefined;
      const filters = criteria?.Filters ?? [];
      expect(filters).toHaveLength(2);
      // The prefixes are the pending index's and the fold queue's own partition names, from core.
      const pending = Keys.pendingEffectsPartition(0).replace(/\d+$/, "");
      const fold = Keys.foldQueuePartition(0).replace(/\d+$/, "");
      expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
        {
          dynamodb: {
            NewImage: {
              [TableShape.globalIndexes.gsi1.partitionKey]: { S: [{ prefix: pending }] },
            },
          },
        },
        {
          dynamodb: {
            NewImage: { [TableShape.globalIndexes.gsi2.partitionKey]: { S: [{ prefix: fold }] } },
          },
        },
      ]);
      const consumer = functionOf(mapping.Properties?.FunctionName as { Ref: string });
      expect(consumer.Properties?.Runtime).toBe("nodejs22.x");
      const declared = use(Storage).table.getFunction("effects")?.getConstructMetadata().data;
      expect(declared?.handler).toBe(JOBS_HANDLER);
    });
  });

  describe("monitoring", () => {
    type AlarmProps = {
      Namespace?: string;
      MetricName?: string;
      Dimensions?: { Name: string; Value: unknown }[];
      AlarmActions?: unknown[];
      Threshold?: number;
      TreatMissingData?: string;
    };
    const alarms = () =>
      Object.values(stacks.monitoring.findResources("AWS::CloudWatch::Alarm")).map(
        (alarm) => alarm.Properties as AlarmProps,
      );
    const topic = () => Object.keys(stacks.monitoring.findResources("AWS::SNS::Topic"));

    it("sends every alarm to one SNS topic the council subscribes to", () => {
      expect(topic()).toHaveLength(1);
      expect(alarms().length).toBeGreaterThan(0);
      for (const alarm of alarms()) {
        expect(alarm.AlarmActions).toEqual([{ Ref: topic()[0] }]);
        expect(alarm.Threshold).toBe(1);
        expect(alarm.TreatMissingData).toBe("notBreaching");
      }
    });

    it("watches API 5xx, every function's errors and throttles, table throttling and failed jobs", () => {
      const watched = (namespace: string, metric: string) =>
        alarms().filter((a) => a.Namespace === namespace && a.MetricName === metric);
      expect(watched("AWS/ApiGateway", "5xx")).toHaveLength(1);
      // The API's function, the schedule's and the stream consumers': one of each alarm apiece.
      const functions = [
        ...Object.keys(stacks.api.findResources("AWS::Lambda::Function")),
        ...Object.keys(stacks.jobs.findResources("AWS::Lambda::Function")),
      ];
      expect(functions.length).toBeGreaterThanOrEqual(3);
      for (const metric of ["Errors", "Throttles"]) {
        expect(watched("AWS/Lambda", metric).length).toBeGreaterThanOrEqual(3);
      }
      for (const metric of ["ReadThrottleEvents", "WriteThrottleEvents"]) {
        const [alarm] = watched("AWS/DynamoDB", metric);
        expect(alarm?.Dimensions?.[0]?.Name).toBe("TableName");
      }
      expect(watched(JOB_METRIC.namespace, JOB_METRIC.name)).toHaveLength(1);
    });
  });

  describe("analytics", () => {
    it("exports yesterday's changes to a private bucket once a day, with nothing but export rights", () => {
      const rule = only(stacks.analytics, "AWS::Events::Rule");
      expect(rule.Properties?.ScheduleExpression).toBe(EXPORT_SCHEDULE);
      const bucket = only(stacks.analytics, "AWS::S3::Bucket");
      expectPrivateEncrypted(bucket);
      const rules = (bucket.Properties!.LifecycleConfiguration as { Rules: unknown[] }).Rules;
      expect(rules).toContainEqual(
        expect.objectContaining({ Prefix: EXPORT_PREFIX, ExpirationInDays: EXPORT_KEEP_DAYS }),
      );
      const functions = Object.values(stacks.analytics.findResources("AWS::Lambda::Function"));
      const exporter = functions.find(
        (fn) => fn.Properties.Environment?.Variables?.CHORUS_EXPORT_BUCKET,
      );
      expect(exporter?.Properties.Runtime).toBe("nodejs22.x");
      const module = join(root, EXPORT_HANDLER.replace(/\.handler$/, ""));
      expect(existsSync(`${module}.ts`)).toBe(true);
      const actions = identityStatements(stacks.analytics)
        .flatMap((statement) => list(statement.Action))
        .filter((action) => String(action).startsWith("dynamodb:"));
      expect(actions).toEqual(["dynamodb:ExportTableToPointInTime"]);
    });

    it("has a Glue table over the exported responses and an Athena workgroup that caps a query", () => {
      const table = only(stacks.analytics, "AWS::Glue::Table");
      const input = table.Properties?.TableInput as {
        StorageDescriptor: { Columns: { Name: string; Type: string }[]; SerdeInfo: unknown };
      };
      const image = input.StorageDescriptor.Columns.find((c) => c.Name === "newimage");
      for (const field of [
        "type",
        "orgid",
        "surveyid",
        "ageband",
        "cohort",
        "submittedon",
        "answers",
      ]) {
        expect(image?.Type).toContain(`${field}:`);
      }
      // Only what reports use: nothing that reaches a child or a member of staff.
      for (const field of ["contact", "email", "inviteHash", "passwordHash", "tabletSessionId"]) {
        expect(image?.Type.toLowerCase()).not.toContain(field.toLowerCase());
      }
      const workgroup = only(stacks.analytics, "AWS::Athena::WorkGroup");
      expect(workgroup.Properties?.WorkGroupConfiguration).toMatchObject({
        EnforceWorkGroupConfiguration: true,
        BytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: "SSE_S3" } },
      });
    });
  });

  describe("mail", () => {
    const { domain, from } = mailConfig();

    it("verifies the configured domain with SES, signed with DKIM", () => {
      const identity = only(stacks.mail, "AWS::SES::EmailIdentity");
      expect(identity.Properties?.EmailIdentity).toBe(domain);
      expect(identity.Properties?.DkimSigningAttributes ?? {}).not.toHaveProperty(
        "DomainSigningPrivateKey",
      );
      stacks.mail.hasOutput("MailFrom", { Value: from });
    });

    it("lets only the scheduled jobs send, only as the configured sender", () => {
      const grants = [stacks.api, stacks.jobs, stacks.storage, stacks.web, stacks.mail]
        .flatMap(identityStatements)
        .filter((statement) =>
          list(statement.Action).some((action) => /^(\*|ses:)/i.test(String(action))),
        );
      expect(grants).toHaveLength(1);
      const [grant] = grants;
      expect(list(grant!.Action)).toEqual(["ses:SendEmail"]);
      expect(JSON.stringify(grant!.Resource)).toContain(`:identity/${domain}`);
      expect(grant!.Condition).toEqual({ StringEquals: { "ses:FromAddress": from } });
      // It belongs to the scheduled function's role, which is told whom to send as.
      const rule = ruleOf(stacks.jobs, JOBS_SCHEDULE);
      const [target] = (rule.Properties?.Targets ?? []) as { Arn: { "Fn::GetAtt": [string] } }[];
      const scheduled = stacks.jobs.toJSON().Resources[target!.Arn["Fn::GetAtt"][0]] as Resource;
      expect(scheduled.Properties).toMatchObject({
        Environment: { Variables: expect.objectContaining({ CHORUS_MAIL_FROM: from }) },
      });
      const policies = Object.values(stacks.jobs.findResources("AWS::IAM::Policy"));
      const holder = policies.find((policy) =>
        JSON.stringify(policy.Properties.PolicyDocument).includes("ses:SendEmail"),
      );
      const role = (scheduled.Properties!.Role as { "Fn::GetAtt": [string] })["Fn::GetAtt"][0];
      expect(holder?.Properties.Roles).toEqual([{ Ref: role }]);
      // The stream consumer and the API never send mail.
      for (const fn of Object.values({
        ...stacks.jobs.findResources("AWS::Lambda::Function"),
        ...stacks.api.findResources("AWS::Lambda::Function"),
      })) {
        if (fn === scheduled) continue;
        expect(JSON.stringify(fn.Properties.Environment ?? {})).not.toContain("CHORUS_MAIL_FROM");
      }
    });

    it("refuses a sender outside the verified domain", () => {
      expect(() =>
        mailConfig({ CHORUS_MAIL_DOMAIN: "mail.council.gov.uk", CHORUS_MAIL_FROM: "x@evil.test" }),
      ).toThrow(/must be an address at mail.council.gov.uk/);
      expect(mailConfig({ CHORUS_MAIL_DOMAIN: "Mail.Council.gov.uk" })).toEqual({
        domain: "mail.council.gov.uk",
        from: "chorus@mail.council.gov.uk",
      });
    });
  });

  describe("site", () => {
    it("keeps its bucket private, read only through CloudFront", () => {
      const { web } = stacks;
      web.hasResourceProperties("AWS::S3::Bucket", {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        WebsiteConfiguration: Match.absent(),
      });
      const policies = Object.values(web.findResources("AWS::S3::BucketPolicy"));
      for (const statement of policies.flatMap((p) => p.Properties.PolicyDocument.Statement)) {
        expect(list(statement.Principal)).not.toContainEqual("*");
        expect(list(statement.Principal?.AWS)).not.toContainEqual("*");
      }
      const s3 = distribution(web).Origins.filter((origin) => origin.S3OriginConfig);
      expect(s3).toHaveLength(1);
      expect(
        s3[0]?.OriginAccessControlId ?? s3[0]?.S3OriginConfig?.OriginAccessIdentity,
      ).toBeTruthy();
    });

    it("serves /api/* from the HTTP API on the same origin, uncached", () => {
      const { api, web } = stacks;
      const config = distribution(web);
      const apiBehavior = config.CacheBehaviors?.find(
        (behavior) => behavior.PathPattern === "/api/*",
      );
      expect(apiBehavior).toMatchObject({
        AllowedMethods: expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]),
        CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
        OriginRequestPolicyId:
          OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      });
      const origin = config.Origins.find(({ Id }) => Id === apiBehavior?.TargetOriginId);
      const apiId = Object.keys(api.findResources("AWS::ApiGatewayV2::Api"))[0];
      const endpoint = importOf(api, { "Fn::GetAtt": [apiId, "ApiEndpoint"] });
      expect(JSON.stringify(origin?.DomainName)).toContain(JSON.stringify(endpoint));
      expect(origin?.CustomOriginConfig?.OriginProtocolPolicy).toBe("https-only");
      // A distribution-wide error page would replace the API's JSON errors with index.html.
      expect(config.CustomErrorResponses ?? []).toEqual([]);
      web.hasOutput("SiteUrl", {});
    });

    it("answers client-side routes with the app shell, and files as themselves", () => {
      const { web } = stacks;
      const associations = distribution(web).DefaultCacheBehavior.FunctionAssociations ?? [];
      expect(associations).toHaveLength(1);
      expect(associations[0]?.EventType).toBe("viewer-request");
      const [functionId] = associations[0]!.FunctionARN["Fn::GetAtt"];
      const code = web.toJSON().Resources[functionId].Properties.FunctionCode;
      const handler = runInNewContext(`${code}; handler`);
      const rewrite = (uri: string) => handler({ request: { uri } }).uri;
      expect(rewrite("/")).toBe("/index.html");
      expect(rewrite("/studio/surveys/abc")).toBe("/index.html");
      expect(rewrite("/s/K7P2QX")).toBe("/index.html");
      expect(rewrite("/assets/index-3f9a1c.js")).toBe("/assets/index-3f9a1c.js");
      expect(rewrite("/favicon.ico")).toBe("/favicon.ico");
    });

    it("builds the app to call the API on its own origin, never the API Gateway address", () => {
      const site = useSites().all.find(({ name }) => name === "Site");
      expect(site).toBeDefined();
      expect(site?.props.environment?.VITE_API_URL).toBeUndefined();
    });

    it("makes browsers ask again for the shell and the service worker, not keep them a year", () => {
      const site = useSites().all.find(({ name }) => name === "Site");
      const options = site?.props.assets?.fileOptions ?? [];
      // The uploader gives each file the last option that matches it, after SST's defaults
      // (which make every .js immutable), so the rule for these files must come last.
      const last = options.at(-1);
      expect([last?.files].flat()).toEqual(expect.arrayContaining(["index.html", "sw.js"]));
      expect(last?.cacheControl).toMatch(/(^|,)max-age=0(,|$)/);
      expect(last?.cacheControl).toMatch(/(^|,)no-cache(,|$)/);
      expect(last?.cacheControl).not.toMatch(/immutable/);
    });
  });
});

describe("stage prod", () => {
  let stacks: Awaited<ReturnType<typeof synthesize>>;
  beforeAll(async () => {
    stacks = await synthesize("prod");
  });

  it("protects the table from deletion and keeps it if removed or replaced", () => {
    const table = only(stacks.storage, "AWS::DynamoDB::Table");
    expect(table.Properties).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });

  it("tells the Lambda its stage", () => {
    stacks.api.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ CHORUS_STAGE: "prod" }) },
    });
  });
});
