/**
 * What Chorus relies on from DynamoDB, and where its two local implementations differ. `vitest run`
 * runs this on dynalite; `pnpm test:ddb` runs it on Amazon's DynamoDB Local, which behaves like
 * AWS in each case below. An upgrade of either that changes one of these answers fails here, by
 * name; docs/dynamodb-local.md keeps the same list in prose.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AttributeValue,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isConditionFailed } from "./condition.js";
import { ensureTable, startLocalDynamo } from "./local.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
const TableName = "implementations-core";
await ensureTable(dynamo.endpoint, TableName);
const client = new DynamoDBClient({
  endpoint: dynamo.endpoint,
  region: "eu-west-2",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
afterAll(() => client.destroy());

/** Whether this run talks to DynamoDB Local (the shared endpoint) rather than dynalite. */
const onDynamoDb = dynamo.kind === "endpoint";

const S = (value: string): AttributeValue => ({ S: value });
const put = (item: Record<string, AttributeValue>, extra: object = {}) =>
  client.send(new PutItemCommand({ TableName, Item: { pk: S("p"), ...item }, ...extra }));
const update = (sk: string, expression: string, values: Record<string, AttributeValue>) =>
  client.send(
    new UpdateItemCommand({
      TableName,
      Key: { pk: S("p"), sk: S(sk) },
      UpdateExpression: expression,
      ExpressionAttributeValues: values,
    }),
  );
/** The error a request is refused with, or "accepted". */
const outcome = (request: Promise<unknown>) =>
  request.then(
    () => "accepted",
    (error: Error) => error.name,
  );

/** A map `levels` deep with a string at the bottom. */
function nested(levels: number): AttributeValue {
  let value: AttributeValue = S("bottom");
  for (let level = 0; level < levels; level++) value = { M: { inner: value } };
  return value;
}

describe("the test database", () => {
  it("is the endpoint in CHORUS_TEST_DYNAMODB_ENDPOINT for in-memory starts, dynalite otherwise", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "chorus-db-"));
    vi.stubEnv("CHORUS_TEST_DYNAMODB_ENDPOINT", "http://127.0.0.1:9");
    try {
      const shared = await startLocalDynamo();
      expect(shared).toMatchObject({ endpoint: "http://127.0.0.1:9", kind: "endpoint" });
      // `pnpm start` keeps its own data: a data directory always means dynalite.
      const onDisk = await startLocalDynamo({ path: dataDir });
      expect(onDisk.kind).toBe("dynalite");
      await onDisk.close();
    } finally {
      vi.unstubAllEnvs();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("the same on both implementations", () => {
  it("refuses a conditional write with ConditionalCheckFailedException", async () => {
    await put({ sk: S("condition") });
    const refused = await put(
      { sk: S("condition") },
      {
        ConditionExpression: "attribute_not_exists(pk)",
      },
    ).catch((error: unknown) => error);
    expect(isConditionFailed(refused)).toBe(true);
  });

  it("refuses a consistent read of a global secondary index", async () => {
    const query = new QueryCommand({
      TableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :key",
      ExpressionAttributeValues: { ":key": S("EMAIL#a@b.test") },
      ConsistentRead: true,
    });
    expect(await outcome(client.send(query))).toBe("ValidationException");
  });

  it("refuses reserved words used bare in expressions, and ADD to a string", async () => {
    expect(await outcome(update("words", "SET type = :v", { ":v": S("x") }))).toBe(
      "ValidationException",
    );
    expect(await outcome(update("words", "ADD count :one", { ":one": { N: "1" } }))).toBe(
      "ValidationException",
    );
    await put({ sk: S("text"), n: S("not a number") });
    expect(await outcome(update("text", "ADD n :one", { ":one": { N: "1" } }))).toBe(
      "ValidationException",
    );
  });

  it("refuses an expression value that no expression uses", async () => {
    expect(await outcome(update("unused", "SET a = :a", { ":a": S("1"), ":b": S("2") }))).toBe(
      "ValidationException",
    );
  });

  it("limits the table's keys: 2048 bytes to the partition key, 1024 to the sort key, none empty", async () => {
    expect(await outcome(put({ pk: S("k".repeat(2048)), sk: S("s".repeat(1024)) }))).toBe(
      "accepted",
    );
    expect(await outcome(put({ pk: S("k".repeat(2049)), sk: S("s") }))).toBe("ValidationException");
    expect(await outcome(put({ sk: S("s".repeat(1025)) }))).toBe("ValidationException");
    expect(await outcome(put({ sk: S("") }))).toBe("ValidationException");
    const get = new GetItemCommand({ TableName, Key: { pk: S("p"), sk: S("s".repeat(1025)) } });
    expect(await outcome(client.send(get))).toBe("ValidationException");
  });

  it("keeps one set of tables whatever the region and credentials (DynamoDB Local: -sharedDb)", async () => {
    // AWS_REGION in a developer's shell must not hide the tables that ensureTable made.
    const elsewhere = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "someoneElse", secretAccessKey: "other" },
    });
    await put({ sk: S("shared"), value: S("seen") });
    const { Item } = await elsewhere.send(
      new GetItemCommand({ TableName, Key: { pk: S("p"), sk: S("shared") } }),
    );
    elsewhere.destroy();
    expect(Item?.value).toEqual(S("seen"));
  });

  it("names a missing table ResourceNotFoundException (in other words on each)", async () => {
    const get = new GetItemCommand({ TableName: "no-such-table", Key: { pk: S("p"), sk: S("s") } });
    expect(await outcome(client.send(get))).toBe("ResourceNotFoundException");
  });
});

