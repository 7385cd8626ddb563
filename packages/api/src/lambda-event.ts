/**
 * A minimal API Gateway HTTP API (payload v2) event, what the `$default` route hands the Lambda.
 * Test-only: the Lambda tests call the handler with it, in process (lambda.test.ts) and through
 * the bundle `sst deploy` builds (infra/lambda-bundle.test.ts).
 */
export function httpApiEvent(method: string, path: string, body?: unknown) {
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
