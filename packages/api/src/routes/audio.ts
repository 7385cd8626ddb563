/**
 * Recorded audio on a survey's words: the officer's upload, replace and remove (in the studio's
 * routes), and the recording itself as a child's device or the studio plays it. The rules live
 * in core's `Audio`; this file only reads the bytes in and writes them out.
 */
import { Audio, ChorusError } from "@chorus/core";
import { AudioHash, AudioSlot, MAX_AUDIO_BYTES } from "@chorus/core/audio/schema";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as v from "valibot";
import type { AppEnv } from "../context.js";
import { valid } from "../validate.js";

/** The store the adapter configured (S3 on Lambda, a folder locally). */
export function audioStore(c: Context<AppEnv>): Audio.AudioStore {
  const store = c.get("audio");
  if (!store) {
    throw new ChorusError("not_found", "audio.off", "Recordings are not set up on this server.");
  }
  return store;
}

/** The one route whose body is larger than the app's usual limit: an upload's bytes. */
export const RECORDING_UPLOAD = /^\/api\/surveys\/[^/]+\/audio\/[^/]+\/[^/]+$/;

/** A recording up to the limit and a little over, so "too large" is core's one answer. */
export const recordingBody = bodyLimit({
  maxSize: MAX_AUDIO_BYTES,
  onError: () => {
    throw Audio.audioTooLarge();
  },
});

export const recordingSlot = valid("param", v.object({ ...AudioSlot.entries }));
export const recordingHash = valid("param", v.object({ hash: AudioHash }));

/**
 * The recording's bytes under its own type. Named by its hash, a recording never changes, so
 * the browser (and the offline service worker) may keep it; `private` keeps it out of shared
 * caches, since a child's code opened it.
 */
export function sendRecording(c: Context<AppEnv>, audio: Audio.StoredAudio) {
  c.header("Content-Type", audio.type);
  c.header("Cache-Control", "private, max-age=31536000, immutable");
  return c.body(new Uint8Array(audio.bytes));
}
