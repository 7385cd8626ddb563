export * as RateLimit from "./index.js";

import { createHmac } from "node:crypto";
import { DeleteCommand, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { queryPages } from "../db/query.js";
import { storedKey } from "../db/secret.js";
import { ChorusError } from "../util/error.js";

export interface Rule {
  /** What is limited, e.g. `login-ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Subjects (client addresses, e-mails) are stored only as a keyed hash: an HMAC under a random
 * secret made for each UTC day and thrown away two days later. An unkeyed hash of an IPv4
 * address is reversed by trying all four billion; without the day's secret there is nothing to
 * try, and once the secret is purged not even the table's owner can tell whose counter it was.
 */
const SECRET_DAYS_KEPT = 2;
const isoOf = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

/** The day's secret: made by whichever instance needs it first, read by all the others. */
function secretFor(db: Db, day: string): Promise<Buffer> {
  const key = Keys.limitKey(day);
  const expiresAt = Date.parse(`${day}T00:00:00Z`) / 1000 + (SECRET_DAYS_KEPT + 1) * 86_400;
  return storedKey(db, key, {
    ...Keys.expiring(isoOf(expiresAt), 0, key.pk, key.sk),
    type: "limitKey",
    expiresAt,
  });
}

/** A counter per subject and fixed window, under the keyed hash of the subject. */
async function key(db: Db, rule: Rule, subject: string) {
  const windowStart = Math.floor(db.now().getTime() / 1000 / rule.windowSeconds);
  const day = new Date(windowStart * rule.windowSeconds * 1000).toISOString().slice(0, 10);
  const hash = createHmac("sha256", await secretFor(db, day))
    .update(`${rule.name}\n${subject}`)
    .digest("hex")
    .slice(0, 40);
  return { windowStart, hash, key: Keys.rateLimit(rule.name, hash, windowStart) };
}

/** Adds one to the subject's count in the current window and returns the new count. */
export async function hit(db: Db, rule: Rule, subject: string): Promise<number> {
  const { windowStart, hash, key: itemKey } = await key(db, rule, subject);
  const expiresAt = (windowStart + 2) * rule.windowSeconds;
  const index = Keys.expiring(
    isoOf(expiresAt),
    Number.parseInt(hash[0]!, 16) % EXPIRY_SHARDS,
    itemKey.pk,
    itemKey.sk,
  );
  const result = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: itemKey,
      UpdateExpression:
        "ADD #count :one SET #type = :type, expiresAt = :expires, gsi1pk = :ipk, gsi1sk = :isk",
      ExpressionAttributeNames: { "#count": "count", "#type": "type" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":type": "rateLimit",
        ":expires": expiresAt,
        ":ipk": index.gsi1pk,
        ":isk": index.gsi1sk,
      },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return (result.Attributes?.count as number | undefined) ?? 1;
}

/** The subject's count in the current window, without adding to it. */
export async function peek(db: Db, rule: Rule, subject: string): Promise<number> {
  const { key: itemKey } = await key(db, rule, subject);
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: itemKey }));
  return (Item?.count as number | undefined) ?? 0;
}

/** Seconds until the current window of a rule ends. */
export function retryAfter(db: Db, rule: Rule): number {
  const now = db.now().getTime() / 1000;
  return Math.max(
    1,
    Math.ceil((Math.floor(now / rule.windowSeconds) + 1) * rule.windowSeconds - now),
  );
}

export function tooMany(db: Db, rule: Rule, message: string): ChorusError {
  return new ChorusError("rate_limited", "request.rate_limited", message, {
    retryAfterSeconds: retryAfter(db, rule),
  });
}

/** Counts one attempt and refuses it when the subject is over the limit. */
export async function consume(db: Db, rule: Rule, subject: string, message: string) {
  if ((await hit(db, rule, subject)) > rule.limit) throw tooMany(db, rule, message);
}

/** Partitions of the expiry index. Counters are written on misses only, never per response. */
export const EXPIRY_SHARDS = 8;

/**
 * Deletes the counters and day secrets whose time is over, found through the expiry index. In
 * AWS the table's TTL would delete them too, later; the embedded store has no TTL, and neither
 * should be needed for data to go. Safe to run twice at once or after a crash: deleting what
 * is gone changes nothing.
 */
export async function purge(db: Db): Promise<number> {
  const now = db.now().toISOString();
  let deleted = 0;
  for (let shard = 0; shard < EXPIRY_SHARDS; shard++) {
    const query = {
      TableName: db.table,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :p AND gsi1sk < :now",
      ExpressionAttributeValues: { ":p": Keys.expiringPartition(shard), ":now": now },
    };
    for await (const page of queryPages(db, query)) {
      for (const item of page.Items ?? []) {
        await db.doc.send(
          new DeleteCommand({ TableName: db.table, Key: { pk: item.pk, sk: item.sk } }),
        );
        deleted++;
      }
    }
  }
  return deleted;
}
