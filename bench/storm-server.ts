// `pnpm start` as its own process group for bench/storm.ts: started on a data directory, waited
// for until /api/health answers, killed as a whole (`kill -9 -<pgid>`) and started again.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `pnpm start`'s own process group (tsx, the server, esbuild), killed and restarted at will.
 * pnpm itself runs a script's shell in a group of its own, and a watchdog of pnpm's kills that
 * group with SIGKILL when pnpm dies; spawning the script's command as the group leader gives the
 * same group without pnpm's start-up time.
 */
export class Server {
  url = "";
  startedAt = 0;
  private child?: ChildProcess;
  private exited?: Promise<unknown>;
  private port = 0;
  private readonly log: string;

  constructor(private readonly dataDir: string) {
    this.log = join(dataDir, "..", "server.log");
  }

  async start(): Promise<number> {
    const began = performance.now();
    this.port ||= await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    for (let attempt = 1; attempt <= 10; attempt++) {
      const out = openSync(this.log, "a");
      const child = spawn(process.execPath, [tsxCli, "packages/api/src/start.ts"], {
        cwd: root,
        detached: true,
        env: { ...process.env, PORT: String(this.port), CHORUS_DATA_DIR: this.dataDir },
        stdio: ["ignore", out, out],
      });
      closeSync(out);
      this.child = child;
      this.exited = once(child, "exit");
      let gone = false;
      void this.exited.then(() => {
        gone = true;
      });
      for (let wait = 0; wait < 600 && !gone; wait++) {
        if (await healthy(this.url)) {
          this.startedAt = performance.now();
          return this.startedAt - began;
        }
        await sleep(100);
      }
      // A killed predecessor may still hold the port or the LevelDB lock for a moment.
      this.kill("SIGKILL");
      await this.exited;
      await sleep(500);
    }
    throw new Error(`The server did not start; see the end of ${this.log}:\n${this.tail()}`);
  }

  /** Signals the whole group and waits for its leader to go. */
  async stop(signal: NodeJS.Signals) {
    this.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((done) => (timer = setTimeout(done, 15_000)))]);
    clearTimeout(timer);
    this.kill("SIGKILL");
    await this.exited;
    this.child = undefined;
  }

  kill(signal: NodeJS.Signals) {
    if (this.child?.pid === undefined || this.child.exitCode !== null) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // The group is gone already.
    }
  }

  tail = () => {
    try {
      return readFileSync(this.log, "utf8").split("\n").slice(-30).join("\n");
    } catch {
      return "(no server log)";
    }
  };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

const healthy = (url: string) =>
  fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.ok)
    .catch(() => false);
