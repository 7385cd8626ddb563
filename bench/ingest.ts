// How fast the child's submit path takes answers, next to the fastest the store itself can go:
// responses/s through POST /api/s/DEMO811/responses over real HTTP, and raw conditional PutItem
// of the same stored item straight into the same embedded store, at each concurrency, rounds
// interleaved so a noisy machine hurts both alike. The stack runs in its own process, started as
// `pnpm start` starts it (startChorus on an on-disk store); this process only makes the load.
// CPU per request (server process, all its threads; and this process) is printed too: on a
// shared machine it moves far less than requests per second do.
//   pnpm bench:ingest                              3 rounds, median per row
//   INGEST_ROUNDS=5 INGEST_N=2000 pnpm bench:ingest
//   INGEST_PROFILE=/tmp/ingest.cpuprofile pnpm bench:ingest   then the server's CPU profile of
//                                                  N more responses at c=8, summarised by package
import { type ChildProcess, fork } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { Response, uuidv7 } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { summarise } from "./cpu-profile.js";

const CONCURRENCY = [1, 8, 32];
const ROUNDS = Number(process.env.INGEST_ROUNDS ?? 3);
const N = Number(process.env.INGEST_N ?? 1000);
const PROFILE = process.env.INGEST_PROFILE;
const [ORG, SURVEY, TABLE] = ["org_demo", "srv_demo_life811", "chorus"];
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/** The server side: the local stack exactly as `pnpm start` builds it, in this child process. */
async function serve() {
  const { startChorus } = await import("../packages/api/src/local.js");
  const chorus = await startChorus({
    port: 0,
    dataDir: process.argv[3]!,
    buildWeb: false,
    jobs: false,
  });
  const inspector = new Session();
  inspector.connect();
  const call = (method: string) =>
    new Promise<unknown>((done, fail) =>
      inspector.post(method, (error, result) => (error ? fail(error) : done(result))),
    );
  process.on("message", async (message: string) => {
    if (message === "cpu") process.send!({ cpu: process.cpuUsage() });
    if (message === "profile") await call("Profiler.enable").then(() => call("Profiler.start"));
  });
  process.once("disconnect", async () => {
    if (PROFILE) {
      const { profile } = (await call("Profiler.stop")) as { profile: object };
      writeFileSync(PROFILE, JSON.stringify(profile));
    }
    await chorus.close();
    process.exit(0);
  });
  process.send!({ url: chorus.url, endpoint: chorus.endpoint });
}

function body() {
  const now = new Date();
  return JSON.stringify({
    id: uuidv7(),
    language: "en",
    ageBand: "8-11",
    startedAt: new Date(now.getTime() - 300_000).toISOString(),
    submittedAt: now.toISOString(),
    answers: { "feel-home": 4, "feel-safe": "yes", "trusted-adult": "carer", "one-thing": "A dog" },
  });
}

async function post(url: string, payload = body()) {
  const response = await fetch(`${url}/api/s/DEMO811/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: payload,
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${text}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "chorus-ingest-"));
  const server: ChildProcess = fork(import.meta.filename, ["serve", dataDir], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = async <T>(message: string) => {
    server.send(message);
    return ((await once(server, "message")) as [T])[0];
  };
  const serverCpu = async () => cpuMs((await ask<{ cpu: NodeJS.CpuUsage }>("cpu")).cpu);

  /** Runs `total` calls of `one`, `concurrency` at a time: calls/s and CPU ms per call. */
  async function drive(concurrency: number, total: number, one: () => Promise<void>) {
    let started = 0;
    const [serverBefore, ownBefore] = [await serverCpu(), process.cpuUsage()];
    const begin = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (started++ < total) await one();
      }),
    );
    const seconds = (performance.now() - begin) / 1000;
    const server = ((await serverCpu()) - serverBefore) / total;
    return { rate: total / seconds, server, client: cpuMs(process.cpuUsage(ownBefore)) / total };
  }

  try {
    const [{ url, endpoint }] = (await once(server, "message")) as [
      { url: string; endpoint: string },
    ];
    const raw = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint,
        region: "eu-west-2",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
      { marshallOptions: { removeUndefinedValues: true } },
    );

    // The raw put writes what the API stored, with a fresh id (and a fingerprint of equal size).
    const sample = body();
    await post(url, sample);
    const { id } = JSON.parse(sample) as { id: string };
    const { Item: stored } = await raw.send(
      new GetCommand({ TableName: TABLE, Key: Keys.response(ORG, SURVEY, Response.storedId(id)) }),
    );
    if (!stored) throw new Error("The API's response was not stored");
    const put = async () => {
      const id = uuidv7();
      await raw.send(
        new PutCommand({
          TableName: TABLE,
          Item: {
            ...stored,
            ...Keys.response(ORG, SURVEY, Response.storedId(id)),
            id: Response.storedId(id),
            bodyHash: createHash("sha256").update(randomUUID()).digest("hex"),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    };
    const respond = () => post(url);

    // Warm both paths (JIT, caches, sockets) before anything is counted.
    await drive(8, 300, respond);
    await drive(8, 300, put);

    type Row = Record<"api" | "raw" | "ratio" | "apiCpu" | "rawCpu", number[]>;
    const rows = new Map<number, Row>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const concurrency of CONCURRENCY) {
        const total = concurrency === 1 ? Math.ceil(N / 3) : N;
        // Alternate which goes first, so neither always meets a store still settling.
        const apiFirst = round % 2 === 0;
        const first = await drive(concurrency, total, apiFirst ? respond : put);
        const second = await drive(concurrency, total, apiFirst ? put : respond);
        const [api, rawPut] = apiFirst ? [first, second] : [second, first];
        const row = rows.get(concurrency) ?? {
          api: [],
          raw: [],
          ratio: [],
          apiCpu: [],
          rawCpu: [],
        };
        row.api.push(api.rate);
        row.raw.push(rawPut.rate);
        row.ratio.push(api.rate / rawPut.rate);
        row.apiCpu.push(api.server);
        row.rawCpu.push(rawPut.server);
        rows.set(concurrency, row);
        console.log(
          `round ${round + 1}  c=${String(concurrency).padEnd(2)}  api ${api.rate.toFixed(0).padStart(5)}/s  raw ${rawPut.rate.toFixed(0).padStart(5)}/s  ${(api.rate / rawPut.rate).toFixed(2)}x  (load maker's CPU ms per call: api ${api.client.toFixed(2)}, raw ${rawPut.client.toFixed(2)})`,
        );
      }
    }

    const cell = (values: number[], digits = 0) => median(values).toFixed(digits);
    console.log(`\nMedian of ${ROUNDS} rounds (${N} requests a row, ${Math.ceil(N / 3)} at c=1)`);
    console.log(
      "| concurrency | responses/s | raw PutItem/s | ratio | server CPU ms per response | per raw put |",
    );
    console.log("|---|---|---|---|---|---|");
    for (const [concurrency, row] of rows) {
      console.log(
        `| ${concurrency} | ${cell(row.api)} | ${cell(row.raw)} | ${cell(row.ratio, 2)}x | ${cell(row.apiCpu, 2)} | ${cell(row.rawCpu, 2)} |`,
      );
    }
    raw.destroy();
    if (PROFILE) {
      // A profile of the submit path alone, after the measured rounds.
      server.send("profile");
      await drive(8, N, respond);
    }
  } finally {
    server.disconnect();
    await once(server, "exit");
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (PROFILE) summarise(PROFILE);
}

if (process.argv[2] === "serve") await serve();
else await main();
