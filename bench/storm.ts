// A storm of children's responses while the server keeps dying: 10,000 responses at concurrency
// 24, half through the code DEMO811 and half through one tablet session, a third of them resent
// on purpose (half at the same moment as their first send, half after aborting it mid-flight).
// Meanwhile `kill -9` takes down the whole `pnpm start` process group three times, and it is
// started again on the same data each time. The client behaves like the child's outbox: it keeps
// a response until a 200/201 naming its id comes back, retrying through refused connections.
// At each kill two tablets in the middle of a send are "lost" (they never send again), so what
// they left pending is for the sweeper alone. At the end the server's own sweep timer gets its
// chance, the server is stopped, and the LevelDB files are opened directly to count what is
// stored and what the effects counted.
//   pnpm bench:storm                 (STORM_N=500 pnpm bench:storm for a quick run)
// A full run (10,000) rewrites the "Storm" section of docs/measurements.md.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildWebIfStale } from "../packages/api/src/local.js";
import { Keys } from "../packages/core/src/db/keys.js";
import { fingerprint } from "../packages/core/src/db/once.js";
import { queryPages, scanAll } from "../packages/core/src/db/query.js";
import { createDb, Effects, Jobs, Response, uuidv7 } from "../packages/core/src/index.js";
import { Demo, startLocalDynamo } from "../packages/core/src/local.js";
import { Server } from "./storm-server.js";

const FULL = 10_000;
const N = Number(process.env.STORM_N ?? FULL);
const CONCURRENCY = 24;
const KILLS = 3;
/** Every loop below ends by this time, whatever the server does. */
const DEADLINE = Date.now() + 30 * 60_000;
/** After a start, by when `pnpm start`'s sweep timer (every 30 s) has run once. */
const SWEEP_WAIT_MS = 35_000;

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "chorus-storm-"));
const dataDir = join(work, "data");
// The SDK's notice that its 2027 releases need Node 22, as `pnpm start` silences it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

// ---- the tablet session, started by the demo officer ----------------------------------------

async function startTabletSession(url: string) {
  const sameSite = { "content-type": "application/json", "sec-fetch-site": "same-origin" };
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: sameSite,
    body: JSON.stringify({ email: "officer@demo.chorus.test", password: Demo.PASSWORD }),
  });
  if (!login.ok) throw new Error(`Officer sign-in: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]);
  const session = {
    id: `tab_storm${randomBytes(6).toString("hex")}`,
    distributionId: "dst_seedDEMO811",
    label: "Storm tablet",
    pin: "1234",
    token: randomBytes(32).toString("base64url"),
  };
  const started = await fetch(`${url}/api/tablet-sessions`, {
    method: "POST",
    headers: { ...sameSite, cookie: cookie.join("; ") },
    body: JSON.stringify(session),
  });
  if (started.status !== 201) throw new Error(`Tablet session: ${started.status}`);
  return session;
}

// ---- the client: an outbox per response ------------------------------------------------------

type Resend = "none" | "concurrent" | "aborted";
interface Outgoing {
  id: string;
  tablet: boolean;
  path: string;
  body: string;
  hash: string;
  resend: Resend;
}

const stats = {
  requests: 0,
  created: 0,
  duplicate: 0,
  refusedConnection: 0,
  otherNetworkErrors: 0,
  abortedOnPurpose: 0,
  serverErrors: 0,
  inFlight: 0,
};
const acked = new Set<string>();
/** Responses with a request under way, and how many. */
const inFlight = new Map<Outgoing, number>();
/** Devices that went away at a kill, mid-send: what they started only the sweeper finishes. */
const gone = new Set<string>();
const createdTimes = new Map<string, number>();
const refused = new Map<string, number>();

function outgoing(code: string, token: string): Outgoing {
  const now = Date.now();
  const body = {
    id: uuidv7(now),
    language: "en",
    startedAt: new Date(now - 60_000 - Math.floor(Math.random() * 600_000)).toISOString(),
    submittedAt: new Date(now).toISOString(),
    answers: {
      "feel-home": 1 + Math.floor(Math.random() * 5),
      "feel-safe": pick(["yes", "no", "notSure"]),
      "trusted-adult": pick(["carer", "social-worker", "teacher", "friend", "nobody"]),
      "one-thing": randomBytes(8).toString("hex"),
    },
  };
  const tablet = Math.random() < 0.5;
  const roll = Math.random();
  return {
    id: body.id,
    tablet,
    path: tablet ? `/api/t/${token}/responses` : `/api/s/${code}/responses`,
    body: JSON.stringify(body),
    hash: fingerprint(body),
    resend: roll < 1 / 6 ? "concurrent" : roll < 1 / 3 ? "aborted" : "none",
  };
}

/** One POST: "acked" only for a 200/201 naming the id, as the child's outbox requires. */
async function post(server: Server, item: Outgoing, abortAfterMs?: number) {
  stats.requests++;
  stats.inFlight++;
  inFlight.set(item, (inFlight.get(item) ?? 0) + 1);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), abortAfterMs ?? 30_000);
  try {
    const res = await fetch(`${server.url}${item.path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: item.body,
      signal: controller.signal,
    });
    const text = await res.text();
    if (res.status === 200 || res.status === 201) {
      const answer = JSON.parse(text) as { id?: string };
      if (answer.id !== item.id) return "retry";
      if (res.status === 201) {
        stats.created++;
        createdTimes.set(item.id, (createdTimes.get(item.id) ?? 0) + 1);
      } else stats.duplicate++;
      acked.add(item.id);
      return "acked";
    }
    if (res.status >= 500 || res.status === 429) {
      stats.serverErrors++;
      return "retry";
    }
    const code = text.match(/"code":"([^"]+)"/)?.[1];
    refused.set(`${res.status} ${code}`, (refused.get(`${res.status} ${code}`) ?? 0) + 1);
    return "refused";
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    if (abortAfterMs !== undefined && controller.signal.aborted) stats.abortedOnPurpose++;
    else if (cause === "ECONNREFUSED") stats.refusedConnection++;
    else stats.otherNetworkErrors++;
    return "retry";
  } finally {
    clearTimeout(timer);
    stats.inFlight--;
    const left = (inFlight.get(item) ?? 1) - 1;
    if (left > 0) inFlight.set(item, left);
    else inFlight.delete(item);
  }
}

