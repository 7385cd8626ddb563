import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { App, Function as SstFunction, use } from "sst/constructs";
import { useFunctions } from "sst/constructs/Function.js";
import { initProject, useProject } from "sst/project.js";
import { useRuntimeHandlers } from "sst/runtime/handlers.js";
import config from "../sst.config";
import { Api } from "./Api";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** One function's bundle as SST wrote it: the folder that would be zipped and uploaded. */
export interface LambdaBundle {
  /** The folder uploaded as the function's code. */
  dir: string;
  /** The bundled entry file (ESM), absolute. */
  entry: string;
  /** The handler setting SST gives the Lambda, relative to `dir` (`…/lambda.handler`). */
  handler: string;
}

/**
 * Synthesizes the stacks offline, as `sst deploy` does before it bundles anything, and returns
 * the API's function. `build` then runs the
 * very step `sst deploy` defers to `app.finish()` for one function: SST's own esbuild options,
 * its banner, its `npm install` of forced externals. Only the output folder differs: SST's
 * `.sst/artifacts` is swapped for a temporary one, so a build here never clobbers (or is
 * clobbered by) a real deploy or a concurrent run; `cleanup` removes it.
 */
export async function synthesizeForBuild(stage = "bundle") {
  // SST resolves handler paths from the working directory; `sst deploy` runs its synth from the
  // project root (stacks/synth.js), so this does too.
  if (resolve(process.cwd()) !== resolve(root)) process.chdir(root);
  await initProject({ stage, root });
  const project = useProject();
  const artifacts = mkdtempSync(join(tmpdir(), "chorus-lambda-"));
  project.paths.artifacts = artifacts;
  const cdkOut = mkdtempSync(join(tmpdir(), "chorus-cdk-"));
  const { name, region } = project.config;
  const app = new App({ mode: "deploy", name, region, stage }, { outdir: cdkOut });
  await config.stacks(app);
  const apiFunction = use(Api).api.getFunction("$default");
  if (!apiFunction) throw new Error("The Api stack has no $default function");
  // The props SST's builder reads for the API's function, the app's defaults merged in.
  const apiProps = useFunctions().fromID(apiFunction.node.addr);
  if (!apiProps) throw new Error("SST does not know the API's function");

  async function build(fn: SstFunction): Promise<LambdaBundle> {
    const result = await useRuntimeHandlers().build(fn.node.addr, "deploy");
    if (result.type === "error")
      throw new Error(`SST could not build:\n${result.errors.join("\n")}`);
    const entry = join(result.out, result.handler.replace(/\.[^./]+$/, ".mjs"));
    return { dir: result.out, entry, handler: result.handler };
  }

  /**
   * Registers another function, in a throwaway stack, with every prop of the API's function but
   * its handler (a path from the repository root), so SST bundles it with identical options.
   */
  function sameAsApi(handler: string) {
    let fn: SstFunction | undefined;
    app.stack(function BundleReference({ stack }) {
      fn = new SstFunction(stack, "Reference", { ...apiProps, handler });
    });
    return fn!;
  }

  function cleanup() {
    for (const dir of [artifacts, cdkOut]) rmSync(dir, { recursive: true, force: true });
  }

  return { apiFunction, sameAsApi, build, cleanup };
}

export interface Invocation {
  /** The child's exit code: 0 unless the import or a call threw. */
  code: number | null;
  stderr: string;
  /** Time to `await import(entry)` in the fresh process, in milliseconds. */
  importMs?: number;
  /** CPU time the import took: steadier than `importMs` when other processes share the cores. */
  importCpuMs?: number;
  results?: { statusCode: number; headers?: Record<string, string>; body: string }[];
  /** What the handler logged to stdout (JSON lines, see packages/core/src/util/log.ts). */
  logs: string[];
}

/**
 * Imports a built handler in a fresh `node` process, with only the environment given (as a Lambda
 * has only its function's variables), and calls it with each event in turn (see invoke-lambda.mjs).
 * The process runs from the bundle's folder, where no node_modules can lend it a missing package.
 */
export function invoke(
  bundle: LambdaBundle,
  events: unknown[],
  env: Record<string, string>,
): Promise<Invocation> {
  const script = fileURLToPath(new URL("invoke-lambda.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, bundle.entry], {
    cwd: bundle.dir,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(JSON.stringify(events));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      // The handler's own log lines come first; the invocation's result is the last line.
      const lines = stdout.split("\n").filter((line) => line.trim());
      const last = code === 0 ? lines.pop() : undefined;
      resolve({ code, stderr, logs: lines, ...(last ? JSON.parse(last) : {}) });
    });
  });
}
