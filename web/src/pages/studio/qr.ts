/**
 * A QR code as one SVG path, so the poster prints crisply at any size. Only the poster imports
 * this file, and with it the QR library.
 */
import { generate } from "lean-qr";

/** The quiet zone the QR standard asks for around the code, in modules. */
const MARGIN = 4;

export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text);
  const parts: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) parts.push(`M${x + MARGIN} ${y + MARGIN}h1v1h-1z`);
    }
  }
  return { size: code.size + MARGIN * 2, d: parts.join("") };
}
