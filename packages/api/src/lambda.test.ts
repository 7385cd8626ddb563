import { createDb } from "@chorus/core";
import { Demo, ensureTable, startLocalDynamo } from "@chorus/core/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpApiEvent as event } from "./lambda-event.js";

// The Lambda entry reads its table from the environment at import, as it does on AWS.
const dynamo = await startLocalDynamo();
const table = "lambda-test";
await ensureTable(dynamo.endpoint, table);
await Demo.seed(createDb({ table, endpoint: dynamo.endpoint }));

let handler: typeof import("./lambda.js").handler;
beforeAll(async () => {
  process.env.CHORUS_TABLE = table;
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  ({ handler } = await import("./lambda.js"));
});
afterAll(() => dynamo.close());

describe("the Lambda handler", () => {
  it("answers an API Gateway v2 event from the same Hono app", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the event type is the adapter's, not ours
    const result = (await handler(event("GET", "/api/s/demo811") as any, {} as any)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body).survey.title.en).toBe("My life in care");
  });

  it("keeps the JSON error contract on Lambda", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const result = (await handler(event("GET", "/api/s/NOPE999") as any, {} as any)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(404);
    expect(JSON.parse(result.body).error.code).toBe("survey.not_found");
  });
});
