/**
 * The Lambda that ships is the Lambda that is tested: the API's handler is bundled by SST's own
 * builder, as `sst deploy` bundles it, then imported in a fresh Node process and called with API
 * Gateway events against a local database. Importing TypeScript through vitest would hide exactly
 * the failures that matter here: a native addon or a file read by computed path that the bundle
 * cannot carry (dynalite once made the deployed Lambda throw on import).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Aggregate, Auth, createDb, Outbox, uuidv7 } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { queryPages } from "@chorus/core/db/query";
import { Demo, ensureTable, sampleWav, startLocalDynamo } from "@chorus/core/local";
import { use } from "sst/constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpApiEvent } from "../packages/api/src/lambda-event";
import { logProblems } from "../packages/api/src/logs.check";
import { Analytics, EXPORT_HANDLER } from "./Analytics";
import { JOBS_HANDLER, Jobs } from "./Jobs";
import { invoke, type LambdaBundle, synthesizeForBuild } from "./lambda-build";

const table = "lambda-bundle-test";
let dynamo: Awaited<ReturnType<typeof startLocalDynamo>>;
let built: Awaited<ReturnType<typeof synthesizeForBuild>>;
let bundle: LambdaBundle;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  await ensureTable(dynamo.endpoint, table);
  await Demo.seed(createDb({ table, endpoint: dynamo.endpoint }));
  built = await synthesizeForBuild("test");
  bundle = await built.build(built.apiFunction);
});
afterAll(async () => {
  built?.cleanup();
  await dynamo?.close();
});

/** What the stack gives the function, with the local database in place of AWS's. */
const environment = () => ({
  CHORUS_TABLE: table,
  CHORUS_STAGE: "test",
  DYNAMODB_ENDPOINT: dynamo.endpoint,
  AWS_REGION: "eu-west-2",
  // Lambda runs Node 22, where the SDK has nothing to warn about; this test may run on Node 20.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
});

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe("the API Lambda as `sst deploy` bundles it", () => {
  it("is built from the handler infra/Api.ts declares", () => {
    expect(built.apiFunction.getConstructMetadata().data.handler).toBe(
      "packages/api/src/lambda.handler",
    );
    // The handler setting SST gives the deployed function: file and export inside the zip.
    expect(bundle.handler).toBe("packages/api/src/lambda.handler");
    expect(files(bundle.dir)).toContain("packages/api/src/lambda.mjs");
  });

  it("imports in a fresh Node process and answers health, a child's response and the API document", async () => {
    const body = {
      id: uuidv7(),
      language: "en",
      ageBand: "8-11",
      startedAt: new Date(Date.now() - 300_000).toISOString(),
      submittedAt: new Date().toISOString(),
      answers: {
        "feel-home": 4,
        "feel-safe": "yes",
        "trusted-adult": "carer",
        "one-thing": "A dog",
      },
    };
    const path = `/api/s/${Demo.CODES.lifeInCare}/responses`;
    const run = await invoke(
      bundle,
      [
        httpApiEvent("GET", "/api/health"),
        httpApiEvent("POST", path, body),
        httpApiEvent("POST", path, body),
        // Loaded by dynamic import on first request: it must be inside the bundle too.
        httpApiEvent("GET", "/api/openapi.json"),
      ],
      environment(),
    );
    // An import error ("No native build was found", "Cannot find module") lands here.
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [health, created, resent, openapi] = run.results ?? [];
    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health?.body ?? "")).toEqual({ ok: true });
    expect(created?.statusCode).toBe(201);
    expect(JSON.parse(created?.body ?? "")).toMatchObject({ id: body.id });
    expect(resent?.statusCode).toBe(200);
    expect(JSON.parse(resent?.body ?? "")).toMatchObject({ id: body.id });
    expect(openapi?.statusCode).toBe(200);
    // One JSON line per request, by route pattern: never the code, never the child's words.
    expect(logProblems(run.logs.join("\n"))).toEqual([]);
    expect(run.logs.join("\n")).not.toContain("A dog");
    expect(
      run.logs.map((line) => JSON.parse(line)).map((line) => [line.route, line.status]),
    ).toEqual([
      ["/api/health", 200],
      ["/api/s/:code/responses", 201],
      ["/api/s/:code/responses", 200],
      ["/api/openapi.json", 200],
    ]);
    expect(JSON.parse(openapi?.body ?? "").paths).toHaveProperty(["/api/s/{code}/responses"]);
  });

  it("writes an XLSX report export (its writer is loaded on first use) as a binary body", async () => {
    const db = createDb({ table, endpoint: dynamo.endpoint });
    const { token } = await Auth.signIn(db, {
      email: "leader@demo.chorus.test",
      password: Demo.PASSWORD,
      client: "203.0.113.9",
    });
    const plain = httpApiEvent("GET", "/api/reports/surveys/srv_demo_life811/export.xlsx");
    const signedIn = {
      ...plain,
      headers: {
        ...plain.headers,
        cookie: `chorus_session=${token}`,
        "sec-fetch-site": "same-origin",
      },
    };
    const run = await invoke(bundle, [signedIn], environment());
    expect(run.stderr).toBe("");
    const [xlsx] = (run.results ?? []) as unknown as {
      statusCode: number;
      body: string;
      isBase64Encoded: boolean;
      headers: Record<string, string>;
    }[];
    expect(xlsx?.statusCode).toBe(200);
    expect(xlsx?.isBase64Encoded).toBe(true);
    // A workbook is a zip: it starts with "PK".
    expect(
      Buffer.from(xlsx?.body ?? "", "base64")
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect(xlsx?.headers["content-disposition"]).toMatch(/\.xlsx"$/);
  });

  it("keeps an officer's recording in S3 under the council's prefix and plays it back from there", async () => {
    // S3, as far as the bundled client can tell: path-style objects kept in memory.
    const objects = new Map<string, { body: Buffer; type: string }>();
    const signatures: { authorization?: string; content?: string }[] = [];
    const s3 = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const path = decodeURIComponent(new URL(request.url ?? "/", "http://s3").pathname);
        signatures.push({
          authorization: request.headers.authorization,
          content: request.headers["x-amz-content-sha256"] as string | undefined,
        });
        if (request.method === "PUT") {
          objects.set(path, {
            body: Buffer.concat(chunks),
            type: String(request.headers["content-type"]),
          });
          response.setHeader("etag", '"e"');
          response.end();
          return;
        }
        const found = objects.get(path);
        if (!found) {
          response.statusCode = 404;
          response.setHeader("content-type", "application/xml");
          response.end("<Error><Code>NoSuchKey</Code><Message>none</Message></Error>");
          return;
        }
        response.setHeader("content-type", found.type);
        response.setHeader("content-length", String(found.body.length));
        response.end(found.body);
      });
    });
    await new Promise<void>((done) => s3.listen(0, "127.0.0.1", done));
    const db = createDb({ table, endpoint: dynamo.endpoint });
    const { token } = await Auth.signIn(db, {
      email: "officer@demo.chorus.test",
      password: Demo.PASSWORD,
      client: "203.0.113.9",
    });
    const wav = sampleWav();
    const hash = createHash("sha256").update(wav).digest("hex");
    const asOfficer = (event: ReturnType<typeof httpApiEvent>, body?: Uint8Array) => ({
      ...event,
      headers: {
        ...event.headers,
        cookie: `chorus_session=${token}`,
        "sec-fetch-site": "same-origin",
        ...(body ? { "content-type": "audio/wav" } : {}),
      },
      // API Gateway hands a binary body over in base64.
      ...(body ? { body: Buffer.from(body).toString("base64"), isBase64Encoded: true } : {}),
    });
    const survey = "/api/surveys/srv_demo_leaving";
    const run = await invoke(
      bundle,
      [
        asOfficer(httpApiEvent("PUT", `${survey}/audio/q.home-now.prompt/en`), wav),
        asOfficer(httpApiEvent("GET", `${survey}/audio/${hash}`)),
        asOfficer(httpApiEvent("GET", `${survey}/audio/${"0".repeat(64)}`)),
      ],
      {
        ...environment(),
        CHORUS_AUDIO_BUCKET: "chorus-recordings",
        S3_ENDPOINT: `http://127.0.0.1:${(s3.address() as AddressInfo).port}`,
        AWS_ACCESS_KEY_ID: "local",
        AWS_SECRET_ACCESS_KEY: "local",
      },
    );
    s3.close();
    expect(run.stderr).toBe("");
    const [uploaded, played, missing] = (run.results ?? []) as unknown as {
      statusCode: number;
      body: string;
      isBase64Encoded?: boolean;
      headers: Record<string, string>;
    }[];
    expect(uploaded?.statusCode).toBe(200);
    expect(JSON.parse(uploaded?.body ?? "").recording.hash).toBe(hash);
    // In the bucket under the council's prefix, as a WAV, byte for byte.
    const kept = objects.get(`/chorus-recordings/audio/${Demo.ORG_ID}/${hash}`);
    expect(kept?.type).toBe("audio/wav");
    expect(new Uint8Array(kept?.body ?? [])).toEqual(wav);
    expect(played?.statusCode).toBe(200);
    expect(played?.headers["content-type"]).toBe("audio/wav");
    expect(played?.isBase64Encoded).toBe(true);
    expect(new Uint8Array(Buffer.from(played?.body ?? "", "base64"))).toEqual(wav);
    expect(missing?.statusCode).toBe(404);
    expect(JSON.parse(missing?.body ?? "").error.code).toBe("audio.not_found");
    // Every call signed as S3 wants it (Signature V4 for s3 in the function's region), the
    // upload with its body's hash.
    expect(signatures).toHaveLength(3);
    for (const signed of signatures) {
      expect(signed.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/eu-west-2\/s3\//,
      );
    }
    expect(signatures[0]?.content).toBe(hash);
  });

  it("fails loudly in the fresh process when the function is misconfigured", async () => {
    // Guards the harness: a Lambda that throws on import must not pass as an empty success.
    const { CHORUS_TABLE: _, ...withoutTable } = environment();
    const run = await invoke(bundle, [httpApiEvent("GET", "/api/health")], withoutTable);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("CHORUS_TABLE is not set");
  });

  it("carries no local-only code and no demo data", () => {
    const map = JSON.parse(readFileSync(`${bundle.entry}.map`, "utf8")) as { sources: string[] };
    expect(map.sources.length).toBeGreaterThan(50);
    const local =
      /dynalite|classic-level|leveldown|abstract-level|core\/src\/(demo|local|db\/local|audio\/(disk|sample))/;
    expect(map.sources.filter((source) => local.test(source))).toEqual([]);
    // Sending mail is the scheduled jobs' work: the API never loads the SES client.
    expect(map.sources.filter((source) => source.includes("client-sesv2"))).toEqual([]);

    const text = readFileSync(bundle.entry, "utf8");
    for (const needle of ["node_modules/dynalite", "classic-level", "leveldown"]) {
      expect(text, needle).not.toContain(needle);
    }
    expect(text).not.toContain(Demo.CODES.lifeInCare);
    expect(text).not.toContain(Demo.PASSWORD);
  });

  it("ships no node_modules and no native addons beside the bundle", () => {
    const shipped = files(bundle.dir);
    expect(shipped.filter((file) => file.endsWith(".node"))).toEqual([]);
    expect(shipped.filter((file) => file.split("/").includes("node_modules"))).toEqual([]);
    // SST writes the packages it would install for the function here: none.
    const manifest = JSON.parse(readFileSync(join(bundle.dir, "package.json"), "utf8"));
    expect(manifest.dependencies).toEqual({});
  });
});

