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
const windows = process.platform === "win32";
const env = {
  ...process.env,
  PATH: [join(tools, "node_modules", ".bin"), join(root, "node_modules", ".bin"), process.env.PATH]
    .filter(Boolean)
    .join(delimiter),
};

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
  const installed = run("npm", [
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
  say(have ? "dependencies changed: installing" : "installing dependencies (once)");
  const installed = run("pnpm", ["install", "--frozen-lockfile"]);
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
