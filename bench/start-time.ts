// How long `pnpm start` takes to answer /api/health: first start (empty store, seeding) and a
// restart on the same data. The web build is done beforehand so it is not counted.
//   pnpm build:web && pnpm bench:start
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "chorus-bench-"));
const port = 3900 + Math.floor(Math.random() * 90);

async function timeToHealthy(label: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "packages/api/src/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), CHORUS_DATA_DIR: dataDir },
    stdio: "ignore",
  });
  try {
    for (let attempt = 0; attempt < 600; attempt++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok)
        return console.log(`${label.padEnd(28)} ${Math.round(performance.now() - started)} ms`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
    throw new Error(`${label}: not healthy after 30 s`);
  } finally {
    child.kill("SIGINT");
    await new Promise((done) => child.once("exit", done));
  }
}

try {
  await timeToHealthy("first start (seeds demo data)");
  await timeToHealthy("restart (data kept)");
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
