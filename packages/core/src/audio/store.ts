/**
 * Where recordings' bytes are kept: an S3 bucket in AWS (packages/api/src/audio-s3.ts), a folder
 * under the data directory locally (`diskAudioStore` in `@chorus/core/local`). Both keep each
 * council's recordings under its own prefix, so one council's name for a file never reaches
 * another's, even for the very same bytes.
 */
import type { AudioType } from "./schema.js";

export interface StoredAudio {
  bytes: Uint8Array;
  type: AudioType;
}

export interface AudioStore {
  /**
   * Keeps `bytes` under `key`. Keys are content hashes, so writing a key again writes the same
   * bytes: a retried upload is harmless.
   */
  put(key: string, audio: StoredAudio): Promise<void>;
  /** The recording under `key`, or undefined when there is none. */
  get(key: string): Promise<StoredAudio | undefined>;
}

/** The store key of council `orgId`'s recording `hash`. */
export const audioKey = (orgId: string, hash: string) => `audio/${orgId}/${hash}`;
