/**
 * The organisation's own settings an admin changes: the council's name (on posters, reports and
 * shares) and its logo (on posters). Each save is a put-if-unchanged-since, audited once: the
 * entry's time comes from the saved record, so a retry after a crash writes a missing entry and
 * nothing else.
 *
 * Why the logo lives in the table: a poster's logo needs no more than 100 KB, well inside
 * DynamoDB's 400 KB item, and one item (in its own partition, see `Keys.orgLogo`) needs no
 * bucket, no second store to back up or purge, and the same code locally and in AWS. SVG is
 * refused rather than cleaned: cleaning script out of SVG safely needs a full XML sanitiser,
 * and a council's logo is just as good as a PNG.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed, isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { readItem } from "../db/read.js";
import { ChorusError, conflict, invalid, notFound } from "../util/error.js";
import { sha256 } from "../util/hash.js";
import { readPicture } from "./picture.js";
import {
  LOGO_TYPES,
  type LogoUpload,
  type LogoView,
  MAX_LOGO_BYTES,
  MAX_LOGO_PIXELS,
  type OrgSettings,
} from "./schema.js";

const StoredLogo = v.object({
  contentType: v.picklist(LOGO_TYPES),
  data: v.instance(Uint8Array),
  bytes: v.number(),
  width: v.number(),
  height: v.number(),
  hash: v.string(),
  savedAt: v.string(),
  removedAt: v.optional(v.string()),
});
type StoredLogo = v.InferOutput<typeof StoredLogo>;

const NamedOrg = v.object({ name: v.string(), nameAt: v.optional(v.string()) });

const noOrg = () => notFound("org.not_found", "There is no such organisation.");
const changedMeanwhile = () =>
  conflict("org.changed", "Someone changed this setting at the same time. Try again.");
export const logoWrongType = () =>
  invalid(
    "logo.wrong_type",
    "Use a PNG or JPEG picture. SVG pictures are not accepted, because they can carry code.",
  );
export const logoTooLarge = () =>
  new ChorusError(
    "too_large",
    "logo.too_large",
    `The logo must be ${MAX_LOGO_BYTES / 1024} KB or smaller. Save it smaller and try again.`,
  );

async function storedLogo(db: Db, orgId: string): Promise<StoredLogo | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.orgLogo(orgId), ConsistentRead: true }),
  );
  return Item ? readItem(StoredLogo, Item, "orgLogo") : undefined;
}

const logoView = (logo: StoredLogo): LogoView => ({
  contentType: logo.contentType,
  bytes: logo.bytes,
  width: logo.width,
  height: logo.height,
  version: logo.hash.slice(0, 16),
  savedAt: logo.savedAt,
});

/** The name and (without its picture) the logo, as every member of staff may read them. */
export async function settings(db: Db, orgId: string): Promise<OrgSettings> {
  const [{ Item }, logo] = await Promise.all([
    db.doc.send(new GetCommand({ TableName: db.table, Key: Keys.org(orgId) })),
    storedLogo(db, orgId),
  ]);
  if (!Item) throw noOrg();
  return {
    name: readItem(NamedOrg, Item, "org").name,
    logo: logo && !logo.removedAt ? logoView(logo) : null,
  };
}

/** The logo's picture and type, for the poster; undefined when there is none. */
export async function logo(db: Db, orgId: string) {
  const stored = await storedLogo(db, orgId);
  return stored && !stored.removedAt
    ? { contentType: stored.contentType, data: stored.data, version: logoView(stored).version }
    : undefined;
}

/** Renames the council. The same name again changes nothing. */
export async function saveName(db: Db, staff: Audit.Staff, name: string): Promise<OrgSettings> {
  const read = async () => {
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: Keys.org(staff.orgId), ConsistentRead: true }),
    );
    if (!Item) throw noOrg();
    return readItem(NamedOrg, Item, "org");
  };
  const before = await read();
  let at = before.nameAt;
  if (before.name !== name || !at) {
    at = db.now().toISOString();
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: Keys.org(staff.orgId),
          UpdateExpression: "SET #name = :name, nameAt = :at",
          ConditionExpression: before.nameAt ? "nameAt = :before" : "attribute_not_exists(nameAt)",
          ExpressionAttributeNames: { "#name": "name" },
          ExpressionAttributeValues: {
            ":name": name,
            ":at": at,
            ...(before.nameAt ? { ":before": before.nameAt } : {}),
          },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const now = await read();
      if (now.name !== name || !now.nameAt) throw changedMeanwhile();
      at = now.nameAt;
    }
  }
  await Audit.byStaffOnce(db, staff, {
    action: "org.name_saved",
    at,
    id: `orgn_${sha256(name).slice(0, 20)}`,
    target: { type: "org", id: staff.orgId },
    detail: { name },
  });
  return settings(db, staff.orgId);
}

