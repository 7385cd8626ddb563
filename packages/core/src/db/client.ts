import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { Keys } from "./keys.js";

/** Everything core needs to reach its data, passed in from the edge (server, Lambda, tests). */
export interface Db {
  readonly doc: DynamoDBDocumentClient;
  readonly table: string;
  /** The clock, so tests and jobs can fix time. */
  readonly now: () => Date;
}

export interface DbConfig {
  /** Table name. */
  table: string;
  /** A DynamoDB-compatible endpoint (dynalite locally); omit on AWS. */
  endpoint?: string;
  region?: string;
  now?: () => Date;
}

export function createDb(config: DbConfig): Db {
  const client = new DynamoDBClient({
    region: config.region ?? process.env.AWS_REGION ?? "eu-west-2",
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          // dynalite accepts any credentials; fixed ones keep the SDK from searching for real ones.
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, table: config.table, now: config.now ?? (() => new Date()) };
}

/** Resolves once the table answers a read; used by the health check. */
export async function ping(db: Db): Promise<void> {
  await db.doc.send(new GetCommand({ TableName: db.table, Key: Keys.health() }));
}
