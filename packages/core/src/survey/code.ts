import { randomInt } from "node:crypto";

/**
 * Letters and digits that cannot be mistaken for one another when read off a poster or typed by
 * a child: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V.
 */
export const CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
export const CODE_LENGTH = 8;

/** Bits of entropy in one code: 8 symbols from 23 is about 36 bits. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** A new access code from a cryptographic source, e.g. `KX7RMQ4D`. */
export function newAccessCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a stored code: any case, spaces and dashes ignored. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}
