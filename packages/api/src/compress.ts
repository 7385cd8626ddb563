import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { accepts } from "hono/accepts";

const ENCODINGS = ["br", "gzip"] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Text is worth compressing; images and fonts are compressed already. */
const TEXT = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Smaller files fit in a packet or two anyway (CloudFront's threshold too). */
const MIN_BYTES = 1000;

// zlib's output is a plain (never shared) ArrayBuffer, which is what a Response body takes.
type Bytes = Uint8Array<ArrayBuffer>;
const brotli = promisify(brotliCompress) as (raw: Uint8Array, options: object) => Promise<Bytes>;
const gzipped = promisify(gzip) as (raw: Uint8Array, options: object) => Promise<Bytes>;
const compressors: Record<Encoding, (raw: Uint8Array) => Promise<Bytes>> = {
  // Each file is compressed once and kept, so the slowest, smallest setting is worth it.
  br: (raw) =>
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
      },
    }),
  gzip: (raw) => gzipped(raw, { level: 9 }),
};

/** The encoding to answer with: the client's most wanted of ours; on a tie, brotli. */
function chosenEncoding(c: Context): Encoding | undefined {
  const chosen = accepts(c, {
    header: "Accept-Encoding",
    supports: [...ENCODINGS],
    default: "identity",
    // Hono's default match breaks ties by the header's order, and browsers list gzip first.
    match: (offered) => {
      const q = (name: string) =>
        (offered.find((a) => a.type.toLowerCase() === name) ?? offered.find((a) => a.type === "*"))
          ?.q ?? 0;
      const best = Math.max(...ENCODINGS.map(q));
      return ENCODINGS.find((encoding) => best > 0 && q(encoding) === best) ?? "identity";
    },
  });
  return ENCODINGS.find((encoding) => encoding === chosen);
}

/**
 * Compresses the web app's text files (brotli or gzip) for clients that accept it, as CloudFront
 * does for the deployed site, so `pnpm start` sends what a child's tablet would get in production.
 * Each file is compressed on its first request and kept in memory, keyed by its path, size and
 * modification time, so a rebuilt file is compressed afresh. Partial (range) and HEAD answers are
 * left alone.
 */
export function compressStatic(): MiddlewareHandler {
  const cache = new Map<string, Promise<Bytes>>();
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get("content-type") ?? "";
    if (c.req.method !== "GET" || res.status !== 200 || !res.body || !TEXT.test(type)) return;
    if (res.headers.has("content-encoding")) return;
    res.headers.append("Vary", "Accept-Encoding");
    const encoding = chosenEncoding(c);
    // Files from disk carry both; the shell sent for app routes (under 1 KB) has neither.
    const length = Number(res.headers.get("content-length"));
    const modified = res.headers.get("last-modified");
    if (!encoding || !modified || !(length >= MIN_BYTES)) return;

    const key = `${encoding} ${c.req.path} ${length} ${modified}`;
    let compressed = cache.get(key);
    if (compressed) {
      await res.body.cancel();
    } else {
      compressed = res.arrayBuffer().then((raw) => compressors[encoding](new Uint8Array(raw)));
      // Old builds' entries are few and small; dropping them all now and then is enough.
      if (cache.size >= 500) cache.clear();
      cache.set(key, compressed);
      compressed.catch(() => cache.delete(key));
    }
    const body = await compressed;
    c.res = new Response(body, res);
    c.res.headers.set("Content-Encoding", encoding);
    c.res.headers.set("Content-Length", String(body.byteLength));
  };
}
