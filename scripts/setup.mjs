// What `npm start` and `npm test` run first, on a machine with only Node and npm: it finds or
// installs pnpm, installs the workspace's dependencies when they are missing or older than the
// lockfile, and then runs the command it was given with both on the PATH. When nothing is
// missing it costs a hash of a few small files (about 50 ms).
//
//   node scripts/setup.mjs -- <command> [args…]
//
// Plain Node with no dependencies: it runs before any are installed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  accessSync,
  constants,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { delimiter, join } from "node:path";

const root = join(import.meta.dirname, "..");
const PNPM = "12";
/** Where pnpm goes when it is not installed for the whole machine: inside the clone, ignored by git. */
const tools = join(root, ".tools");
const stamp = join(root, "node_modules", ".chorus-installed");

const say = (line) => console.log(`setup: ${line}`);

/**
 * When the person's command began, in ms since the epoch: the `npm start` or `pnpm start` process
 * above this one where the system says (Linux's /proc), else this process's own start. Passed on
 * as CHORUS_STARTED_AT so the "ready in" figure counts from the command, not from Chorus's code.
 */
function commandStartedAt() {
  const own = Math.round(performance.timeOrigin);
  if (process.platform !== "linux") return own;
  try {
    // Seconds since boot now, to a hundredth (the boot time in /proc/stat is whole seconds).
    const upNow = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
    const TICKS_PER_SECOND = 100; // USER_HZ, the unit /proc reports start times in on Linux
    let pid = process.ppid;
    for (let depth = 0; depth < 3 && pid > 1; depth++) {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The fields after the command's name, which is in brackets and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      if (/\bp?npm(\.c?js)?\b/.test(command)) {
        const agoSeconds = upNow - Number(fields[19]) / TICKS_PER_SECOND;
        return Math.round(Date.now() - agoSeconds * 1000);
      }
      pid = Number(fields[1]);
    }
  } catch {
    // No /proc to read: this process's start is the next best thing.
  }
  return own;
}
const windows = process.platform === "win32";
const env = {
  ...process.env,
  CHORUS_STARTED_AT: process.env.CHORUS_STARTED_AT ?? String(commandStartedAt()),
  PATH: [join(tools, "node_modules", ".bin"), join(root, "node_modules", ".bin"), process.env.PATH]
    .filter(Boolean)
    .join(delimiter),
};

/**
 * Runs an installer with its progress kept back: a newcomer sees one line saying what is
 * happening and how long it took, and the installer's own output only if it fails.
 */
function quietly(command, args) {
  const started = Date.now();
  const result = run(command, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
  else say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: "inherit",
    shell: windows,
    ...options,
  });
  if (result.error) throw result.error;
  return result;
}

/** The major version of the pnpm on the PATH (ours first), or undefined when there is none. */
function pnpmMajor() {
  const result = spawnSync("pnpm", ["--version"], {
    cwd: root,
    env,
    encoding: "utf8",
    shell: windows,
  });
  if (result.status !== 0) return undefined;
  return result.stdout.trim().split(".")[0];
}

function ensurePnpm() {
  if (pnpmMajor() === PNPM) return;
  say(`installing pnpm ${PNPM} into .tools/ (once)`);
  const installed = quietly("npm", [
    "install",
    "--prefix",
    tools,
    "--no-fund",
    "--no-audit",
    "--no-save",
    "--loglevel=error",
    `pnpm@${PNPM}`,
  ]);
  if (installed.status !== 0 || pnpmMajor() !== PNPM) {
    throw new Error("could not install pnpm with npm; install it yourself: npm install -g pnpm@12");
  }
}

/** What the installed dependencies must match: the lockfile and every workspace manifest. */
function wanted() {
  const hash = createHash("sha256");
  const files = ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"];
  for (const folder of ["packages", "."]) {
    const base = join(root, folder);
    const names = folder === "." ? ["infra", "web"] : readdirSync(base);
    for (const name of names) {
      const manifest = join(folder, name, "package.json");
      if (existsSync(join(root, manifest))) files.push(manifest);
    }
  }
  for (const file of files.sort()) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  return hash.digest("hex");
}

const installedAsWanted = () =>
  existsSync(stamp) && readFileSync(stamp, "utf8").trim() === wanted();

/** Whether `name` is an executable file in a folder of the PATH, without starting it. */
function onPath(name) {
  const names = windows ? [`${name}.cmd`, `${name}.exe`] : [name];
  return env.PATH.split(delimiter).some((folder) =>
    names.some((file) => {
      try {
        accessSync(join(folder, file), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

function ensureDependencies() {
  const want = wanted();
  const have = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";
  if (have === want) return;
  say(have ? "dependencies changed: installing them" : "installing dependencies (once)");
  const installed = quietly("pnpm", ["install", "--frozen-lockfile"]);
  if (installed.status !== 0) process.exit(installed.status ?? 1);
  writeFileSync(stamp, `${want}\n`);
}

const dash = process.argv.indexOf("--");
const command = dash === -1 ? [] : process.argv.slice(dash + 1);
try {
  // The quick path: dependencies as the lockfile wants them, and some pnpm to run scripts with.
  if (!installedAsWanted() || !onPath("pnpm")) {
    ensurePnpm();
    ensureDependencies();
  }
} catch (error) {
  console.error(`setup: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
if (command.length > 0) {
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env,
    stdio: "inherit",
    shell: windows,
  });
  // Ctrl-C reaches the command itself (same process group); a signal sent to this process alone
  // is passed on, and this process ends when the command does.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