describe("the jobs Lambda as `sst deploy` bundles it", () => {
  let jobs: LambdaBundle;
  beforeAll(async () => {
    jobs = await built.build(use(Jobs).cron.jobFunction);
  });

  it("is built from the handler infra/Jobs.ts declares", () => {
    expect(jobs.handler).toBe(JOBS_HANDLER);
  });

  it("imports in a fresh Node process and runs a stream batch, the schedule's jobs and the nightly ones", async () => {
    const scheduled = { "detail-type": "Scheduled Event", source: "aws.events", detail: {} };
    const nightly = { chorus: "nightly" };
    const db = createDb({ table, endpoint: dynamo.endpoint });
    // The demo's responses wait in the fold queue; the stream brings one of them.
    const survey = "srv_demo_life811";
    const before = await Aggregate.read(db, Demo.ORG_ID, survey);
    expect(before.pending).toBeGreaterThan(0);
    const query = {
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": Keys.responsePartition(Demo.ORG_ID, survey) },
    };
    const { value: page } = await queryPages(db, query).next();
    const queued = page?.Items?.find((item: Record<string, unknown>) => item.gsi2pk);
    expect(queued).toBeDefined();
    // The attributes of its image that the fold reads (the record carries them all).
    const image = Object.fromEntries(
      ["pk", "sk", "type", "gsi2pk", "gsi2sk"].map((name) => [name, { S: String(queued?.[name]) }]),
    );
    // A stream record of an item that is neither waiting for effects nor for the fold is passed
    // over; the queued response is folded, its month with it.
    const stream = {
      Records: [
        {
          eventSource: "aws:dynamodb",
          dynamodb: {
            NewImage: { pk: { S: "ORG#org_demo" }, sk: { S: "ORG" }, type: { S: "org" } },
          },
        },
        {
          eventSource: "aws:dynamodb",
          dynamodb: { NewImage: image },
        },
      ],
    };
    // SES, as far as the bundled client can tell: an endpoint that takes every message.
    const mails: { FromEmailAddress: string; Destination: { ToAddresses: string[] } }[] = [];
    const ses = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        if (request.url === "/v2/email/outbound-emails") mails.push(JSON.parse(body));
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ MessageId: `m-${mails.length}` }));
      });
    });
    await new Promise<void>((done) => ses.listen(0, "127.0.0.1", done));
    const waiting = (await Outbox.list(db, Demo.ORG_ID)).length;
    expect(waiting).toBeGreaterThan(0);
    const from = "chorus@mail.example.org";
    const run = await invoke(jobs, [stream, scheduled, nightly], {
      ...environment(),
      CHORUS_MAIL_FROM: from,
      AWS_ENDPOINT_URL_SESV2: `http://127.0.0.1:${(ses.address() as AddressInfo).port}`,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    });
    ses.close();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    type Ran = { jobs: { name: string; ok: boolean; result: Record<string, number> }[] };
    const [streamed, swept, rebuilt] = (run.results ?? []) as unknown as [
      { finished: number; folded: number },
      Ran,
      Ran,
    ];
    expect(streamed.finished).toBe(0);
    expect(streamed.folded).toBeGreaterThan(0);
    expect(swept.jobs.map((job) => [job.name, job.ok])).toEqual([
      ["effects", true],
      ["expired", true],
      ["escalate", true],
      ["erasures", true],
      ["fold", true],
      ["mail", true],
    ]);
    // The nightly event runs the rebuild, then the retention purge, and nothing else; every
    // demo survey has numbers, and the demo's answers are too new for the purge to take any.
    expect(rebuilt.jobs.map((job) => [job.name, job.ok])).toEqual([
      ["rebuild", true],
      ["retention", true],
    ]);
    expect(rebuilt.jobs[0]?.result.surveys).toBeGreaterThanOrEqual(2);
    expect(rebuilt.jobs[1]?.result).toMatchObject({ organisations: 1, responses: 0, alerts: 0 });
    // Folded by the stream and the schedule, then recounted: the same numbers, none waiting.
    const after = await Aggregate.read(db, Demo.ORG_ID, survey);
    expect(after).toEqual({ cells: before.cells, pending: 0 });
    // Every waiting message went through SES once, from the stack's sender, and none is left.
    expect(swept.jobs.find((job) => job.name === "mail")?.result).toEqual({
      sent: waiting,
      failed: 0,
    });
    expect(mails).toHaveLength(waiting);
    expect(new Set(mails.map((mail) => mail.FromEmailAddress))).toEqual(new Set([from]));
    expect(await Outbox.deliver(db, async () => {})).toEqual({ sent: 0, failed: 0 });
    expect(logProblems(run.logs.join("\n"))).toEqual([]);
    const done = run.logs
      .map((line) => JSON.parse(line))
      .filter((line) => line.event === "job.done");
    expect(done.map((line) => line.job)).toEqual(
      [...swept.jobs, ...rebuilt.jobs].map((job) => job.name),
    );
  });

  it("carries no local-only code and no demo data", () => {
    const map = JSON.parse(readFileSync(`${jobs.entry}.map`, "utf8")) as { sources: string[] };
    const local = /dynalite|classic-level|leveldown|core\/src\/(demo|local|db\/local)/;
    expect(map.sources.filter((source) => local.test(source))).toEqual([]);
    expect(files(jobs.dir).filter((file) => file.endsWith(".node"))).toEqual([]);
  });
});

