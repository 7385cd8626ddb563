// The API Lambda's bundle next to the least a Lambda on this stack can be (bench/fixtures/
// bare-lambda.ts), both bundled by SST's builder with the API function's own props: size, and
// module-init time (the part of a cold start the code controls), each import in a fresh `node`,
// the two interleaved so that a busy moment of the machine hits both alike. CPU time is shown
// beside the clock because it moves less when other processes share the cores.
//   pnpm bench:lambda            RUNS=31 pnpm bench:lambda
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { invoke, type LambdaBundle, synthesizeForBuild } from "../infra/lambda-build";

const runs = Number(process.env.RUNS ?? 21);
// What the stack sets, minus a reachable table: importing must not need one.
const env = {
  CHORUS_TABLE: "bench",
  AWS_REGION: "eu-west-2",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function importTimes(bundle: LambdaBundle) {
  const run = await invoke(bundle, [], env);
  if (run.code !== 0 || run.importMs === undefined || run.importCpuMs === undefined) {
    throw new Error(`importing ${bundle.entry} failed:\n${run.stderr}`);
  }
  return { clock: run.importMs, cpu: run.importCpuMs };
}

const built = await synthesizeForBuild("bench");
try {
  const reference = built.sameAsApi("bench/fixtures/bare-lambda.handler");
  const bundles = {
    api: await built.build(built.apiFunction),
    bare: await built.build(reference),
  };
  type Name = keyof typeof bundles;
  const times: Record<Name, { clock: number[]; cpu: number[] }> = {
    api: { clock: [], cpu: [] },
    bare: { clock: [], cpu: [] },
  };
  // One untimed import each first, so neither pays for a cold file cache.
  for (const bundle of Object.values(bundles)) await importTimes(bundle);
  for (let run = 0; run < runs; run++) {
    const order: Name[] = run % 2 ? ["bare", "api"] : ["api", "bare"];
    for (const name of order) {
      const { clock, cpu } = await importTimes(bundles[name]);
      times[name].clock.push(clock);
      times[name].cpu.push(cpu);
    }
  }

  console.log(`${runs} imports each, Node ${process.version}; module init is the median`);
  // With esbuild's splitting the entry is what a cold start parses; the chunks beside it are
  // read by the first import() that needs them. Both are shown: the entry, and every file.
  console.log("      entry raw  gzipped    all files  init (clock)  init (CPU)");
  for (const name of ["api", "bare"] as const) {
    const code = readFileSync(bundles[name].entry);
    const gzipped = gzipSync(code, { level: 9 }).length;
    const dir = bundles[name].dir;
    const all = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.m?js$/.test(file))
      .reduce((sum, file) => sum + readFileSync(join(dir, file)).length, 0);
    console.log(
      `${name.padEnd(5)} ${kb(code.length).padEnd(10)} ${kb(gzipped).padEnd(10)} ${kb(all).padEnd(10)} ` +
        `${ms(median(times[name].clock)).padEnd(13)} ${ms(median(times[name].cpu))}`,
    );
  }
  const ratio = (kind: "clock" | "cpu") =>
    (median(times.api[kind]) / median(times.bare[kind])).toFixed(2);
  console.log(
    `api / bare: ${ratio("clock")}x by the clock, ${ratio("cpu")}x in CPU time (goal 1.5x)`,
  );
} finally {
  built.cleanup();
}
