/**
 * UUIDv7 (RFC 9562) made on the child's device, so a resent response keeps its id and the server
 * can tell a retry from a new answer.
 *
 * Layout: 48-bit Unix milliseconds, version 7, a 12-bit counter (rand_a), variant 10, 62 random
 * bits. The counter keeps ids from one device strictly increasing even within one millisecond or
 * when the clock steps back, which keeps them sortable by creation.
 */

type Fill = (bytes: Uint8Array) => void;

const COUNTER_MAX = 0xfff;

/** Builds a generator; the clock and random source are injectable for tests. */
export function createUuidV7(
  now: () => number = Date.now,
  fill: Fill = (bytes) => crypto.getRandomValues(bytes),
): () => string {
  let lastMs = -1;
  let counter = 0;

  return () => {
    const random = new Uint8Array(10);
    fill(random);

    let ms = Math.max(0, Math.floor(now()));
    if (ms > lastMs) {
      // Seed with 11 random bits so the counter has headroom before it overflows.
      counter = ((random[0]! << 8) | random[1]!) & 0x7ff;
    } else {
      // Same millisecond, or the clock went back: stay on the last timestamp and count up.
      ms = lastMs;
      counter += 1;
      if (counter > COUNTER_MAX) {
        ms += 1;
        counter = 0;
      }
    }
    lastMs = ms;

    const bytes = new Uint8Array(16);
    // 48 bits do not fit in a 32-bit bitwise operation, so split by division.
    const high = Math.floor(ms / 0x1_0000_0000);
    const low = ms >>> 0;
    bytes[0] = (high >>> 8) & 0xff;
    bytes[1] = high & 0xff;
    bytes[2] = (low >>> 24) & 0xff;
    bytes[3] = (low >>> 16) & 0xff;
    bytes[4] = (low >>> 8) & 0xff;
    bytes[5] = low & 0xff;
    bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (random[2]! & 0x3f);
    bytes.set(random.subarray(3, 10), 9);

    let hex = "";
    for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** The app's one generator: ids from it never go backwards during a page's life. */
export const uuidv7 = createUuidV7();

/** Reads the millisecond timestamp back out of a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
}
