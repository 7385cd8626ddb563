import { Worker } from "node:worker_threads";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { keyAttributes, TableShape } from "./table.js";

export interface LocalDynamo {
  endpoint: string;
  /** `dynalite` in this process, or the shared `endpoint` named by CHORUS_TEST_DYNAMODB_ENDPOINT. */
  kind: "dynalite" | "endpoint";
  close(): Promise<void>;
}

/**
 * Starts dynalite, a DynamoDB-compatible server, on a worker thread of this process. With
 * `path` the data is kept on disk (LevelDB); without it the data lives in memory, which is what
 * tests use.
 *
 * A thread rather than this thread: dynalite parses, validates and answers every request in
 * JavaScript, and LevelDB's native calls can wait on its lock, so on the API's own event loop
 * each query competed with the requests it served. A thread rather than a process: it cannot
 * outlive this one, whatever kills it.
 *
 * Tests run on a second implementation too: when `CHORUS_TEST_DYNAMODB_ENDPOINT` is set (by
 * `scripts/test-dynamodb-local.sh`, to Amazon's DynamoDB Local), an in-memory start returns that
 * endpoint instead, shared by every test file, and `close` leaves it running. The switch lives
 * here, not in each test, so that every suite that starts a database takes part, new ones too.
 * Each test file makes its own tables, under names no other file uses; see docs/dynamodb-local.md.
 */
export async function startLocalDynamo(
  options: { path?: string; port?: number } = {},
): Promise<LocalDynamo> {
  const shared = process.env.CHORUS_TEST_DYNAMODB_ENDPOINT;
  if (shared && options.path === undefined && options.port === undefined) {
    return { endpoint: shared, kind: "endpoint", close: async () => {} };
  }
  const worker = new Worker(new URL("./dynalite-thread.cjs", import.meta.url), {
    workerData: { path: options.path, port: options.port ?? 0 },
    // Nothing of this process's loaders (tsx, test runners) is needed to run plain CommonJS.
    execArgv: [],
  });
  const exited = new Promise<number>((done) => worker.once("exit", done));
  const port = await new Promise<number>((done, fail) => {
    worker.once("message", (message: { port: number }) => done(message.port));
    worker.once("error", fail);
    void exited.then((code) => fail(new Error(`dynalite's thread stopped (exit code ${code})`)));
  });
  // From here on an error in the store is unhandled, as it was on this thread: loud, not lost.
  worker.removeAllListeners("error");
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    kind: "dynalite",
    close: () =>
      (closing ??= (async () => {
        worker.postMessage("close");
        const code = await exited;
        if (code !== 0) throw new Error(`dynalite's thread stopped with exit code ${code}`);
      })()),
  };
}

/** Creates the table with the shared shape unless it exists. Used locally and in tests only. */
export async function ensureTable(endpoint: string, table: string): Promise<"created" | "exists"> {
  const client = new DynamoDBClient({
    endpoint,
    region: "eu-west-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return "exists";
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await createTable(client, table);
    await untilActive(client, table);
    return "created";
  } finally {
    client.destroy();
  }
}

/**
 * dynalite answers CreateTable while the table is still CREATING and turns it ACTIVE a moment
 * later; on a busy machine the first read can land in between and be told the table is missing.
 */
async function untilActive(client: DynamoDBClient, table: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`Table ${table} did not become active`);
}

function createTable(client: DynamoDBClient, table: string) {
  return client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: keyAttributes.map((name) => ({
        AttributeName: name,
        AttributeType: "S",
      })),
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
        Projection: { ProjectionType: "ALL" },
      })),
    }),
  );
}
