import { randomBytes } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { sha256 } from "../util/hash.js";
import type { Db } from "./client.js";
import { isConditionFailed } from "./condition.js";

/**
 * One-time secrets (session cookies, set-password links, invite links, tablet tokens, sign-in
 * transactions): the holder keeps the token, the table keeps only its SHA-256, so a copy of the
 * table opens nothing. Tokens carry 144 to 256 random bits, so an unsalted hash is enough: there
 * is no dictionary to try.
 */
export interface Secret {
  /** What the holder is given, once. */
  token: string;
  /** What is stored, and the key it is stored under. */
  hash: string;
}

/** A new random token (URL-safe) and its hash. */
export function newSecret(bytes = 32): Secret {
  const token = randomBytes(bytes).toString("base64url");
  return { token, hash: secretHash(token) };
}

export const secretHash = (token: string) => sha256(token);

/** Tokens longer than any Chorus makes are refused before they reach a key. */
export const MAX_TOKEN_LENGTH = 100;

/** A token of the shape Chorus issues: URL-safe characters, within the given lengths. */
export function isTokenShaped(token: string, min = 16, max = MAX_TOKEN_LENGTH): boolean {
  return token.length >= min && token.length <= max && /^[\w-]+$/.test(token);
}

/** Epoch seconds, as the table's `expiresAt` (AWS's TTL attribute) holds them. */
export const epochSeconds = (ms: number) => Math.ceil(ms / 1000);

/** Whether an item's `expiresAt` has passed: the purge and AWS TTL may be late, reads are not. */
export function hasExpired(db: Db, item: Record<string, unknown>): boolean {
  const expiresAt = item.expiresAt;
  return typeof expiresAt === "number" && expiresAt * 1000 <= db.now().getTime();
}

/** Stores the item a secret opens. `item` holds the key; it must be new. */
export async function putSecret(
  db: Db,
  item: Record<string, unknown> & { pk: string; sk: string; expiresAt?: number },
): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: item,
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

/** The item behind a secret, read consistently; undefined if there is none or it has expired. */
export async function readSecret(
  db: Db,
  key: { pk: string; sk: string },
): Promise<Record<string, unknown> | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
  );
  return Item && !hasExpired(db, Item) ? Item : undefined;
}

/**
 * Uses a single-use secret: deletes its item and returns what it held, so of two racing
 * requests exactly one gets it. An expired item is deleted too, and gives nothing.
 */
export async function takeSecret(
  db: Db,
  key: { pk: string; sk: string },
): Promise<Record<string, unknown> | undefined> {
  const taken = await takeSecretRecord(db, key);
  return taken && !taken.expired ? taken.item : undefined;
}

/**
 * `takeSecret` for a caller that must know whose an expired secret was (to audit a sign-in
 * that came back too late against its organisation). Only `expired: false` may be acted on.
 */
export async function takeSecretRecord(
  db: Db,
  key: { pk: string; sk: string },
): Promise<{ item: Record<string, unknown>; expired: boolean } | undefined> {
  try {
    const { Attributes } = await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: key,
        ConditionExpression: "attribute_exists(pk)",
        ReturnValues: "ALL_OLD",
      }),
    );
    return Attributes && { item: Attributes, expired: hasExpired(db, Attributes) };
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

const storedKeys = new WeakMap<Db, Map<string, Promise<Buffer>>>();

/**
 * A random 32-byte key kept in the table under `key` (with `attributes`): made by whichever
 * instance needs it first, read by all the others, remembered by this process. A failed read is
 * not remembered, so the next call tries again.
 */
export function storedKey(
  db: Db,
  key: { pk: string; sk: string },
  attributes: Record<string, unknown>,
): Promise<Buffer> {
  const cache = storedKeys.get(db) ?? new Map<string, Promise<Buffer>>();
  storedKeys.set(db, cache);
  const name = `${key.pk}|${key.sk}`;
  let secret = cache.get(name);
  if (!secret) {
    secret = loadOrMakeKey(db, key, attributes);
    secret.catch(() => cache.delete(name));
    if (cache.size > 64) cache.delete(cache.keys().next().value!);
    cache.set(name, secret);
  }
  return secret;
}

async function loadOrMakeKey(
  db: Db,
  key: { pk: string; sk: string },
  attributes: Record<string, unknown>,
): Promise<Buffer> {
  const read = async () => {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }),
    );
    return typeof Item?.secret === "string" ? Buffer.from(Item.secret, "base64") : undefined;
  };
  const found = await read();
  if (found) return found;
  const secret = randomBytes(32);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, ...attributes, secret: secret.toString("base64") },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return secret;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    // Another instance made it first: everyone uses that one.
    const theirs = await read();
    if (!theirs) throw new Error(`The key ${key.pk} vanished`);
    return theirs;
  }
}
