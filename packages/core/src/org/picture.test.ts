import { describe, expect, it } from "vitest";
import { readPicture } from "./picture.js";
import { samplePng } from "./sample-logo.js";

/** A minimal JPEG's head: SOI, an APP0 segment, then a baseline frame of `width` × `height`. */
function jpegHead(width: number, height: number, frame = 0xc0) {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, frame, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, ...Array(9).fill(0)]);
}

describe("reading a logo's own bytes", () => {
  it("knows a PNG and its size", () => {
    expect(readPicture(samplePng(321, 45))).toEqual({ type: "image/png", width: 321, height: 45 });
  });

  it("knows a JPEG and its size from its frame, past other segments", () => {
    expect(readPicture(jpegHead(640, 200))).toEqual({
      type: "image/jpeg",
      width: 640,
      height: 200,
    });
    expect(readPicture(jpegHead(64, 20, 0xc2))).toMatchObject({ width: 64, height: 20 });
  });

  it("refuses SVG, HTML, a bare signature and a JPEG without a frame", () => {
    const words = (text: string) => new Uint8Array(Buffer.from(text));
    expect(readPicture(words('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBe(
      undefined,
    );
    expect(readPicture(words("<html><body>hi</body></html>"))).toBe(undefined);
    expect(readPicture(samplePng().subarray(0, 12))).toBe(undefined);
    expect(readPicture(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBe(undefined);
  });
});
