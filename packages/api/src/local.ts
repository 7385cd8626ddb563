import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type Db, Jobs, Sso } from "@chorus/core";
import { Demo, diskAudioStore, ensureTable, startLocalDynamo } from "@chorus/core/local";
import { startServer } from "./server.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const webRoot = join(repoRoot, "web");

export interface LocalOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where dynalite keeps its data (ignored with `endpoint`). */
  dataDir: string;
  /** Another DynamoDB (e.g. a shared dynalite or DynamoDB Local) instead of the embedded one. */
  endpoint?: string;
  table?: string;
  hostname?: string;
  /** Run the background jobs on timers, as the schedule does in AWS (default true). */
  jobs?: boolean;
  /** Add the two-wave demo survey after start-up (`pnpm start` does; tests need not). */
  demoWaves?: boolean;
  /** Build `web/dist` when its sources changed (default true; tests of the API alone skip it). */
  buildWeb?: boolean;
  log?: (line: string) => void;
}

/**
 * Everything `pnpm start` does: the embedded database, the table, demo data on an empty store,
 * a fresh web build when the sources changed, and one server for web and API.
 */
export async function startChorus(options: LocalOptions) {
  const log = options.log ?? (() => {});
  const table = options.table ?? "chorus";

  let dynamo: Awaited<ReturnType<typeof startLocalDynamo>> | undefined;
  let endpoint = options.endpoint;
  if (!endpoint) {
    mkdirSync(options.dataDir, { recursive: true });
    dynamo = await startLocalDynamo({ path: join(options.dataDir, "dynamodb") });
    endpoint = dynamo.endpoint;
    log(`Embedded database (dynalite) keeping data in ${options.dataDir}`);
  }
  await ensureTable(endpoint, table);
  const db = createDb({ table, endpoint });
  if (!(await Demo.isSeeded(db))) {
    log("Empty store: adding the demo council, its staff and surveys…");
    await Demo.seed(db);
  }

  if (options.buildWeb !== false) await buildWebIfStale(log);
  const server = startServer({
    db,
    // Recordings beside the database, under the same data directory.
    audio: diskAudioStore(join(options.dataDir, "audio")),
    domainProof: Sso.localProof(),
    port: options.port,
    hostname: options.hostname,
    webDist: join(webRoot, "dist"),
  });
  if (!server.listening) await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  const jobs = options.jobs === false ? undefined : startJobTimers(db, log);
  // The larger demo (two waves of a few hundred answers) goes in once the server answers, so
  // starting stays quick; a start cut short finishes it next time.
  const waves = options.demoWaves ? seedWavesInBackground(db, log) : undefined;

  return {
    url,
    endpoint,
    async close() {
      // Not waited for: a seed cut short by Ctrl-C is finished by the next start.
      void waves;
      await jobs?.stop();
      await new Promise<void>((done) => server.close(() => done()));
      db.doc.destroy();
      await dynamo?.close();
    },
  };
}

/**
 * Each job on its own timer. A run still going when its next is due is not started twice, and
 * stopping waits for runs in flight, so Ctrl-C never cuts a job between two writes on purpose
 * (and if something else does, the job's own design finishes the work next time).
 */
function startJobTimers(db: Db, log: (line: string) => void) {
  const running = new Set<Promise<unknown>>();
  const timers = Jobs.JOBS.map((job) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      const run = Jobs.run(db, [job]).then(([report]) => {
        if (report && !report.ok) log(`Job ${job.name} failed: ${report.error}`);
      });
      running.add(run);
      void run.finally(() => {
        busy = false;
        running.delete(run);
      });
    }, job.everySeconds * 1000);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}

/** Newest modification time of the files that make up the web build. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
}

/** Runs `vite build` when any web source (or the core schemas it imports) is newer than the build. */
export async function buildWebIfStale(log: (line: string) => void) {
  const builtIndex = join(webRoot, "dist", "index.html");
  const sources = [
    join(webRoot, "src"),
    join(webRoot, "index.html"),
    join(webRoot, "vite.config.ts"),
  ];
  const coreSchemas = join(repoRoot, "packages", "core", "src");
  const newest = Math.max(...[...sources, coreSchemas].filter(existsSync).map(newestSource));
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newest) return;

  log("Building the web app (vite build)…");
  const started = Date.now();
  const vite = join(webRoot, "node_modules", "vite", "bin", "vite.js");
  const child = spawn(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`The web build failed (vite exited with ${code}).`);
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** How long the background seed waits, so the first page loads do not queue behind it. */
const WAVES_AFTER_MS = 2000;

async function seedWavesInBackground(db: Db, log: (line: string) => void) {
  await new Promise((wait) => setTimeout(wait, WAVES_AFTER_MS).unref());
  const started = performance.now();
  try {
    if (await Demo.seedWaves(db)) {
      log(
        `Demo survey "Your voice" with two waves added in ${Math.round(performance.now() - started)} ms`,
      );
    }
  } catch (error) {
    log(`Could not add the demo waves (the next start tries again): ${String(error)}`);
  }
}
