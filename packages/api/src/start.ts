// `pnpm start`: the whole product on this machine, on the embedded database, with demo data.
import { join, resolve } from "node:path";
import { Demo } from "@chorus/core/local";
import { startChorus } from "./local.js";

// The SDK warns that its 2027 releases will need Node 22; the README says so once instead.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.CHORUS_DATA_DIR ?? join(process.cwd(), ".chorus"));
const chorus = await startChorus({
  port,
  hostname: process.env.HOST,
  dataDir,
  endpoint: process.env.DYNAMODB_ENDPOINT,
  table: process.env.CHORUS_TABLE,
  log: (line) => console.log(`  ${line}`),
  demoWaves: true,
}).catch((error: Error & { code?: string }) => {
  const hint =
    error.code === "EADDRINUSE" ? ` Port ${port} is busy: try PORT=3001 pnpm start.` : "";
  console.error(`\nChorus could not start: ${error.message}${hint}`);
  process.exit(1);
});

// Counted from the person's command (`npm start` or `pnpm start`; scripts/setup.mjs finds when it
// began), so installing, building the web app and loading the code are all in it: the server is
// listening and the web app built, so the first page loads from here. See docs/measurements.md.
const startedAt = Number(process.env.CHORUS_STARTED_AT) || Date.now() - process.uptime() * 1000;
console.log(`
  Chorus is ready: pages load now, ${((Date.now() - startedAt) / 1000).toFixed(1)} s after the start command

  Children:      ${chorus.url}/          codes ${Demo.CODES.lifeInCare} and ${Demo.CODES.leavingCare}
                 ${Demo.CODES.allAges} (ages 4 to 17, English and Arabic), ${Demo.CODES.allAgesYoungest} (the same, ages 4 to 7)
                 ${Demo.VOICE_CODES.childrenAutumn} ("Your voice", two waves; English, Polish, Arabic)
  You said:      ${chorus.url}/s/${Demo.CODES.lifeInCare}/you-said
  Staff home:    ${chorus.url}/staff         (sign in: what each of your roles can do)
  Studio:        ${chorus.url}/studio        (officer)
  Reports:       ${chorus.url}/reports       (leader)
  Safeguarding:  ${chorus.url}/safeguarding  (safeguarding)
  Admin:         ${chorus.url}/admin         (admin)
  API:           ${chorus.url}/api/health    ${chorus.url}/api/openapi.json

  Demo staff (password "${Demo.PASSWORD}"):
${Demo.STAFF.map((s) => `    ${s.email.padEnd(32)} ${s.roles.join(", ")}`).join("\n")}

  Press Ctrl-C to stop. Answers are kept for next time.
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("\n  Stopping Chorus…");
    await chorus.close();
    console.log(
      process.env.DYNAMODB_ENDPOINT ? "  Stopped." : `  Stopped. Your data is kept in ${dataDir}`,
    );
    process.exit(0);
  });
}