describe("where DynamoDB (and DynamoDB Local) differs from dynalite", () => {
  const refusedOnDynamoDb = onDynamoDb ? "ValidationException" : "accepted";

  it("stores attributes nested at most 32 levels; dynalite has no limit", async () => {
    expect(await outcome(put({ sk: S("nest31"), value: nested(31) }))).toBe("accepted");
    expect(await outcome(put({ sk: S("nest32"), value: nested(32) }))).toBe(refusedOnDynamoDb);
  });

  it("limits index keys as it limits table keys; dynalite does not", async () => {
    const indexed = (sk: string, gsi1pk: string, gsi1sk: string) =>
      put({ sk: S(sk), gsi1pk: S(gsi1pk), gsi1sk: S(gsi1sk) });
    expect(await outcome(indexed("index-ok", "g".repeat(2048), "s".repeat(1024)))).toBe("accepted");
    expect(await outcome(indexed("index-long-pk", "g".repeat(2049), "s"))).toBe(refusedOnDynamoDb);
    expect(await outcome(indexed("index-long-sk", "g", "s".repeat(1025)))).toBe(refusedOnDynamoDb);
  });

  it("refuses an empty string as an index key; dynalite stores the item", async () => {
    expect(await outcome(put({ sk: S("index-empty"), gsi1pk: S(""), gsi1sk: S("s") }))).toBe(
      refusedOnDynamoDb,
    );
  });

  it("hands back the item that failed a condition when asked; dynalite does not", async () => {
    await put({ sk: S("failed"), value: S("kept") });
    const refused = await put(
      { sk: S("failed") },
      {
        ConditionExpression: "attribute_not_exists(pk)",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      },
    ).catch((error: { Item?: Record<string, AttributeValue> }) => error);
    expect(isConditionFailed(refused)).toBe(true);
    expect((refused as { Item?: unknown }).Item).toEqual(
      onDynamoDb ? { pk: S("p"), sk: S("failed"), value: S("kept") } : undefined,
    );
  });

  it("knows transactions; dynalite does not (so Chorus uses none)", async () => {
    const transaction = new TransactWriteItemsCommand({
      TransactItems: [{ Put: { TableName, Item: { pk: S("p"), sk: S("transaction") } } }],
    });
    expect(await outcome(client.send(transaction))).toBe(
      onDynamoDb ? "accepted" : "UnknownOperationException",
    );
  });
});
