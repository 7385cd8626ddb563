/**
 * Global set-up of the API tests: every test file's app writes its JSON log lines to one file
 * (`CHORUS_LOG_FILE`, see vitest.config.ts), and when the whole run is over this reads every
 * line and fails the run if one is not a well-formed Chorus log line or carries what a log must
 * never carry: an answer a test sent, a name, an e-mail, a token or a raw path.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";

export const LOG_FILE = new URL("../../../.chorus/test-logs/api.jsonl", import.meta.url).pathname;

const ALLOWED = new Set([
  "level",
  "time",
  "event",
  "requestId",
  "method",
  "route",
  "status",
  "ms",
  "job",
  "result",
  "errorName",
  "errorMessage",
  "stack",
  "_aws",
  "JobFailures",
]);

/**
 * Words the API tests and the demo seed send as children's answers, names and labels; none may
 * reach a log. (Checked as whole words, case-insensitively.)
 */
const NEVER = [
  "my dad hits me",
  "he scares me",
  "Robin",
  "Case 4471",
  "demo.chorus.test",
  "chorus-demo",
  "DEMO811",
];

/** Problems with the lines a run wrote; empty when all is well. */
export function logProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\n").filter(Boolean);
  for (const [index, line] of lines.entries()) {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1} is not JSON`);
      continue;
    }
    for (const key of Object.keys(parsed)) {
      if (!ALLOWED.has(key)) problems.push(`line ${index + 1} has a field "${key}"`);
    }
    const route = parsed.route;
    if (
      typeof route === "string" &&
      /[A-Z0-9]{6,}|[0-9a-f]{16,}/.test(route.replaceAll(/:[A-Za-z]+/g, ""))
    ) {
      problems.push(`line ${index + 1} logs a raw path, not a route pattern: ${route}`);
    }
    for (const words of NEVER) {
      if (line.toLowerCase().includes(words.toLowerCase())) {
        problems.push(`line ${index + 1} carries "${words}"`);
      }
    }
  }
  return problems;
}

export default function setup() {
  mkdirSync(dirname(LOG_FILE), { recursive: true });
  rmSync(LOG_FILE, { force: true });
  return function teardown() {
    // A run of files that make no request writes no line: nothing to check.
    if (!existsSync(LOG_FILE)) return;
    const text = readFileSync(LOG_FILE, "utf8");
    const problems = logProblems(text);
    if (problems.length > 0) {
      // A throw here is only printed by vitest; the exit code is what fails the run.
      process.exitCode = 1;
      console.error(
        `\nThe API's logs carry what they must not (${problems.length}):\n${problems.slice(0, 20).join("\n")}`,
      );
    }
  };
}
