/**
 * Recorded audio as the studio sends it and a survey refers to it (valibot only, so the web app
 * can use it). A recording is named by the SHA-256 of its bytes: the same file uploaded twice is
 * one recording, and a published version can point at it for ever without it changing.
 */
import * as v from "valibot";
import { LanguageCode } from "../survey/base.js";

/** The largest recording accepted, in bytes: 1 MB, about a minute of speech as MP3. */
export const MAX_AUDIO_BYTES = 1024 * 1024;

/** The kinds of audio accepted, as recognised from the file's own first bytes. */
export const AUDIO_TYPES = [
  "audio/mpeg",
  "audio/mp4",
  "audio/aac",
  "audio/ogg",
  "audio/webm",
  "audio/wav",
] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** A recording's name: the SHA-256 of its bytes in lower-case hex. */
export const AudioHash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "Not a recording's name."));

/** One string's recording in one language, as the draft and published versions hold it. */
export const AudioRef = v.object({
  hash: AudioHash,
  type: v.picklist(AUDIO_TYPES),
  bytes: v.number(),
  /** When it was put on this string, so each upload's audit entry is written once. */
  savedAt: v.string(),
});
export type AudioRef = v.InferOutput<typeof AudioRef>;

/** Recordings by string key (`q.<id>.prompt`, `q.<id>.option.<option>`) then language. */
export const Recordings = v.record(v.string(), v.record(LanguageCode, AudioRef));
export type Recordings = v.InferOutput<typeof Recordings>;

/** Where a recording goes: which string (a question's prompt or one option) and language. */
export const AudioSlot = v.strictObject({
  key: v.pipe(
    v.string(),
    v.maxLength(120),
    v.regex(
      /^q\.[a-z][a-z0-9-]{0,39}\.(prompt|option\.[a-z][a-z0-9-]{0,39})$/,
      "Recordings go on a question's words or one of its choices.",
    ),
  ),
  language: LanguageCode,
});
export type AudioSlot = v.InferOutput<typeof AudioSlot>;

/** "1 MB", for messages an officer reads. */
export const MAX_AUDIO_WORDS = `${MAX_AUDIO_BYTES / (1024 * 1024)} MB`;
