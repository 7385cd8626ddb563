import type { Db } from "../db/client.js";
import { RateLimit } from "../limit/index.js";
import { ChorusError } from "../util/error.js";
import { WRONG_WAY_IN } from "./errors.js";

/**
 * Wrong codes allowed from one client in ten minutes. Generous, because a room of tablets at a
 * Children in Care Council event can share one address and children mistype; codes are long
 * enough (see `Survey.newAccessCode`) that this still makes guessing hopeless.
 */
export const CODE_MISSES = { name: "code-misses", limit: 60, windowSeconds: 600 };

/**
 * Clients this process has seen go over the limit, until their window ends. The count itself is
 * in the table (every instance adds to it); this only spares the table a read on every request,
 * so a right code costs nothing extra. Another instance learns of a blocked client on its first
 * miss from it, so at most one extra guess per instance and window gets through to a lookup.
 */
const blocked = new WeakMap<Db, Map<string, number>>();

function blockedUntil(db: Db): Map<string, number> {
  const map = blocked.get(db) ?? new Map<string, number>();
  blocked.set(db, map);
  return map;
}

const tooMany = (db: Db) =>
  RateLimit.tooMany(db, CODE_MISSES, "Too many wrong codes. Ask the adult with you for help.");

/**
 * How long each lookup from a client over the limit waits before it is answered, right or
 * wrong. A right code is never refused because of others' misses (a room of tablets shares one
 * address, and one child's mistakes must not shut out the rest); the wait is what makes
 * guessing hopeless instead: at most one guess a second and a half per open request.
 */
export const PENALTY = { ms: 1500 };

/**
 * Runs `work` (a lookup by code, link or tablet token) for a client, counting the lookups that
 * find nothing. Once a client is over the limit every lookup from it waits `PENALTY` first; a
 * wrong one is then answered 429, a right one as usual.
 */
export async function guarded<T>(db: Db, client: string, work: () => Promise<T>): Promise<T> {
  const clients = blockedUntil(db);
  const until = clients.get(client);
  const penalised = until !== undefined && db.now().getTime() < until;
  if (until !== undefined && !penalised) clients.delete(client);
  if (penalised) await new Promise((done) => setTimeout(done, PENALTY.ms));
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ChorusError && WRONG_WAY_IN.has(error.code))) throw error;
    if (penalised) throw tooMany(db);
    if ((await RateLimit.hit(db, CODE_MISSES, client)) <= CODE_MISSES.limit) throw error;
    if (clients.size > 10_000) clients.clear();
    clients.set(client, db.now().getTime() + RateLimit.retryAfter(db, CODE_MISSES) * 1000);
    throw tooMany(db);
  }
}
