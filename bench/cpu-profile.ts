// Summarises a V8 CPU profile (`.cpuprofile`) by where the time went: each sample's own
// function, grouped by package, and separately by whether the embedded store (dynalite) was
// anywhere on its stack.
//   tsx bench/cpu-profile.ts /tmp/ingest.cpuprofile
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const GROUPS: [string, RegExp][] = [
  ["idle", /^\(idle\)/],
  ["garbage collector", /^\(garbage collector\)/],
  ["dynalite (its JS)", /\/dynalite\/|\/big\.js\/|\/lock\/|\/async\/|\/lazy\//],
  ["LevelDB (classic-level)", /-level\/|\/level\//],
  ["AWS SDK", /@aws-sdk|@smithy/],
  ["valibot", /\/valibot\//],
  ["Hono", /hono/],
  ["Chorus code", /\/packages\/(core|api)\/src\//],
  [
    "Node HTTP, sockets, streams",
    /node:(_http|net|stream|internal\/(streams|stream_base))|^writev|^writeUtf8String|^writeBuffer/,
  ],
  ["Node crypto", /node:internal\/crypto/],
];

const groupOf = (node: Node) => {
  const { functionName, url } = node.callFrame;
  const name = `${url || functionName}`;
  return (
    GROUPS.find(([, pattern]) => pattern.test(name) || pattern.test(functionName))?.[0] ??
    "other (Node internals, microtasks)"
  );
};

export function summarise(file: string) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inStore = (id: number | undefined): boolean =>
    id !== undefined &&
    (/\/dynalite\//.test(byId.get(id)!.callFrame.url) || inStore(parent.get(id)));

  const groups = new Map<string, number>();
  let total = 0;
  let store = 0;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    const group = groupOf(byId.get(id)!);
    groups.set(group, (groups.get(group) ?? 0) + time);
    total += time;
    if (group !== "idle" && inStore(id)) store += time;
  });
  const busy = total - (groups.get("idle") ?? 0);
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  console.log(
    `\nServer CPU profile (${(total / 1e6).toFixed(1)} s sampled, ${pct(busy, total)} busy)`,
  );
  console.log("| own time in | share of busy time |\n|---|---|");
  for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1])) {
    if (group !== "idle") console.log(`| ${group} | ${pct(time, busy)} |`);
  }
  console.log(`| (of all busy time: with dynalite on the stack) | ${pct(store, busy)} |`);
}

if (process.argv[1] === import.meta.filename) summarise(process.argv[2]!);
