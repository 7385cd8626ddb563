// How long a newcomer waits: from typing `pnpm start` to the first page that loads whole (the
// child's start page and its script answer 200), on a first start (empty data, seeding) and a
// restart on the same data; beside each, the "ready" figure Chorus printed. Add `--build` to
// make the first start rebuild the web app too, as on a fresh clone.
//   pnpm bench:start [--build]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "chorus-bench-"));
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;

/** The start page and the first script it names both load: what a browser needs to show it. */
async function pageLoads(): Promise<boolean> {
  try {
    const page = await fetch(`${base}/`);
    if (!page.ok) return false;
    const script = /<script[^>]+src="([^"]+)"/.exec(await page.text())?.[1];
    return Boolean(script) && (await fetch(new URL(script!, base))).ok;
  } catch {
    return false;
  }
}

async function timeToFirstPage(label: string) {
  let printed = "";
  const started = performance.now();
  // Its own process group, so the whole tree (pnpm, the set-up script, Chorus) is stopped after.
  const child = spawn("pnpm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), CHORUS_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  try {
    for (let attempt = 0; attempt < 2400; attempt++) {
      if (await pageLoads()) {
        const measured = ((performance.now() - started) / 1000).toFixed(1);
        const said = /pages load now, ([\d.]+) s after/.exec(printed)?.[1] ?? "(not printed yet)";
        return console.log(`${label.padEnd(34)} first page ${measured} s   printed ${said} s`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
    throw new Error(`${label}: no page after 120 s`);
  } finally {
    process.kill(-child.pid!, "SIGINT");
    await new Promise((done) => child.once("exit", done));
  }
}

try {
  if (process.argv.includes("--build")) {
    // A web source newer than the build makes the start rebuild, as a fresh clone's first does.
    const now = new Date();
    utimesSync(join(root, "web", "index.html"), now, now);
  }
  await timeToFirstPage("first start (seeds demo data)");
  await timeToFirstPage("restart (data kept)");
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
