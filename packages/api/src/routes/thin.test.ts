/**
 * Routes stay thin: the rules and the records of what staff did live in core's verbs, so no
 * way of calling a verb (another route, a job, a script) can skip them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const routes = readdirSync(here)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => ({ file, source: readFileSync(join(here, file), "utf8") }));

describe("route files", () => {
  it("are found", () => {
    expect(routes.map((r) => r.file)).toEqual(expect.arrayContaining(["child.ts", "tablet.ts"]));
  });

  it.each(routes.map((r) => [r.file, r.source]))("%s writes no audit entry itself", (_, source) => {
    expect(source).not.toMatch(/Audit\.(record|byStaff)\b/);
  });

  it.each(routes.map((r) => [r.file, r.source]))(
    "%s never talks to DynamoDB directly",
    (_, source) => {
      expect(source).not.toMatch(/@aws-sdk\//);
    },
  );
});
