/**
 * Recordings kept as files under a folder, for `pnpm start` and tests: the local counterpart of
 * the S3 bucket. Local only (exported from `@chorus/core/local`), never on the Lambda's path.
 * Each file is written to a temporary name and renamed, so a crash never leaves half a file
 * under a recording's name; its type sits beside it in a small `.type` file.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { AUDIO_TYPES, type AudioType } from "./schema.js";
import type { AudioStore } from "./store.js";

// Keys are built by `audioKey` from an organisation id and a hex hash; anything else (a `..`
// that would climb out of the folder) is refused rather than trusted.
const SAFE_KEY = /^audio\/[A-Za-z0-9_-]{1,80}\/[0-9a-f]{64}$/;

function pathOf(root: string, key: string) {
  if (!SAFE_KEY.test(key)) throw new Error(`Not a recording's key: ${key}`);
  return join(root, key);
}

/** A store keeping recordings under `root` (e.g. `$CHORUS_DATA_DIR/audio`). */
export function diskAudioStore(root: string): AudioStore {
  return {
    async put(key, audio) {
      const path = pathOf(root, key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${Date.now()}.part`;
      await writeFile(`${path}.type`, audio.type);
      await writeFile(temporary, audio.bytes);
      await rename(temporary, path);
    },
    async get(key) {
      const path = pathOf(root, key);
      try {
        const [bytes, type] = await Promise.all([readFile(path), readFile(`${path}.type`, "utf8")]);
        if (!(AUDIO_TYPES as readonly string[]).includes(type)) return undefined;
        return { bytes: new Uint8Array(bytes), type: type as AudioType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}
