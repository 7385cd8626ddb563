/**
 * The organisation's own themes. Each save and removal is idempotent and audited exactly once:
 * the theme item carries the fingerprint of what was saved and the time it was saved at, and
 * the audit entry's key is made from them, so a retry after a crash anywhere writes what is
 * missing and nothing twice.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { fingerprint } from "../db/once.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { conflict, invalid } from "../util/error.js";
import type { ThemeDef } from "./codebook.js";
import { OrgThemeSave, StoredOrgTheme } from "./schema.js";

/** The organisation's own themes, oldest first by id. One query. */
export async function orgThemes(db: Db, orgId: string): Promise<ThemeDef[]> {
  const out: ThemeDef[] = [];
  for await (const page of queryPages(db, {
    ...partitionQuery(Keys.org(orgId).pk, Keys.orgThemePrefix()),
    ConsistentRead: true,
  })) {
    for (const item of page.Items ?? []) {
      const theme = readItem(StoredOrgTheme, item, "organisation theme");
      if (!theme.removedAt) out.push({ id: theme.id, label: theme.label, words: theme.words });
    }
  }
  return out;
}

async function stored(db: Db, orgId: string, id: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.orgTheme(orgId, id), ConsistentRead: true }),
  );
  return Item ? readItem(StoredOrgTheme, Item, "organisation theme") : undefined;
}

const clean = (list: string[]) => [...new Set(list.map((w) => w.replace(/\s+/g, " ")))].sort();

/**
 * Saves (creates or replaces) one of the organisation's themes. The same body again changes
 * nothing; a theme removed and saved again comes back. Words are a list read in every
 * language, or a list per language.
 */
export async function saveOrgTheme(
  db: Db,
  staff: Audit.Staff,
  input: OrgThemeSave,
): Promise<ThemeDef> {
  const parsed = v.safeParse(OrgThemeSave, input);
  if (!parsed.success)
    throw invalid("theme.invalid", "The theme is not valid.", v.flatten(parsed.issues));
  const { id, label } = parsed.output;
  const given = parsed.output.words;
  const words: Record<string, string[]> = Array.isArray(given)
    ? { "*": clean(given) }
    : Object.fromEntries(Object.entries(given).map(([lang, list]) => [lang, clean(list)]));
  const hash = fingerprint({ id, label, words });
  const before = await stored(db, staff.orgId, id);
  let at = before?.at ?? "";
  if (!before || before.hash !== hash || before.removedAt) {
    at = db.now().toISOString();
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: {
            ...Keys.orgTheme(staff.orgId, id),
            type: "orgTheme",
            orgId: staff.orgId,
            id,
            label,
            words,
            hash,
            at,
            by: staff.id,
          },
          // Someone else's save in between is a conflict, not something to overwrite blindly.
          ...(before
            ? {
                ConditionExpression: "#at = :at",
                ExpressionAttributeNames: { "#at": "at" },
                ExpressionAttributeValues: { ":at": before.at },
              }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const now = await stored(db, staff.orgId, id);
      if (!now || now.hash !== hash || now.removedAt)
        throw conflict("theme.changed", "Someone changed this theme at the same time. Try again.");
      at = now.at;
    }
  }
  await Audit.byStaffOnce(db, staff, {
    action: "theme.saved",
    at,
    id: `th_${hash.slice(0, 20)}`,
    target: { type: "theme", id },
    detail: { theme: id, words: Object.values(words).reduce((n, list) => n + list.length, 0) },
  });
  return { id, label, words };
}

/**
 * Removes one of the organisation's themes: marked removed (with the time), audited, then
 * deleted, so a retry after a crash at any step finishes the rest. An unknown id is no error.
 */
export async function removeOrgTheme(
  db: Db,
  staff: Audit.Staff,
  id: string,
): Promise<{ removed: boolean }> {
  if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(id))
    throw invalid("theme.invalid", "There is no theme with that id.");
  const before = await stored(db, staff.orgId, id);
  if (!before) return { removed: false };
  let removedAt = before.removedAt;
  if (!removedAt) {
    removedAt = db.now().toISOString();
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: Keys.orgTheme(staff.orgId, id),
          UpdateExpression: "SET removedAt = :r",
          ConditionExpression: "#at = :at AND attribute_not_exists(removedAt)",
          ExpressionAttributeNames: { "#at": "at" },
          ExpressionAttributeValues: { ":r": removedAt, ":at": before.at },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const now = await stored(db, staff.orgId, id);
      if (!now) return { removed: false };
      if (!now.removedAt)
        throw conflict("theme.changed", "Someone changed this theme at the same time. Try again.");
      removedAt = now.removedAt;
    }
  }
  await Audit.byStaffOnce(db, staff, {
    action: "theme.removed",
    at: removedAt,
    id: `thr_${before.hash.slice(0, 20)}`,
    target: { type: "theme", id },
    detail: { theme: id },
  });
  await db.doc
    .send(
      new DeleteCommand({
        TableName: db.table,
        Key: Keys.orgTheme(staff.orgId, id),
        ConditionExpression: "removedAt = :r",
        ExpressionAttributeValues: { ":r": removedAt },
      }),
    )
    .catch((error) => {
      if (!isConditionFailed(error)) throw error;
    });
  return { removed: true };
}
