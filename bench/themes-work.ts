// How long the officer's theme screen takes to read (GET /api/surveys/:id/themes: counts from the
// aggregates, then every text answer read, themed and ranked for candidate quotes, redacted),
// at a few survey sizes, in one process against dynalite in memory.
//   pnpm tsx bench/themes-work.ts            (THEMES_N=1000,5000 by default; 3 reads each, median)
// Numbers depend on the codebook (engineer T) and on Aggregate.read (engineer A): with the
// placeholders on main no answer fits a theme and `read` is a full recount.
import { Admission, createDb, Quote, Response, uuidv7 } from "../packages/core/src/index.js";
import { Demo, ensureTable, startLocalDynamo } from "../packages/core/src/local.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const SIZES = (process.env.THEMES_N ?? "1000,5000").split(",").map(Number);
const TEXTS = [
  "I want to see my brother and my mum more",
  "My teacher at school helps me",
  "My social worker keeps changing",
  "I feel safe in my room",
  "More pocket money please",
  "Football club on saturdays",
  "Nobody listens to me at my review",
  "I like my foster carer she is kind",
];
const officer = { orgId: Demo.ORG_ID, id: "stf_demo_officer", email: "officer@demo.chorus.test" };

const dynamo = await startLocalDynamo();
const rows: string[] = [];
for (const size of SIZES) {
  const table = `bench-themes-${size}-${Date.now()}`;
  await ensureTable(dynamo.endpoint, table);
  const db = createDb({ table, endpoint: dynamo.endpoint });
  await Demo.seed(db);
  const ticket = await Admission.byCode(db, Demo.CODES.lifeInCare);
  const start = Date.UTC(2026, 0, 1);
  for (let n = 0; n < size; n++) {
    const at = new Date(start + (n % 300) * 86_400_000 + n);
    await Response.submit(db, ticket, {
      id: uuidv7(at.getTime()),
      language: "en",
      startedAt: at.toISOString(),
      submittedAt: at.toISOString(),
      answers: { "one-thing": `${TEXTS[n % TEXTS.length]} ${n % 7 === 0 ? "Jamie" : ""}`.trim() },
    });
  }
  const times: number[] = [];
  let themes = 0;
  for (let round = 0; round < 3; round++) {
    const began = performance.now();
    const view = await Quote.themes(db, officer, "srv_demo_life811", {});
    times.push(performance.now() - began);
    themes = view.themes.length;
  }
  times.sort((a, b) => a - b);
  rows.push(
    `| ${size} | ${themes} | ${Math.round(times[1]!)} ms | ${Math.round(times[0]!)}–${Math.round(times[2]!)} ms |`,
  );
  console.log(rows.at(-1));
}
console.log(
  ["| text answers | themes | median read | range |", "|---|---|---|---|", ...rows].join("\n"),
);
await dynamo.close();
