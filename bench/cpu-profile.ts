// Summarises a V8 CPU profile (`.cpuprofile`) by where the time went: each sample's own
// function, grouped by package (native code counts for the JavaScript that called it), and
// separately how much of it ran with the embedded store (dynalite) on the stack.
//   tsx bench/cpu-profile.ts /tmp/ingest.cpuprofile
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const GROUPS: [string, RegExp][] = [
  ["idle", /^\(idle\)$/],
  ["profiler", /^node:inspector$/],
  ["garbage collector", /^\(garbage collector\)$/],
  ["V8 and microtask queue", /^\((program|root)\)$|^runMicrotasks$/],
  ["dynalite (its JS)", /\/dynalite\/|\/big\.js\/|\/lock\/|\/async\/|\/lazy\//],
  ["LevelDB (classic-level)", /-level\/|\/level\//],
  ["AWS SDK", /@aws-sdk|@smithy/],
  ["valibot", /\/valibot\//],
  ["Hono", /hono/],
  ["Chorus code", /\/packages\/(core|api)\/src\//],
  [
    "Node HTTP, sockets, streams, fetch",
    /node:(_http|net|stream|internal\/(streams|webstreams|deps\/undici|stream_base))/,
  ],
  ["Node crypto", /node:internal\/crypto/],
  ["other Node internals", /^node:/],
];

export function summarise(file: string) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const groupOf = (id: number): string => {
    const { functionName, url } = byId.get(id)!.callFrame;
    const own = GROUPS.find(([, pattern]) => pattern.test(url || functionName))?.[0];
    const up = parent.get(id);
    // A native function (no url) is charged to whoever called it.
    return own ?? (url || up === undefined ? "other" : groupOf(up));
  };
  const onStack = (id: number | undefined, pattern: RegExp): boolean =>
    id !== undefined &&
    (pattern.test(byId.get(id)!.callFrame.url) || onStack(parent.get(id), pattern));
  /** Time counted again by what was on the stack, across the groups above. */
  const across: [string, RegExp][] = [
    ["the store itself (dynalite on the stack)", /\/dynalite\//],
    [
      "calling the store (AWS SDK or Node's HTTP client on the stack)",
      /@smithy|@aws-sdk|node:_http_(client|agent)/,
    ],
  ];

  const groups = new Map<string, number>();
  const counted = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    const group = groupOf(id);
    groups.set(group, (groups.get(group) ?? 0) + time);
    total += time;
    if (group === "idle" || group === "profiler") return;
    for (const [name, pattern] of across) {
      if (onStack(id, pattern)) counted.set(name, (counted.get(name) ?? 0) + time);
    }
  });
  // The profiler's own work (stopping, serialising) is not the server's.
  const busy = total - (groups.get("idle") ?? 0) - (groups.get("profiler") ?? 0);
  const pct = (part: number) => `${((100 * part) / busy).toFixed(1)} %`;
  console.log(
    `\nServer CPU profile, main thread: ${(total / 1e6).toFixed(1)} s sampled, ${((100 * busy) / total).toFixed(0)} % busy`,
  );
  console.log("| own time in | share of busy time |\n|---|---|");
  for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1])) {
    if (group !== "idle" && group !== "profiler") console.log(`| ${group} | ${pct(time)} |`);
  }
  for (const [name] of across)
    console.log(`| (across the rows) ${name} | ${pct(counted.get(name) ?? 0)} |`);
}

if (process.argv[1] === import.meta.filename) summarise(process.argv[2]!);
