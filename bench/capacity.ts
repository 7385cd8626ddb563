// What one child's response costs the table: every DynamoDB call the submit path and the report
// fold make for it, with the write units each would be billed in AWS (on-demand: one unit per
// 1 KB written, rounded up, once for the item and once for each index entry it adds, changes or
// removes; updates estimated, see below). Counted by wrapping the real client, on the embedded
// store, with the demo council's "My life in care" answered as a child would (free text too).
// The numbers feed docs/scale.md's capacity model.
//   pnpm bench:capacity                  500 responses
//   CAPACITY_N=2000 pnpm bench:capacity
import { createDb, type Db, Jobs, uuidv7 } from "@chorus/core";
import { Demo, ensureTable, startLocalDynamo } from "@chorus/core/local";
import { createApp } from "../packages/api/src/app.js";

const N = Number(process.env.CAPACITY_N ?? 500);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.CHORUS_LOG = "off";

interface Tally {
  calls: Record<string, number>;
  /** Write units as AWS would bill them, estimated from the item written. */
  writeUnits: number;
  /** Read units of strongly consistent reads (eventually consistent ones cost half). */
  readUnits: number;
}

const kb = (item: unknown) => Math.max(1, Math.ceil(itemBytes(item) / 1024));

/** DynamoDB's item size (attribute names plus values), near enough: its JSON's length. */
function itemBytes(item: unknown): number {
  return Buffer.byteLength(JSON.stringify(item));
}

const indexEntries = (item: Record<string, unknown>) =>
  (item.gsi1pk ? 1 : 0) + (item.gsi2pk ? 1 : 0);

/** The same database, through a client that tallies every call before making it. */
function counting(base: Db) {
  const tally: Tally = { calls: {}, writeUnits: 0, readUnits: 0 };
  const send = async (command: {
    constructor: { name: string };
    input: Record<string, unknown>;
  }) => {
    const name = command.constructor.name.replace(/Command$/, "");
    tally.calls[name] = (tally.calls[name] ?? 0) + 1;
    const result = (await base.doc.send(command as never)) as Record<string, unknown>;
    const input = command.input;
    if (name === "Put") {
      const item = input.Item as Record<string, unknown>;
      tally.writeUnits += kb(item) * (1 + indexEntries(item));
    } else if (name === "Update" || name === "Delete") {
      // Counted as one unit for the item (these items are under 1 KB) and one more when the
      // update adds or removes an index entry; the item is not read back to size it.
      tally.writeUnits += 1 + (/gsi[12]/.test(String(input.UpdateExpression ?? "")) ? 1 : 0);
    } else if (name === "BatchWrite") {
      for (const requests of Object.values(input.RequestItems as Record<string, unknown[]>)) {
        tally.writeUnits += requests.length;
      }
    } else if (name === "Get") {
      tally.readUnits += 1;
    } else if (name === "Query" || name === "BatchGet") {
      const items = (result.Items ??
        Object.values((result.Responses as object) ?? {}).flat()) as unknown[];
      const bytes = items.reduce<number>((sum, item) => sum + itemBytes(item), 0);
      tally.readUnits += Math.max(1, Math.ceil(bytes / 4096));
    }
    return result;
  };
  const doc = new Proxy(base.doc, {
    get: (target, prop, receiver) => (prop === "send" ? send : Reflect.get(target, prop, receiver)),
  });
  return { db: { ...base, doc } as Db, tally };
}

const WORDS = [
  "I want to see my brother more often",
  "my social worker keeps changing and I have to tell my story again",
  "school is good but the bus takes ages",
  "more things to do at the weekend like football",
  "I like my foster carers they listen to me",
];

async function main() {
  const dynamo = await startLocalDynamo();
  await ensureTable(dynamo.endpoint, "capacity");
  const db = createDb({ table: "capacity", endpoint: dynamo.endpoint });
  await Demo.seed(db);
  // Whatever the seed left to fold is folded first, so the counts below are the new responses'.
  const fold = Jobs.JOBS.find((job) => job.name === "fold");
  if (!fold) throw new Error("no fold job");
  while (Object.values(await fold.run(db)).some((n) => n > 0));
  const counted = counting(db);
  const app = createApp({ db: counted.db, logRequests: false });
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const now = new Date();
    const body = {
      id: uuidv7(),
      language: "en",
      ageBand: "8-11",
      startedAt: new Date(now.getTime() - 240_000).toISOString(),
      submittedAt: now.toISOString(),
      answers: {
        "feel-home": 1 + (i % 5),
        "feel-safe": i % 7 === 0 ? "notSure" : "yes",
        "trusted-adult": "carer",
        "one-thing": WORDS[i % WORDS.length],
      },
    };
    const json = JSON.stringify(body);
    bytes += Buffer.byteLength(json);
    const sent = await app.request(`/api/s/${Demo.CODES.lifeInCare}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i % 250}` },
      body: json,
    });
    if (sent.status !== 201)
      throw new Error(`submit answered ${sent.status}: ${await sent.text()}`);
  }
  const submit = structuredClone(counted.tally);
  Object.assign(counted.tally, { calls: {}, writeUnits: 0, readUnits: 0 });
  let folded = 0;
  for (let round = 0; round < 100; round++) {
    const result = await fold.run(counted.db);
    const n = Object.values(result).reduce((a, b) => a + b, 0);
    folded += n;
    if (n === 0) break;
  }
  const per = (tally: Tally) => ({
    calls: Object.fromEntries(
      Object.entries(tally.calls).map(([name, n]) => [name, +(n / N).toFixed(2)]),
    ),
    writeUnits: +(tally.writeUnits / N).toFixed(2),
    readUnits: +(tally.readUnits / N).toFixed(2),
  });
  console.log(
    JSON.stringify(
      {
        responses: N,
        requestBytes: Math.round(bytes / N),
        perResponse: { submit: per(submit), fold: per(counted.tally) },
        foldResult: folded,
      },
      null,
      2,
    ),
  );
}

await main();
process.exit(0);
