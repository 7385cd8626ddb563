// The child's bundle stays small only while the child's code keeps away from two things: the
// staff areas, and core modules that hold valibot schemas (a bundler puts a module in one chunk
// whole, so one value imported from a schema file brings every schema the staff areas use).
// Sizes themselves are measured in bench/, not asserted here.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const web = resolve(import.meta.dirname, "../../..");
const childFiles = [
  ...readdirSync(join(web, "src/pages/child")).map((file) => `src/pages/child/${file}`),
  ...readdirSync(join(web, "src/ui")).map((file) => `src/ui/${file}`),
  "src/main.tsx",
  "src/router.ts",
  "src/api.ts",
  "src/uuidv7.ts",
  "src/sw-register.ts",
].filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));

/** Core modules with no schemas in them, safe for the child to take values from. */
const PLAIN_CORE = ["survey/parts", "survey/languages", "survey/logic", "rights/reference"];

/** Every `import … from "…"` in a file, with whether it brings only types. */
function imports(source: string) {
  return [...source.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"/g)].map((m) => ({
    typeOnly: Boolean(m[1]) || /^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(m[2]!.trim()),
    from: m[3]!,
  }));
}

/** Imports of the staff areas' pages (relative paths into staff, studio, admin or reports). */
const staffImports = (source: string) =>
  imports(source)
    .filter(({ from }) => /(^|\/)(staff|studio|admin|reports)\//.test(from))
    .map(({ from }) => from);

/** Value imports from core modules that hold schemas. */
const heavyImports = (source: string) =>
  imports(source)
    .filter(
      ({ from, typeOnly }) =>
        from.startsWith("@chorus/core") &&
        !typeOnly &&
        !PLAIN_CORE.some((plain) => from === `@chorus/core/${plain}`),
    )
    .map(({ from }) => from);

describe("the child's code", () => {
  it("is found, and the checks catch what they look for", () => {
    expect(childFiles).toContain("src/pages/child/ChildApp.tsx");
    expect(childFiles.length).toBeGreaterThan(20);
    const bad = [
      'import { StudioApp } from "../studio/StudioApp";',
      'import { pick, type Text } from "@chorus/core/survey/schema";',
      'import type { Question } from "@chorus/core/survey/schema";',
      'import { type AgeBand, type AnswerValue } from "@chorus/core/survey/schema";',
      'import { pick } from "@chorus/core/survey/parts";',
    ].join("\n");
    expect(staffImports(bad)).toEqual(["../studio/StudioApp"]);
    expect(heavyImports(bad)).toEqual(["@chorus/core/survey/schema"]);
  });

  it.each(childFiles)("%s imports nothing from the staff areas", (file) => {
    expect(staffImports(readFileSync(join(web, file), "utf8"))).toEqual([]);
  });

  it.each(childFiles)("%s takes values only from core modules without schemas", (file) => {
    expect(heavyImports(readFileSync(join(web, file), "utf8"))).toEqual([]);
  });
});
