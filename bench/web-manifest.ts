/**
 * Reading what the web build wrote through Vite's manifest (web/dist/.vite/manifest.json), which
 * maps each source file to its output. Output names are never taken apart: Vite's hashes may
 * contain "-" and "_" (`words-ar-DTxh_M-5.js`), so a name split on "-" gives wrong answers.
 */

/** One entry of Vite's build manifest, keyed by source path (`src/pages/child/words-ar.ts`). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** A BCP 47 tag as the word tables are named: `ar`, `pl`, `pt-BR`, `zh-Hant`. */
const WORD_TABLE = /(?:^|\/)pages\/child\/words-([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.tsx?$/;

/** The child's per-language word tables (`src/pages/child/words-<language>.ts`) and their files. */
export function wordTables(manifest: ViteManifest): { language: string; file: string }[] {
  return Object.entries(manifest)
    .flatMap(([source, chunk]) => {
      const language = WORD_TABLE.exec(source)?.[1];
      return language ? [{ language, file: chunk.file }] : [];
    })
    .sort((a, b) => a.language.localeCompare(b.language));
}
