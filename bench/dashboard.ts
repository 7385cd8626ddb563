// What the studio's dashboard (`Dashboard.forOrg`) costs to read as an organisation's surveys
// grow: the demo council, then N more surveys made from a template through the core verbs,
// published and handed out under two codes each. Its responses are the demo's (40 on two
// surveys): the read's cost grows with surveys, codes and months, not with responses (see
// bench/report.ts for `Aggregate.read` at 100k). Each size is its own table in one embedded
// store; rounds interleave the sizes.
//   pnpm bench:dashboard                      5 rounds, median per row
//   DASHBOARD_SIZES=10,50 pnpm bench:dashboard
import { createDb, Dashboard, Distribution, Survey } from "@chorus/core";
import { Demo, ensureTable, startLocalDynamo } from "@chorus/core/local";

const ROUNDS = Number(process.env.DASHBOARD_ROUNDS ?? 5);
const SIZES = (process.env.DASHBOARD_SIZES ?? "0,20,100").split(",").map(Number);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const officer = { id: "stf_demo_officer", email: "officer@demo.chorus.test", orgId: Demo.ORG_ID };
const template = Survey.findTemplate("my-life-in-care-8-11")!;

async function addSurveys(db: ReturnType<typeof createDb>, count: number) {
  for (let n = 0; n < count; n++) {
    const id = `srv_bench${String(n).padStart(6, "0")}`;
    const { draft } = await Survey.create(
      db,
      officer,
      id,
      Survey.fromTemplate(template, id),
      `Bench survey ${n}`,
    );
    await Survey.publish(db, officer, id, draft.revision);
    for (const half of ["a", "b"]) {
      await Distribution.create(db, officer, id, {
        id: `dst_bench${String(n).padStart(6, "0")}${half}`,
        label: `Code ${half}`,
        cohort: "children-in-care",
      });
    }
  }
}

/** A table of its own: the demo council and `size` surveys more. */
async function demoTable(endpoint: string, size: number) {
  const db = createDb({ table: `bench-dashboard-${size}`, endpoint });
  await ensureTable(endpoint, db.table);
  await Demo.seed(db);
  await addSurveys(db, size);
  return { size, db, times: [] as number[], surveys: 0 };
}

const dynamo = await startLocalDynamo();
try {
  const tables: Awaited<ReturnType<typeof demoTable>>[] = [];
  for (const size of SIZES) tables.push(await demoTable(dynamo.endpoint, size));
  for (let round = 0; round < ROUNDS; round++) {
    for (const table of tables) {
      const started = performance.now();
      const lines = await Dashboard.forOrg(table.db, Demo.ORG_ID);
      table.times.push(performance.now() - started);
      table.surveys = lines.length;
    }
  }
  console.log(`surveys  codes  read (ms, median of ${ROUNDS})`);
  for (const { size, surveys, times } of tables) {
    const middle = times.sort((a, b) => a - b)[times.length >> 1]!;
    console.log(
      `${String(surveys).padStart(7)}  ${String(size * 2 + 4).padStart(5)}  ${middle.toFixed(0).padStart(6)}`,
    );
  }
} finally {
  await dynamo.close();
}
