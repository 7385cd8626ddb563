// What a survey report's numbers cost to read at 1k, 10k and 100k responses: `Aggregate.read`
// (the month items plus what is still queued) side by side with a full scan (every response
// read and recounted, as reports did before). Each size is its own table in one embedded store,
// seeded with the demo council, then N responses spread over the same 8 weeks (so the number of
// cells is alike at every size), written straight into the table with the keys and queue
// attributes the submit path writes, then folded by the real fold job; 50 more are left queued,
// as between two folds. Rounds interleave the sizes, so a noisy machine hurts all alike.
//   pnpm bench:report                     3 rounds, median per row
//   REPORT_ROUNDS=5 REPORT_SIZES=1000,10000 pnpm bench:report
import { randomUUID } from "node:crypto";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { Aggregate, createDb, type Db, Response } from "@chorus/core";
import { add, type Cells, contribution } from "@chorus/core/aggregate/cells";
import { Keys } from "@chorus/core/db/keys";
import { partitionQuery, queryPages } from "@chorus/core/db/query";
import { Demo, ensureTable, startLocalDynamo } from "@chorus/core/local";

const ROUNDS = Number(process.env.REPORT_ROUNDS ?? 3);
const SIZES = (process.env.REPORT_SIZES ?? "1000,10000,100000").split(",").map(Number);
const SURVEY = "srv_demo_life811";
const PENDING = 50;
const DAYS = 56;
const FIRST_DAY = Date.UTC(2026, 8, 1);
const WAYS = [
  { distributionId: "dst_bench_a", cohort: "children-in-care" },
  { distributionId: "dst_bench_b", cohort: "children-in-care" },
  { distributionId: "dst_bench_c", cohort: "care-leavers" },
];
const WORDS = ["my social worker keeps changing", "more football please", "I miss my brother", ""];
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/** One stored response as `Response.submit` writes it, keys and fold queue included. */
function responseItem(n: number) {
  const id = randomUUID().replaceAll("-", "");
  const key = Keys.response(Demo.ORG_ID, SURVEY, id);
  const submittedOn = new Date(FIRST_DAY + (n % DAYS) * 86_400_000).toISOString().slice(0, 10);
  const way = WAYS[n % WAYS.length]!;
  const words = WORDS[n % WORDS.length]!;
  return {
    ...key,
    type: "response",
    orgId: Demo.ORG_ID,
    surveyId: SURVEY,
    ...way,
    id,
    version: 1,
    language: ["en", "pl", "ar"][n % 3]!,
    ageBand: "8-11",
    submittedOn,
    answers: {
      "feel-home": 1 + (n % 5),
      "feel-safe": n % 7 ? "yes" : "notSure",
      "trusted-adult": ["carer", "social-worker", "teacher"][n % 3]!,
      ...(words ? { "one-thing": words } : {}),
    },
    bodyHash: id,
    ...Aggregate.queueAttributes(Demo.ORG_ID, SURVEY, submittedOn.slice(0, 7), key),
  };
}

async function write(db: Db, from: number, count: number) {
  const items = Array.from({ length: count }, (_, i) => responseItem(from + i));
  for (let start = 0; start < items.length; start += 25 * 8) {
    await Promise.all(
      Array.from({ length: 8 }, (_, part) => items.slice(start + part * 25, start + part * 25 + 25))
        .filter((chunk) => chunk.length > 0)
        .map(async (chunk) => {
          let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
          while (requests.length > 0) {
            const { UnprocessedItems } = await db.doc.send(
              new BatchWriteCommand({ RequestItems: { [db.table]: requests } }),
            );
            requests = (UnprocessedItems?.[db.table] ?? []) as typeof requests;
          }
        }),
    );
  }
}

/** The way reports counted before: every response read and folded again. */
async function fullScan(db: Db, text: ReadonlySet<string>) {
  const cells: Cells = {};
  const themer = () => ({ themes: [], phrases: [] });
  for await (const response of Response.all(db, Demo.ORG_ID, SURVEY)) {
    const { key, cell } = contribution(response, text, themer);
    add(cells, key, cell);
  }
  return cells;
}

/** The largest stored month item's size (its compressed cells), in KB. */
async function largestMonth(db: Db) {
  const query = partitionQuery(
    Keys.aggregatePartition(Demo.ORG_ID, SURVEY),
    Keys.aggregatePrefix(),
  );
  let largest = 0;
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) {
      largest = Math.max(largest, (item.cells as Uint8Array).byteLength);
    }
  }
  return (largest / 1024).toFixed(1);
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dynamo = await startLocalDynamo();
try {
  const tables = [];
  for (const size of SIZES) {
    const db = createDb({ table: `bench-report-${size}`, endpoint: dynamo.endpoint });
    await ensureTable(dynamo.endpoint, db.table);
    await Demo.seed(db);
    const [seeded] = await time(() => write(db, 0, size));
    const [folding, folded] = await time(() => Aggregate.foldPending(db));
    await write(db, size, PENDING);
    const { pending, cells } = await Aggregate.read(db, Demo.ORG_ID, SURVEY);
    console.log(
      `${String(size).padStart(6)}: seeded in ${(seeded / 1000).toFixed(1)} s, fold job took ` +
        `${(folding / 1000).toFixed(1)} s for ${folded} items, ${pending} left queued; ` +
        `${Object.keys(cells).length} cells, largest month item ${await largestMonth(db)} KB`,
    );
    tables.push({ size, db, read: [] as number[], scan: [] as number[] });
  }
  const text = new Set(["one-thing"]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const table of tables) {
      const [read, numbers] = await time(() => Aggregate.read(table.db, Demo.ORG_ID, SURVEY));
      const [scan, recount] = await time(() => fullScan(table.db, text));
      const cells = Object.keys(numbers.cells).length;
      if (cells !== Object.keys(recount).length) throw new Error("read and recount disagree");
      table.read.push(read);
      table.scan.push(scan);
    }
  }
  const base = median(tables[0]!.read);
  console.log(
    `\nresponses  read (ms)  x ${SIZES[0]}  full scan (ms)  scan/read   (median of ${ROUNDS})`,
  );
  for (const table of tables) {
    const read = median(table.read);
    const scan = median(table.scan);
    console.log(
      `${String(table.size).padStart(9)}  ${read.toFixed(1).padStart(9)}  ${(read / base).toFixed(2).padStart(6)}` +
        `  ${scan.toFixed(0).padStart(14)}  ${(scan / read).toFixed(0).padStart(9)}`,
    );
  }
} finally {
  await dynamo.close();
}