/** Sends one response until the server confirms it, with the deliberate resends. */
async function deliver(server: Server, item: Outgoing) {
  if (item.resend === "concurrent") {
    const both = await Promise.all([post(server, item), post(server, item)]);
    if (both.includes("acked")) return;
  } else if (item.resend === "aborted") {
    // Whatever the cut-off send achieved, the device sends again: it never heard back.
    await post(server, item, 1 + Math.floor(Math.random() * 15));
  }
  for (let attempt = 0; Date.now() < DEADLINE; attempt++) {
    if (gone.has(item.id)) return;
    const outcome = await post(server, item);
    if (outcome !== "retry" || gone.has(item.id)) return;
    const ceiling = Math.min(1000, 20 * 2 ** attempt);
    await sleep(ceiling / 2 + (Math.random() * ceiling) / 2);
  }
}

// ---- the storm ------------------------------------------------------------------------------

interface Kill {
  afterAcked: number;
  inFlight: number;
  downMs: number;
}

async function storm(server: Server, items: Outgoing[]) {
  const kills: Kill[] = [];
  let next = 0;
  let done = false;
  const worker = async () => {
    while (next < items.length && Date.now() < DEADLINE) await deliver(server, items[next++]!);
  };
  // One random point in each of three equal stretches between 10 % and 90 % of the
  // acknowledgements, with a little jitter after it.
  const stretch = 0.8 / KILLS;
  const marks = Array.from({ length: KILLS }, (_, k) =>
    Math.floor(N * (0.1 + stretch * (k + Math.random()))),
  );
  const killer = async () => {
    for (const mark of marks) {
      while (acked.size < mark && !done) await sleep(10);
      if (done) return;
      await sleep(Math.random() * 200);
      const kill = { afterAcked: acked.size, inFlight: stats.inFlight };
      const sending = [...inFlight.keys()].filter((i) => i.tablet && !acked.has(i.id));
      for (const item of sending.sort(() => Math.random() - 0.5).slice(0, 2)) gone.add(item.id);
      const down = performance.now();
      await server.stop("SIGKILL");
      await sleep(Math.random() * 1000);
      await server.start();
      kills.push({ ...kill, downMs: performance.now() - down });
    }
  };
  const killing = killer();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  done = true;
  await killing;
  return kills;
}

/**
 * Gives `pnpm start`'s sweep timer its chance: its first run is 30 s after the last start, and
 * after it nothing a lost device left should be pending. Reads the session's count before and
 * after, as the officer's screen would.
 */
async function awaitSweep(server: Server, token: string) {
  const participants = async () => {
    const res = await fetch(`${server.url}/api/t/${token}`);
    return ((await res.json()) as { session: { participants: number } }).session.participants;
  };
  const before = await participants();
  if ([...gone].some((id) => !acked.has(id))) {
    await sleep(Math.max(0, server.startedAt + SWEEP_WAIT_MS - performance.now()));
  }
  return { before, after: await participants() };
}

// ---- counting, straight from the data on disk ------------------------------------------------

