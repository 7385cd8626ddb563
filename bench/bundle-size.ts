// Prints the gzipped size of what the child route loads (the entry script, its static imports
// and stylesheets, as index.html names them) and of the whole web app. Run after a web build:
//   pnpm build:web && pnpm bench:bundle
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type ViteManifest, wordTables } from "./web-manifest";

const dist = resolve(import.meta.dirname, "../web/dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const manifestFile = join(dist, ".vite/manifest.json");
if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run pnpm build:web`);
const manifest: ViteManifest = JSON.parse(readFileSync(manifestFile, "utf8"));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
const childJs = referenced.filter((file) => file.endsWith(".js"));
const childCss = referenced.filter((file) => file.endsWith(".css"));
const all = readdirSync(join(dist, "assets")).map((file) => `assets/${file}`);
const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0);

const rows = [
  ["child route JS", sum(childJs), 35 * 1024],
  ["child route CSS", sum(childCss), 10 * 1024],
  ["whole app JS", sum(all.filter((f) => f.endsWith(".js"))), undefined],
  ["whole app CSS", sum(all.filter((f) => f.endsWith(".css"))), undefined],
] as const;
for (const [name, bytes, budget] of rows) {
  const verdict =
    budget === undefined
      ? ""
      : bytes <= budget
        ? `  (budget ${kb(budget)}: ok)`
        : `  (budget ${kb(budget)}: OVER)`;
  console.log(`${name.padEnd(16)} ${kb(bytes).padStart(9)} gzipped${verdict}`);
}

// The child's built-in words for a language other than English come in a table of their own,
// fetched when a survey offering that language opens (and kept by the service worker).
for (const { language, file } of wordTables(manifest)) {
  console.log(
    `${`words (${language})`.padEnd(16)} ${kb(gz(file)).padStart(9)} gzipped  (child, on demand)`,
  );
}

// The leaders' reports area (with its charts) and the public share page are chunks of their
// own, loaded only when a leader opens /reports or someone opens a share link. "With imports"
// adds the chunks they share with other staff areas (sign-in frame, schemas), which a person
// downloads once for all of them.
const closure = (source: string, seen = new Set<string>()): string[] => {
  const chunk = manifest[source];
  if (!chunk || seen.has(source) || chunk.isEntry) return [];
  seen.add(source);
  return [
    chunk.file,
    ...(chunk.css ?? []),
    ...(chunk.imports ?? []).flatMap((i) => closure(i, seen)),
  ];
};
for (const [name, source] of [
  ["reports area", "src/pages/reports/ReportsApp.tsx"],
  ["share page", "src/pages/reports/SharePage.tsx"],
] as const) {
  const chunk = manifest[source];
  if (!chunk?.isDynamicEntry) {
    console.log(`${name.padEnd(16)} not a lazily loaded chunk: check its import`);
    continue;
  }
  const own = [chunk.file, ...(chunk.css ?? [])];
  const files = [...new Set(closure(source))];
  console.log(
    `${name.padEnd(16)} ${kb(sum(own)).padStart(9)} gzipped, ${kb(sum(files))} with imports  (on demand)`,
  );
}

// "You said, we did" (under the thank-you and at /s/CODE/you-said) is a chunk of its own, with
// English; each other language's words for it are one more, fetched only for a child reading it.
const youSaid = manifest["src/pages/child/YouSaid.tsx"];
if (youSaid?.isDynamicEntry) {
  const own = [youSaid.file, ...(youSaid.css ?? [])];
  console.log(`${"you said".padEnd(16)} ${kb(sum(own)).padStart(9)} gzipped  (child, on demand)`);
  const each = Object.entries(manifest)
    .filter(([source]) => /(?:^|\/)pages\/child\/you-said\/[\w-]+\.ts$/.test(source))
    .map(([, chunk]) => gz(chunk.file))
    .sort((a, b) => a - b);
  if (each.length > 0) {
    console.log(
      `${"you said words".padEnd(16)} ${kb(each.at(-1)!).padStart(9)} gzipped at most, ${kb(each[0]!)} at least, ${each.length} languages  (child, on demand)`,
    );
  }
} else {
  console.log(`${"you said".padEnd(16)} not a lazily loaded chunk: check its import`);
}
