export * as RateLimit from "./index.js";

import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ChorusError } from "../util/error.js";
import { sha256 } from "../util/hash.js";

export interface Rule {
  /** What is limited, e.g. `login-ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** A counter per subject and fixed window; subjects (IPs, e-mails) are stored only as hashes. */
function key(db: Db, rule: Rule, subject: string) {
  const windowStart = Math.floor(db.now().getTime() / 1000 / rule.windowSeconds);
  return { windowStart, key: Keys.rateLimit(rule.name, sha256(subject), windowStart) };
}

/** Adds one to the subject's count in the current window and returns the new count. */
export async function hit(db: Db, rule: Rule, subject: string): Promise<number> {
  const { windowStart, key: itemKey } = key(db, rule, subject);
  const result = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: itemKey,
      UpdateExpression: "ADD #count :one SET #type = :type, expiresAt = :expires",
      ExpressionAttributeNames: { "#count": "count", "#type": "type" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":type": "rateLimit",
        ":expires": (windowStart + 2) * rule.windowSeconds,
      },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return (result.Attributes?.count as number | undefined) ?? 1;
}

/** The subject's count in the current window, without adding to it. */
export async function peek(db: Db, rule: Rule, subject: string): Promise<number> {
  const { key: itemKey } = key(db, rule, subject);
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