async function count(items: Outgoing[], sessionId: string) {
  const dynamo = await startLocalDynamo({ path: join(dataDir, "dynamodb") });
  const db = createDb({ table: "chorus", endpoint: dynamo.endpoint });
  try {
    const byId = new Map(items.map((item) => [item.id, item]));
    // The table keeps a hash of each device id (Response.storedId), never the id itself.
    const deviceOf = new Map(items.map((item) => [Response.storedId(item.id), item.id]));
    const sent = (item: Record<string, unknown>) => byId.get(deviceOf.get(item.id as string)!)!;
    const read = async () => {
      const copies = new Map<string, Record<string, unknown>[]>();
      let session: Record<string, unknown> | undefined;
      for await (const item of scanAll(db)) {
        if (item.type === "tabletSession" && item.id === sessionId) session = item;
        const deviceId = deviceOf.get(item.id as string);
        if (item.type !== "response" || !deviceId) continue;
        copies.set(deviceId, [...(copies.get(deviceId) ?? []), item]);
      }
      let pendingIndex = 0;
      for (let shard = 0; shard < Effects.SHARDS; shard++) {
        const query = {
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": Keys.pendingEffectsPartition(shard) },
        };
        for await (const page of queryPages(db, query)) pendingIndex += page.Items?.length ?? 0;
      }
      return { copies, session, pendingIndex };
    };
    const before = await read();
    const pendingBefore = [...before.copies.values()].flat().filter((i) => i.pending).length;
    const [sweep] = await Jobs.run(db);
    const { copies, session } = await read();
    const stored = [...copies.values()].map((list) => list[0]!);
    const tabletStored = stored.filter((item) => item.tabletSessionId === sessionId);
    const counted = (session?.counted as Set<string> | undefined) ?? new Set<string>();
    const participants = Number(session?.participants ?? 0);
    return {
      stored: copies.size,
      storedIds: new Set(copies.keys()),
      lost: [...acked].filter((id) => !copies.has(id)).length,
      extraCopies: [...copies.values()].reduce((sum, list) => sum + list.length - 1, 0),
      storedUnacked: [...copies.keys()].filter((id) => !acked.has(id)).length,
      otherBody: stored.filter((item) => item.bodyHash !== sent(item).hash).length,
      wrongWay: stored.filter((item) => !!item.tabletSessionId !== sent(item).tablet).length,
      tabletStored: tabletStored.length,
      participants,
      counted: counted.size,
      uncounted: tabletStored.filter((item) => !counted.has(Effects.ref(item as never))).length,
      pendingBefore,
      pendingIndexBefore: before.pendingIndex,
      finished: sweep?.result?.finished ?? -1,
      pendingAfter: stored.filter((item) => item.pending).length,
      stuck: await Promise.all(
        stored
          .filter((item) => item.pending)
          .map(async (item) => ({
            id: sent(item).id,
            acknowledged: acked.has(sent(item).id),
            deviceLost: gone.has(sent(item).id),
            resend: sent(item).resend,
            pending: item.pending,
            counted: counted.has(Effects.ref(item as never)),
            inPendingIndex: await indexed(db, item),
          })),
      ),
    };
  } finally {
    db.doc.destroy();
    await dynamo.close();
  }
}

/** Whether the pending index really lists an item that names itself in it. */
async function indexed(db: ReturnType<typeof createDb>, item: Record<string, unknown>) {
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk = :sk",
    ExpressionAttributeValues: { ":pk": item.gsi1pk, ":sk": item.gsi1sk },
  };
  for await (const page of queryPages(db, query)) if (page.Items?.length) return true;
  return false;
}

// ---- the run --------------------------------------------------------------------------------

