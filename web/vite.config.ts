import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rolldown } from "vite";
import solid from "vite-plugin-solid";

type Chunk = Rolldown.OutputChunk;

/**
 * Builds src/sw.ts as `/sw.js` (a fixed name at the root: a worker controls only paths below its
 * own, and the page must find it without knowing the build) and writes into it what to precache:
 * the app shell plus every file the child's route loads, found by walking the entry's static
 * imports, so staff areas (loaded on demand) are not downloaded onto a child's tablet.
 */
function serviceWorker(): Plugin {
  const source = fileURLToPath(new URL("./src/sw.ts", import.meta.url));
  return {
    name: "chorus-service-worker",
    apply: "build",
    // After Vite has written index.html into the bundle, so the version covers the shell too.
    enforce: "post",
    buildStart() {
      this.emitFile({ type: "chunk", id: source, fileName: "sw.js" });
    },
    generateBundle(_options, bundle) {
      const worker = bundle["sw.js"];
      const entry = Object.values(bundle).find(
        (file): file is Chunk => file.type === "chunk" && file.isEntry && file !== worker,
      );
      if (worker?.type !== "chunk" || !entry)
        return this.error("sw.js or the app entry is missing");

      const files = new Set<string>();
      const visit = (chunk: Chunk) => {
        if (files.has(chunk.fileName)) return;
        files.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
        for (const name of chunk.imports) {
          const imported = bundle[name];
          if (imported?.type === "chunk") visit(imported);
        }
        // The child's own lazy parts (each language's words) must open offline too; staff
        // areas, also loaded lazily, live elsewhere and stay out.
        for (const name of chunk.dynamicImports) {
          const imported = bundle[name];
          if (imported?.type === "chunk" && imported.facadeModuleId?.includes("/pages/child/"))
            visit(imported);
        }
      };
      visit(entry);
      const precache = ["/index.html", ...[...files].sort().map((file) => `/${file}`)];

      // Every output name carries its content's hash, so with the shell and the worker itself
      // this changes whenever anything the tablet would run changes, and only then.
      const html = bundle["index.html"];
      const version = createHash("sha256")
        .update(Object.keys(bundle).sort().join("\n"))
        .update(html?.type === "asset" ? String(html.source) : "")
        .update(worker.code)
        .digest("hex")
        .slice(0, 12);
      const fill = (name: string, value: string) => {
        const placeholder = new RegExp(`(["'\`])__CHORUS_SW_${name}__\\1`, "g");
        if (!placeholder.test(worker.code)) this.error(`sw.js lost its ${name} placeholder`);
        worker.code = worker.code.replace(placeholder, value);
      };
      fill("PRECACHE", JSON.stringify(precache));
      fill("VERSION", JSON.stringify(version));
    },
  };
}

export default defineConfig({
  plugins: [solid(), serviceWorker()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The child bundle is watched by size; report it honestly rather than in fragments.
    reportCompressedSize: true,
    // dist/.vite/manifest.json maps each source file to its hashed output, so tools
    // (bench/bundle-size.ts) never have to take a name apart: a hash may hold "-" and "_".
    manifest: true,
    // Rolldown's note on slow plugins is for whoever tunes the build, not for someone running
    // `npm start` (on a busy machine the Solid transform always "dominates").
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // Same origin in production (CloudFront or the local server); the proxy keeps that true in dev
    // so cookies and relative URLs behave the same.
    proxy: { "/api": "http://localhost:3000" },
  },
});
