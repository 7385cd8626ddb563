/**
 * Test set-up shared by the API tests: a real dynalite in this process (in memory), a fresh
 * table, the demo data, and the app. Nothing here mocks the database.
 */
import { createDb, Demo, ensureTable, startLocalDynamo } from "@chorus/core";
import { afterAll } from "vitest";
import { createApp } from "./app.js";

let dynamo: Promise<Awaited<ReturnType<typeof startLocalDynamo>>> | undefined;
let tables = 0;

/** A seeded app on its own table; the database server is shared by a test file. */
export async function seededApp(options: { now?: () => Date } = {}) {
  dynamo ??= startLocalDynamo();
  const { endpoint } = await dynamo;
  const table = `test-${process.pid}-${++tables}`;
  await ensureTable(endpoint, table);
  const db = createDb({ table, endpoint, now: options.now });
  await Demo.seed(db);
  return { app: createApp({ db }), db };
}

afterAll(async () => {
  await (await dynamo)?.close();
});

type App = ReturnType<typeof createApp>;

/** JSON request helper that keeps a cookie jar, like a browser would. */
export function client(app: App) {
  let cookie = "";
  return async function request(method: string, path: string, body?: unknown) {
    const response = await app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0]!;
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : null,
    };
  };
}