const server = new Server(dataDir);
const cleanUp = () => {
  server.kill("SIGKILL");
  if (process.env.STORM_KEEP) console.log(`Data and server log kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
process.once("exit", () => server.kill("SIGKILL"));
process.once("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

try {
  await buildWebIfStale((line) => console.log(line));
  const began = performance.now();
  await server.start();
  const session = await startTabletSession(server.url);
  const items = Array.from({ length: N }, () => outgoing(Demo.CODES.lifeInCare, session.token));
  console.log(`Storm: ${N} responses, concurrency ${CONCURRENCY}, ${KILLS} kill -9 of the group`);
  const stormBegan = performance.now();
  const kills = await storm(server, items);
  const stormMs = performance.now() - stormBegan;
  const sweep = await awaitSweep(server, session.token);
  await server.stop("SIGINT");
  const result = await count(items, session.id);
  const totalMs = performance.now() - began;

  const abandoned = [...gone].filter((id) => !acked.has(id));
  const lostStored = abandoned.filter((id) => result.storedIds.has(id)).length;
  const s = stats;
  const doubleCounted = result.extraCopies + Math.max(0, result.participants - result.tabletStored);
  const made = (test: (item: Outgoing) => boolean) => items.filter(test).length;
  const both = (...values: (string | number)[]) => values.join(" / ");
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const killed = kills.map(
    (k) => `after ${k.afterAcked} acks, ${k.inFlight} in flight, down ${seconds(k.downMs)}`,
  );
  const rows: [string, string | number][] = [
    [
      "responses made: tablet / code",
      both(
        made((i) => i.tablet),
        made((i) => !i.tablet),
      ),
    ],
    [
      "resent on purpose: concurrently / after an abort",
      both(
        made((i) => i.resend === "concurrent"),
        made((i) => i.resend === "aborted"),
      ),
    ],
    [`kill -9 of the process group (${kills.length})`, killed.join("; ") || "none"],
    ["requests sent", stats.requests],
    ["answers 201 / 200", both(stats.created, stats.duplicate)],
    ["ids answered 201 more than once", [...createdTimes.values()].filter((n) => n > 1).length],
    [
      "refused connections / other network errors / own aborts / 5xx",
      both(s.refusedConnection, s.otherNetworkErrors, s.abortedOnPurpose, s.serverErrors),
    ],
    ["refused for good (4xx)", [...refused].map(([k, n]) => `${k}: ${n}`).join(", ") || 0],
    ["**acknowledged**", acked.size],
    ["**stored**", result.stored],
    ["**lost** (acknowledged, not stored)", result.lost],
    ["**double-counted** (extra copies + participants over stored)", doubleCounted],
    ["devices lost mid-send at a kill / of them stored", both(abandoned.length, lostStored)],
    ["stored, never acknowledged", result.storedUnacked],
    ["stored with another body / through another way", both(result.otherBody, result.wrongWay)],
    [
      "tablet: stored / participants / counted set / not counted",
      both(result.tabletStored, result.participants, result.counted, result.uncounted),
    ],
    ["participants before / after the sweep timer's turn", both(sweep.before, sweep.after)],
    [
      "pending after that: responses / index entries",
      both(result.pendingBefore, result.pendingIndexBefore),
    ],
    ["finished by a final Jobs.run / still pending", both(result.finished, result.pendingAfter)],
    ["storm / whole run", both(seconds(stormMs), seconds(totalMs))],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) {
    console.log(`${name.replaceAll("**", "").padEnd(width)}  ${value}`);
  }
  for (const stuck of result.stuck) console.log("Still pending:", JSON.stringify(stuck));

  const clean =
    result.lost === 0 &&
    doubleCounted === 0 &&
    acked.size + abandoned.length === N &&
    result.storedUnacked === lostStored &&
    result.uncounted === 0 &&
    result.pendingAfter === 0 &&
    result.otherBody === 0;
  if (N === FULL) writeSection(rows, clean);
  if (!clean) process.exitCode = 1;
} catch (error) {
  console.error(error);
  console.error(`Server log, last lines:\n${server.tail()}`);
  process.exitCode = 1;
} finally {
  await server.stop("SIGKILL");
  cleanUp();
}

function writeSection(rows: [string, string | number][], clean: boolean) {
  const file = join(root, "docs/measurements.md");
  const text = readFileSync(file, "utf8");
  const title = "## Storm: responses through crashes";
  const section = `${title}

\`pnpm bench:storm\` on ${new Date().toISOString().slice(0, 10)} (${clean ? "every check passed" : "A CHECK FAILED"}).
${N} responses at concurrency ${CONCURRENCY} from a client that behaves like the child's outbox
(it keeps a response until a 200/201 naming its id comes back, and retries through refused
connections and 5xx), half through the code DEMO811 and half through one tablet session; a third
are resent on purpose, half at the same moment as the first send and half after aborting it a
few milliseconds in. Meanwhile \`kill -9\` takes down the whole \`pnpm start\` process group
${KILLS} times at random moments and it starts again on the same data. At each kill two tablets
caught mid-send are "lost" and never send again, so whatever they left pending is for
\`pnpm start\`'s sweep timer alone, which gets its turn before the end. Then the server stops
and the table is read straight from its LevelDB files. Lost and double-counted must be 0;
"participants" is the tablet session's count, an effect that must run once per stored response.
\`STORM_N=500 pnpm bench:storm\` is a quick run that prints without writing here
(\`STORM_KEEP=1\` keeps the data and the server log).

| what | number |
|---|---|
${rows.map(([name, value]) => `| ${name} | ${value} |`).join("\n")}
`;
  const start = text.indexOf(title);
  const end = start < 0 ? -1 : text.indexOf("\n## ", start + 1);
  const next =
    start < 0
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, start)}${section}${end < 0 ? "" : text.slice(end)}`;
  writeFileSync(file, next);
}
