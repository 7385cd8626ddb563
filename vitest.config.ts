import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One `vitest run` covers every layer; each project keeps its own environment.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which on a 2-core CI machine is one:
    // the files then run one after another while the browser journeys mostly wait on Chromium
    // and the server. Two at least keeps both cores busy (docs/measurements.md, "CI time").
    maxWorkers: Math.max(2, availableParallelism()),
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    projects: [
      {
        test: {
          name: "core",
          include: ["packages/core/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "api",
          include: ["packages/api/src/**/*.test.ts"],
          environment: "node",
          // Every log line of the run goes to one file, checked when the run ends.
          globalSetup: ["packages/api/src/logs.check.ts"],
          env: {
            CHORUS_LOG_FILE: new URL(".chorus/test-logs/api.jsonl", import.meta.url).pathname,
          },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "infra",
          // bench/'s parsers and the set-up script are build tooling too.
          include: ["infra/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // The web project has its own config so that it resolves Solid from web/.
      "web/vitest.config.ts",
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          environment: "node",
          // Two journeys may share the two cores with each other's Chromium and server.
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
