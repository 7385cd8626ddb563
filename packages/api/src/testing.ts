/**
 * Test set-up shared by the API tests: a real dynalite in this process (in memory), or the
 * DynamoDB named by CHORUS_TEST_DYNAMODB_ENDPOINT (see startLocalDynamo), a fresh table, the demo
 * data, and the app. Nothing here mocks the database.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db, Org, Sso, Staff, uuidv7 } from "@chorus/core";
import { myLifeInCare } from "@chorus/core/demo/surveys";
import { Demo, diskAudioStore, ensureTable, startLocalDynamo } from "@chorus/core/local";
import { afterAll } from "vitest";
import { createApp } from "./app.js";

let dynamo: Promise<Awaited<ReturnType<typeof startLocalDynamo>>> | undefined;
let tables = 0;
// Test files share one DynamoDB Local; a process id alone could come round again.
const run = randomBytes(3).toString("hex");

/** A seeded app on its own table; the database server is shared by a test file. */
export async function seededApp(options: { now?: () => Date } = {}) {
  dynamo ??= startLocalDynamo();
  const { endpoint } = await dynamo;
  const table = `test-${process.pid}-${run}-${++tables}`;
  await ensureTable(endpoint, table);
  const db = createDb({ table, endpoint, now: options.now });
  await Demo.seed(db);
  await seedOtherOrg(db);
  // Recordings on disk, as `pnpm start` keeps them: a folder of this table's own.
  const audio = diskAudioStore(mkdtempSync(join(tmpdir(), "chorus-audio-")));
  return { app: createApp({ db, audio, domainProof: Sso.localProof() }), db, audio };
}

/** A second council, so tests can prove that nothing crosses between organisations. */
export const OTHER = {
  orgId: "org_other",
  orgName: "Other Borough",
  surveyId: "srv_other_life",
  code: "OTHERCODE",
  staff: [
    {
      id: "stf_other_admin",
      email: "admin@other.chorus.test",
      name: "Other Admin",
      roles: ["admin"],
    },
    {
      id: "stf_other_all",
      email: "all@other.chorus.test",
      name: "Other All",
      roles: ["admin", "officer", "leader", "safeguarding"],
    },
  ],
} as const;

async function seedOtherOrg(db: Db) {
  await Sso.claimDomain(db, OTHER.orgId, "other.chorus.test");
  for (const staff of OTHER.staff) {
    await Staff.create(db, {
      ...staff,
      roles: [...staff.roles],
      orgId: OTHER.orgId,
      password: Demo.PASSWORD,
    });
  }
  await Demo.seedPublished(db, {
    orgId: OTHER.orgId,
    code: OTHER.code,
    definition: {
      ...myLifeInCare,
      surveyId: OTHER.surveyId,
      title: { en: "Other borough survey" },
    },
  });
  await Org.create(db, { id: OTHER.orgId, name: OTHER.orgName, minGroupSize: 5 });
}

afterAll(async () => {
  await (await dynamo)?.close();
});

type App = ReturnType<typeof createApp>;
let clients = 0;

/** The session cookie of a fresh sign-in, for a request that must read raw bytes. */
export async function sessionCookie(app: App, email: string) {
  const response = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ email, password: Demo.PASSWORD }),
  });
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/** Signs in as a member of staff and returns their request helper. */
export async function signedIn(app: App, email: string, password: string = Demo.PASSWORD) {
  const request = client(app);
  const { status } = await request("POST", "/api/auth/login", { email, password });
  if (status !== 200) throw new Error(`sign-in as ${email} answered ${status}`);
  return request;
}

/** JSON request helper that keeps a cookie jar, like a browser would. */
export function client(app: App, options: { ip?: string } = {}) {
  let cookie = "";
  // Each client looks like its own device, so rate limits in one test do not leak into another.
  const ip = options.ip ?? `198.51.100.${++clients % 250}`;
  return async function request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await app.request(path, {
      method,
      headers: {
        // What a browser on the Chorus site itself sends with every fetch.
        "sec-fetch-site": "same-origin",
        "x-forwarded-for": ip,
        ...(body === undefined
          ? {}
          : { "content-type": body instanceof Uint8Array ? "audio/wav" : "application/json" }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      // Bytes (a recording) go as they are; anything else as JSON.
      body:
        body === undefined || typeof body === "string" || body instanceof Uint8Array
          ? (body as BodyInit | undefined)
          : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0]!;
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      // Non-JSON answers (a CSV download) come back as their text.
      json:
        text && response.headers.get("content-type")?.includes("json")
          ? JSON.parse(text)
          : text || null,
    };
  };
}

/** A child's response body with these answers, started a minute before `at` and sent at `at`. */
export function responseBody(answers: Record<string, unknown>, at = new Date(), language = "en") {
  return {
    id: uuidv7(at.getTime()),
    language,
    startedAt: new Date(at.getTime() - 60_000).toISOString(),
    submittedAt: at.toISOString(),
    answers,
  };
}
