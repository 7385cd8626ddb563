import { describe, expect, it } from "vitest";
import { type ViteManifest, wordTables } from "./web-manifest";

// Shaped like web/dist/.vite/manifest.json, with the hashes Vite really writes ("-" and "_").
const manifest: ViteManifest = {
  "index.html": {
    file: "assets/index-BOoq55BZ.js",
    src: "index.html",
    isEntry: true,
    css: ["assets/index-D8qyMW_n.css"],
  },
  "src/pages/child/words-ar.ts": {
    file: "assets/words-ar-DTxh_M-5.js",
    src: "src/pages/child/words-ar.ts",
    isDynamicEntry: true,
  },
  "src/pages/child/words-pl.ts": {
    file: "assets/words-pl-Ab-3x_Q.js",
    src: "src/pages/child/words-pl.ts",
    isDynamicEntry: true,
  },
  "src/pages/child/words-pt-BR.ts": {
    file: "assets/words-pt-BR--x-_Y9a.js",
    src: "src/pages/child/words-pt-BR.ts",
    isDynamicEntry: true,
  },
  "src/pages/child/words.ts": { file: "assets/words-q-1_Zz9k.js", src: "src/pages/child/words.ts" },
  "src/pages/staff/words-review.tsx": { file: "assets/words-review-a-b-c-d.js" },
  "_schema-Duwkx7Cb.js": { file: "assets/schema-Duwkx7Cb.js" },
};

describe("wordTables", () => {
  it("names each table's language from its source, whatever its hash holds", () => {
    expect(wordTables(manifest)).toEqual([
      { language: "ar", file: "assets/words-ar-DTxh_M-5.js" },
      { language: "pl", file: "assets/words-pl-Ab-3x_Q.js" },
      { language: "pt-BR", file: "assets/words-pt-BR--x-_Y9a.js" },
    ]);
  });

  it("finds none in a build without tables", () => {
    expect(wordTables({ "index.html": manifest["index.html"]! })).toEqual([]);
  });
});
