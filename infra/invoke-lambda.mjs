// Run by `node` in a fresh process, as the Lambda runtime would: imports a built handler file and
// calls `handler` with each event read as a JSON array from stdin, in order. After whatever the
// handler logs, prints one last JSON line:
// how long the import took (module init, what a cold start pays before the first request), by
// the clock and in CPU time, and each result. An import error or a throw ends the process
// non-zero with the error on stderr.
//   node invoke-lambda.mjs /path/to/lambda.mjs < events.json
import { pathToFileURL } from "node:url";

const [entry] = process.argv.slice(2);
let input = "";
for await (const chunk of process.stdin) input += chunk;
const events = input.trim() ? JSON.parse(input) : [];

const started = performance.now();
const cpu = process.cpuUsage();
const { handler } = await import(pathToFileURL(entry).href);
const importMs = performance.now() - started;
// CPU time too: on a busy machine it is steadier than the clock.
const { user, system } = process.cpuUsage(cpu);
const importCpuMs = (user + system) / 1000;

const results = [];
// The context is unused by Hono's adapter beyond being passed through.
for (const event of events) results.push(await handler(event, {}));
process.stdout.write(`${JSON.stringify({ importMs, importCpuMs, results })}\n`);
