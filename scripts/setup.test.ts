// The set-up step in front of `npm start` and `npm test`, on this clone (whose dependencies are
// installed, so it takes the quick path): it hands over to the command with the tools on the
// PATH and ends as the command ends.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const setup = (...command: string[]) =>
  spawnSync(process.execPath, ["scripts/setup.mjs", "--", ...command], {
    cwd: root,
    encoding: "utf8",
  });

describe("scripts/setup.mjs", () => {
  it("runs the command with the workspace's and its own tools first on the PATH", () => {
    const result = setup(process.execPath, "-e", "process.stdout.write(process.env.PATH)");
    expect(result.status).toBe(0);
    const path = result.stdout.split(":");
    expect(path[0]).toBe(join(root, ".tools", "node_modules", ".bin"));
    expect(path[1]).toBe(join(root, "node_modules", ".bin"));
    // Nothing was missing, so nothing was installed.
    expect(result.stdout + result.stderr).not.toContain("setup: installing");
  });

  it("ends with the command's exit code", () => {
    expect(setup(process.execPath, "-e", "process.exit(3)").status).toBe(3);
    expect(setup(process.execPath, "-e", "process.exit(0)").status).toBe(0);
  });

  it("finds tsx and pnpm for the README's commands", () => {
    expect(setup("tsx", "--version").status).toBe(0);
    expect(setup("pnpm", "--version").stdout).toMatch(/^\d+\./);
  });
});
