/**
 * What a logo really is, read from its own bytes: PNG or JPEG, and how big it is drawn. A
 * picture that says it is one thing and is another, or is neither, is refused before it is
 * stored. Pure.
 */
import type { LogoType } from "./schema.js";

export interface Picture {
  type: LogoType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The picture's type and size, or undefined for anything that is not a whole PNG or JPEG. */
export function readPicture(bytes: Uint8Array): Picture | undefined {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return png(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpeg(bytes);
  return undefined;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A PNG's first chunk is always IHDR: its width and height are the first two numbers in it. */
function png(bytes: Uint8Array): Picture | undefined {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return;
  const data = view(bytes);
  return { type: "image/png", width: data.getUint32(16), height: data.getUint32(20) };
}

/**
 * A JPEG's size is in its start-of-frame segment (SOF0 to SOF15, but not DHT, JPG or DAC),
 * found by walking the segments from the start.
 */
function jpeg(bytes: Uint8Array): Picture | undefined {
  const data = view(bytes);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return;
    const marker = bytes[at + 1]!;
    // Fill bytes and markers that stand alone.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (length < 2) return;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (at + 9 > bytes.length) return;
      return { type: "image/jpeg", height: data.getUint16(at + 5), width: data.getUint16(at + 7) };
    }
    // Start of scan or end of image before any frame: not a picture we can read.
    if (marker === 0xda || marker === 0xd9) return;
    at += 2 + length;
  }
  return undefined;
}
