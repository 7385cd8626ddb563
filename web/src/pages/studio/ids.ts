/**
 * Ids the studio makes on the device. Survey and distribution ids are random so a retried
 * request finds what the first one made; question and option ids are readable slugs, because
 * they end up in CSV keys and report exports that people read.
 */

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Random base-36 characters from the platform's secure generator. */
export function randomPart(length = 12, random: (n: number) => Uint8Array = secureBytes): string {
  return Array.from(random(length), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

function secureBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

export const newSurveyId = () => `srv_${randomPart()}`;
export const newDistributionId = () => `dst_${randomPart()}`;

/**
 * A question, page or option id from its words: lower case, dashes, a letter first, at most 40
 * characters, and not one already taken (a number is added until it is free).
 */
export function slugId(words: string, taken: Iterable<string>, fallback = "q"): string {
  const used = new Set(taken);
  const base =
    words
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^[^a-z]+/, "")
      .slice(0, 32)
      .replace(/-+$/, "") || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
