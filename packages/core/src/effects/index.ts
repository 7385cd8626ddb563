export * as Effects from "./index.js";

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Alert } from "../alert/index.js";
import type { Db } from "../db/client.js";
import { updateExisting } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Tablet } from "../tablet/index.js";
import { sha256 } from "../util/hash.js";

/**
 * Work that must follow an accepted response exactly once. The response is stored with the
 * names of its effects still to do (`pending`) and in the sparse pending index; each effect is
 * idempotent, keyed by the response, so running it twice (a resend, the sweeper, the table's
 * stream, all at once) does it once; then `pending` is cleared and the response leaves the index. Whatever a crash leaves
 * between any two of these writes is finished by the next resend or sweep.
 *
 * (Marking a single-use invite used is not an effect: it is claimed before the response is
 * written, because it decides whether the response may be written at all.)
 */
export const EffectName = v.picklist(["tablet", "safeguard"]);
export type EffectName = v.InferOutput<typeof EffectName>;

/** The part of a stored response that effects read. */
export const Pending = v.looseObject({
  pk: v.string(),
  sk: v.string(),
  orgId: v.string(),
  id: v.string(),
  tabletSessionId: v.optional(v.string()),
  pending: v.optional(v.record(EffectName, v.literal(true))),
  /** Set while the response is in the pending index. */
  gsi1pk: v.optional(v.string()),
});
export type Pending = v.InferOutput<typeof Pending>;

/** What the request that stored the response already read, so no effect reads it again. */
export interface Known {
  settings?: Alert.SafeguardingSettings;
}

const EFFECTS: Record<EffectName, (db: Db, response: Pending, known: Known) => Promise<void>> = {
  /** One more child took part in a tablet session. */
  tablet: async (db, response) => {
    if (!response.tabletSessionId) return;
    await Tablet.countParticipant(db, response.orgId, response.tabletSessionId, ref(response));
  },
  /** A person must look: raise the response's safeguarding alert and tell the team. */
  safeguard: async (db, response, known) => {
    await Alert.raiseFor(db, readItem(Alert.Raisable, response, "response"), {
      ref: ref(response),
      settings: known.settings,
    });
  },
};

/** How many partitions the pending index is spread over. */
export const SHARDS = 4;

/** A stable, timeless reference to a response, for effects that record which they counted. */
export const ref = (response: Pick<Pending, "pk" | "sk">) =>
  sha256(`${response.pk}#${response.sk}`).slice(0, 24);

/** The attributes that put a new response in the pending index with its effects to do. */
export function pendingAttributes(key: { pk: string; sk: string }, names: EffectName[]) {
  if (names.length === 0) return {};
  const shard = Number.parseInt(sha256(key.sk).slice(0, 4), 16) % SHARDS;
  return {
    pending: Object.fromEntries(names.map((name) => [name, true])),
    ...Keys.pendingEffects(shard, key.pk, key.sk),
  };
}

/**
 * Runs whatever a stored response still has pending, then clears it. Safe to call at any time,
 * any number of times, from anywhere.
 */
export async function finish(db: Db, response: Pending, known: Known = {}): Promise<void> {
  const names = Object.keys(response.pending ?? {}) as EffectName[];
  if (names.length === 0) {
    // Finished, but a crash may have left it in the index (see `leaveIndex`).
    if (response.gsi1pk) await leaveIndex(db, response);
    return;
  }
  for (const name of names) await EFFECTS[name](db, response, known);
  await clear(db, response, "REMOVE pending");
  await leaveIndex(db, response);
}

/**
 * Takes a finished response out of the pending index. A separate write from clearing `pending`
 * on purpose: dynalite writes an item's index entries and the item itself one after the other,
 * so a `kill -9` between them within one update could drop the index entry while `pending`
 * stayed, and the sweeper (which reads the index) would never see it again. In this order a
 * crash can only leave an entry for a finished response, which the sweeper removes.
 */
function leaveIndex(db: Db, response: Pick<Pending, "pk" | "sk">) {
  return clear(db, response, "REMOVE gsi1pk, gsi1sk", "attribute_not_exists(pending)");
}

const clear = (db: Db, response: Pick<Pending, "pk" | "sk">, update: string, condition?: string) =>
  updateExisting(db, response, update, condition);

/**
 * Finishes every response the pending index still lists: the sweeper a crash relies on. Reads
 * each response again (consistently) before acting, since the index may lag the table.
 * Returns how many responses it finished.
 */
export async function sweep(db: Db, options: { limit?: number } = {}): Promise<number> {
  const limit = options.limit ?? 1000;
  let finished = 0;
  for (let shard = 0; shard < SHARDS; shard++) {
    const query = {
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": Keys.pendingEffectsPartition(shard) },
      ProjectionExpression: "pk, sk",
    };
    for await (const page of queryPages(db, query)) {
      for (const listed of page.Items ?? []) {
        const { Item } = await db.doc.send(
          new GetCommand({
            TableName: db.table,
            Key: { pk: listed.pk, sk: listed.sk },
            ConsistentRead: true,
          }),
        );
        if (!Item?.gsi1pk) continue;
        await finish(db, readItem(Pending, Item, "response"));
        if (++finished >= limit) return finished;
      }
    }
  }
  return finished;
}
