import { once } from "node:events";
import type { AddressInfo } from "node:net";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { keyAttributes, TableShape } from "./table.js";

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite, a DynamoDB-compatible server, inside this process. With `path` the data is
 * kept on disk (LevelDB); without it the data lives in memory, which is what tests use.
 */
export async function startLocalDynamo(options: { path?: string; port?: number } = {}) {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0 });
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error?: Error) => (error ? reject(error) : resolve())),
      ),
  } satisfies LocalDynamo;
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
 * dynalite answers CreateTable while the table is still CREATING and refuses reads until it is
 * ACTIVE a moment later; on a busy machine the first read could land in that moment.
 */
async function untilActive(client: DynamoDBClient, table: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`Table ${table} did not become active.`);
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
