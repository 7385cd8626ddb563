/**
 * What kind of audio a file is, judged by its own first bytes, never by its name or the type the
 * browser claims: a renamed document or a picture is refused, whatever it is called.
 */
import type { AudioType } from "./schema.js";

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length &&
  [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** Whether `text` appears within the first `within` bytes. */
const near = (bytes: Uint8Array, text: string, within: number) => {
  const end = Math.min(bytes.length - text.length, within);
  for (let at = 0; at <= end; at++) if (ascii(bytes, at, text)) return true;
  return false;
};

// The "brands" an MP4 file names in its first box when it is sound (or plain MPEG-4 that may be).
const MP4_BRANDS = ["M4A ", "M4B ", "mp42", "mp41", "isom", "iso2", "iso5", "dash", "3gp4"];

/** The audio type of `bytes`, or undefined for anything that is not one Chorus accepts. */
export function sniffAudio(bytes: Uint8Array): AudioType | undefined {
  if (bytes.length < 12) return undefined;
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WAVE")) return "audio/wav";
  // Ogg pages carry Opus or Vorbis; the codec names itself in the first page.
  if (ascii(bytes, 0, "OggS")) {
    return near(bytes, "OpusHead", 200) || near(bytes, "vorbis", 200) ? "audio/ogg" : undefined;
  }
  // WebM is Matroska (an EBML header) whose document type says "webm".
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return near(bytes, "webm", 64) ? "audio/webm" : undefined;
  }
  if (ascii(bytes, 4, "ftyp")) {
    return MP4_BRANDS.some((brand) => ascii(bytes, 8, brand)) ? "audio/mp4" : undefined;
  }
  // MP3 with its tags first, as most recorders write it.
  if (ascii(bytes, 0, "ID3")) return "audio/mpeg";
  // A bare frame: 11 sync bits, then the layer says MPEG audio (layer III/II/I) or ADTS AAC (00).
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) {
    const layer = ((bytes[1] ?? 0) >> 1) & 0b11;
    if (layer === 0) return ((bytes[1] ?? 0) & 0xf6) === 0xf0 ? "audio/aac" : undefined;
    return "audio/mpeg";
  }
  return undefined;
}
