import { describe, expect, it } from "vitest";
import { sampleWav } from "./sample.js";
import { sniffAudio } from "./sniff.js";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  );
const pad = (head: Uint8Array) => {
  const padded = new Uint8Array(64);
  padded.set(head);
  return padded;
};

describe("what kind of audio a file is, by its own bytes", () => {
  it("knows each accepted kind", () => {
    expect(sniffAudio(sampleWav())).toBe("audio/wav");
    expect(sniffAudio(pad(bytes("ID3", [4, 0, 0, 0, 0, 0, 0])))).toBe("audio/mpeg");
    // A bare MPEG-1 layer III frame header, as some recorders write with no tags.
    expect(sniffAudio(pad(bytes([0xff, 0xfb, 0x90, 0x64])))).toBe("audio/mpeg");
    // ADTS AAC: sync bits, then layer 00.
    expect(sniffAudio(pad(bytes([0xff, 0xf1, 0x50, 0x80])))).toBe("audio/aac");
    expect(sniffAudio(pad(bytes([0, 0, 0, 0x20], "ftypM4A ")))).toBe("audio/mp4");
    expect(sniffAudio(pad(bytes("OggS", [0, 2], "0000000000000000000000", "OpusHead")))).toBe(
      "audio/ogg",
    );
    expect(sniffAudio(pad(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], "webm")))).toBe(
      "audio/webm",
    );
  });

  it("refuses anything else, whatever its name would say", () => {
    // A PNG, a PDF, plain words, and containers of the right family holding no sound we take.
    expect(sniffAudio(pad(bytes([0x89], "PNG\r\n", [0x1a, 0x0a])))).toBeUndefined();
    expect(sniffAudio(pad(bytes("%PDF-1.7")))).toBeUndefined();
    expect(sniffAudio(bytes("This is not a recording at all."))).toBeUndefined();
    expect(sniffAudio(pad(bytes("OggS", [0, 2], "theora")))).toBeUndefined();
    expect(sniffAudio(pad(bytes([0x1a, 0x45, 0xdf, 0xa3], "matroska")))).toBeUndefined();
    expect(sniffAudio(pad(bytes([0, 0, 0, 0x20], "ftypheic")))).toBeUndefined();
    expect(sniffAudio(bytes("RIFF"))).toBeUndefined();
  });
});