describe("the analytics export Lambda as `sst deploy` bundles it", () => {
  it("imports in a fresh Node process and asks DynamoDB for yesterday's incremental export", async () => {
    const exporter = await built.build(use(Analytics).exportCron.jobFunction);
    expect(exporter.handler).toBe(EXPORT_HANDLER);
    // DynamoDB's control plane, as far as the bundled client can tell.
    const asked: { target?: string; body: Record<string, unknown> }[] = [];
    const aws = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        asked.push({ target: request.headers["x-amz-target"] as string, body: JSON.parse(body) });
        response.setHeader("content-type", "application/x-amz-json-1.0");
        response.end(
          JSON.stringify({
            ExportDescription: { ExportArn: "arn:export/1", ExportStatus: "IN_PROGRESS" },
          }),
        );
      });
    });
    await new Promise<void>((done) => aws.listen(0, "127.0.0.1", done));
    const run = await invoke(exporter, [{ source: "aws.events" }], {
      CHORUS_TABLE_ARN: "arn:aws:dynamodb:eu-west-2:123456789012:table/chorus",
      CHORUS_EXPORT_BUCKET: "chorus-exports",
      AWS_REGION: "eu-west-2",
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${(aws.address() as AddressInfo).port}`,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    });
    aws.close();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.results).toEqual([{ exportArn: "arn:export/1", status: "IN_PROGRESS" }]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.target).toBe("DynamoDB_20120810.ExportTableToPointInTime");
    expect(asked[0]!.body).toMatchObject({
      TableArn: "arn:aws:dynamodb:eu-west-2:123456789012:table/chorus",
      S3Bucket: "chorus-exports",
      ExportType: "INCREMENTAL_EXPORT",
    });
  });
});
