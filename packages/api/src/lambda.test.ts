import { createDb } from "@chorus/core";
import { Demo, ensureTable, startLocalDynamo } from "@chorus/core/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The Lambda entry reads its table from the environment at import, as it does on AWS.
const dynamo = await startLocalDynamo();
const table = "lambda-test";
await ensureTable(dynamo.endpoint, table);
await Demo.seed(createDb({ table, endpoint: dynamo.endpoint }));

let handler: typeof import("./lambda.js").handler;
beforeAll(async () => {
  process.env.CHORUS_TABLE = table;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
  process.env.AWS_ACCESS_KEY_ID = "local";
  process.env.AWS_SECRET_ACCESS_KEY = "local";
  ({ handler } = await import("./lambda.js"));
});
afterAll(() => dynamo.close());

/** A minimal API Gateway HTTP API (payload v2) event. */
function event(method: string, path: string, body?: unknown) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: {
      host: "abc.execute-api.eu-west-2.amazonaws.com",
      "content-type": "application/json",
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc",
      domainName: "abc.execute-api.eu-west-2.amazonaws.com",
      domainPrefix: "abc",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.1", userAgent: "test" },
      requestId: "req-1",
      routeKey: "$default",
      stage: "$default",
      time: "23/Nov/2026:10:00:00 +0000",
      timeEpoch: 1795428000000,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

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