/** The picture in an upload, checked: real base64, PNG or JPEG as it says, within the limits. */
export function checkLogo(upload: LogoUpload) {
  if (!(LOGO_TYPES as readonly string[]).includes(upload.contentType)) throw logoWrongType();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.data) || upload.data.length % 4 !== 0) {
    throw invalid("logo.unreadable", "The picture did not arrive whole. Try choosing it again.");
  }
  const data = new Uint8Array(Buffer.from(upload.data, "base64"));
  if (data.byteLength > MAX_LOGO_BYTES) throw logoTooLarge();
  const picture = readPicture(data);
  if (!picture || picture.type !== upload.contentType) throw logoWrongType();
  if (
    picture.width < 1 ||
    picture.height < 1 ||
    picture.width > MAX_LOGO_PIXELS ||
    picture.height > MAX_LOGO_PIXELS
  ) {
    throw invalid(
      "logo.too_many_pixels",
      `The logo must be at most ${MAX_LOGO_PIXELS} pixels wide and tall.`,
    );
  }
  return { data, ...picture };
}

/** Puts up the council's logo in place of any before it. The same picture again changes nothing. */
export async function saveLogo(db: Db, staff: Audit.Staff, upload: LogoUpload): Promise<LogoView> {
  const picture = checkLogo(upload);
  const hash = sha256(upload.data);
  const before = await storedLogo(db, staff.orgId);
  let saved: StoredLogo;
  if (before && before.hash === hash && !before.removedAt) {
    saved = before;
  } else {
    saved = {
      contentType: picture.type,
      data: picture.data,
      bytes: picture.data.byteLength,
      width: picture.width,
      height: picture.height,
      hash,
      savedAt: db.now().toISOString(),
    };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { ...Keys.orgLogo(staff.orgId), type: "orgLogo", orgId: staff.orgId, ...saved },
          ...(before
            ? {
                ConditionExpression: "savedAt = :before",
                ExpressionAttributeValues: { ":before": before.savedAt },
              }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const now = await storedLogo(db, staff.orgId);
      if (!now || now.hash !== hash || now.removedAt) throw changedMeanwhile();
      saved = now;
    }
  }
  await Audit.byStaffOnce(db, staff, {
    action: "org.logo_saved",
    at: saved.savedAt,
    id: `orgl_${hash.slice(0, 20)}`,
    target: { type: "org", id: staff.orgId },
    detail: {
      type: saved.contentType,
      bytes: saved.bytes,
      width: saved.width,
      height: saved.height,
    },
  });
  return logoView(saved);
}

/**
 * Takes the logo down: marked removed, audited, then deleted, so a retry after a crash at any
 * step finishes the rest. No logo is no error.
 */
export async function removeLogo(db: Db, staff: Audit.Staff): Promise<{ removed: boolean }> {
  const before = await storedLogo(db, staff.orgId);
  if (!before) return { removed: false };
  let removedAt = before.removedAt;
  if (!removedAt) {
    removedAt = db.now().toISOString();
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: Keys.orgLogo(staff.orgId),
          UpdateExpression: "SET removedAt = :r",
          ConditionExpression: "savedAt = :at AND attribute_not_exists(removedAt)",
          ExpressionAttributeValues: { ":r": removedAt, ":at": before.savedAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const now = await storedLogo(db, staff.orgId);
      if (!now) return { removed: false };
      if (!now.removedAt) throw changedMeanwhile();
      removedAt = now.removedAt;
    }
  }
  await Audit.byStaffOnce(db, staff, {
    action: "org.logo_removed",
    at: removedAt,
    id: `orglr_${before.hash.slice(0, 20)}`,
    target: { type: "org", id: staff.orgId },
  });
  await db.doc
    .send(
      new DeleteCommand({
        TableName: db.table,
        Key: Keys.orgLogo(staff.orgId),
        ConditionExpression: "removedAt = :r",
        ExpressionAttributeValues: { ":r": removedAt },
      }),
    )
    .catch(ignoreConditionFailed);
  return { removed: true };
}
