export * as Share from "./index.js";

import { createHmac, timingSafeEqual } from "node:crypto";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { isConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { createOnce, fingerprint } from "../db/once.js";
import { queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { isTokenShaped, secretHash, storedKey } from "../db/secret.js";
import { controlReport } from "../export/control.js";
import { RateLimit } from "../limit/index.js";
import { Org } from "../org/index.js";
import { Place } from "../place/index.js";
import type { PlaceView } from "../place/schema.js";
import { Report } from "../report/index.js";
import type { ReportFilters } from "../report/schema.js";
import { noSuchSurvey } from "../survey/errors.js";
import { Survey } from "../survey/index.js";
import { ChorusError, conflict, notFound } from "../util/error.js";
import type { ShareCreate, SharedReport, ShareView } from "./schema.js";

export { MAX_SHARE_DAYS } from "./schema.js";

const Stored = v.object({
  id: v.string(),
  orgId: v.string(),
  kind: v.picklist(["survey", "place"]),
  surveyId: v.optional(v.string()),
  filters: v.record(v.string(), v.string()),
  label: v.string(),
  createdAt: v.string(),
  createdBy: v.object({ id: v.string(), email: v.string() }),
  expiresAt: v.string(),
  revokedAt: v.optional(v.string()),
  tokenHash: v.string(),
});
type Stored = v.InferOutput<typeof Stored>;

/*
 * A link's token is its id followed by an HMAC-SHA256 of the organisation and id under the
 * organisation's own random key (kept in the table, made on first use): it cannot be made
 * without the key, and the same link asked for twice (a retry) is the same token. The table
 * keeps only the token's hash, so a copy of the share items alone opens nothing.
 */
const SIGNATURE_LENGTH = 43; // 32 bytes, base64url
async function tokenFor(db: Db, orgId: string, shareId: string): Promise<string> {
  const signature = createHmac(
    "sha256",
    await storedKey(db, Keys.shareSecret(orgId), { type: "shareSecret", orgId }),
  )
    .update(`${orgId}\n${shareId}`)
    .digest("base64url");
  return `${shareId}${signature}`;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function statusOf(db: Db, share: Stored): ShareView["status"] {
  if (share.revokedAt) return "revoked";
  return share.expiresAt <= db.now().toISOString() ? "expired" : "open";
}

function view(db: Db, share: Stored): ShareView {
  return {
    id: share.id,
    kind: share.kind,
    surveyId: share.surveyId ?? null,
    filters: share.filters,
    label: share.label,
    createdAt: share.createdAt,
    createdBy: share.createdBy.email,
    expiresAt: share.expiresAt,
    revokedAt: share.revokedAt ?? null,
    status: statusOf(db, share),
  };
}

/**
 * A new read-only link to one survey's report (with its filters) or to the story of place,
 * open for `days`. The same request again (same id and body) gives back the same link; another
 * body under the same id is a 409. Audited once.
 */
export async function create(
  db: Db,
  staff: Audit.Staff,
  body: ShareCreate,
  baseUrl: string,
): Promise<{ share: ShareView & { token: string; url: string }; created: boolean }> {
  if (body.surveyId !== undefined) {
    const survey = await Survey.get(db, staff.orgId, body.surveyId);
    if (!survey || survey.publishedVersion < 1) throw noSuchSurvey();
  }
  const now = db.now();
  const createdAt = now.toISOString();
  const token = await tokenFor(db, staff.orgId, body.id);
  const item = {
    ...Keys.share(body.id),
    ...Keys.sharesOfOrg(staff.orgId, createdAt, body.id),
    type: "share",
    id: body.id,
    orgId: staff.orgId,
    kind: body.surveyId === undefined ? "place" : "survey",
    ...(body.surveyId === undefined ? {} : { surveyId: body.surveyId }),
    filters: body.filters ?? {},
    label: body.label,
    createdAt,
    createdBy: { id: staff.id, email: staff.email },
    expiresAt: new Date(now.getTime() + body.days * 86_400_000).toISOString(),
    tokenHash: secretHash(token),
    requestHash: fingerprint({ orgId: staff.orgId, staffId: staff.id, body }),
  };
  const result = await createOnce(db, {
    item,
    field: "requestHash",
    conflict: () => conflict("share.conflict", "A different link was already made under this id."),
  });
  const share = readItem(Stored, result.item, "share");
  if (result.created) {
    await Audit.byStaff(
      db,
      staff,
      "share.created",
      { type: "share", id: share.id },
      {
        kind: share.kind,
        days: body.days,
        ...(share.surveyId ? { surveyId: share.surveyId } : {}),
      },
    );
  }
  return {
    share: { ...view(db, share), token, url: `${baseUrl}/share/${token}` },
    created: result.created,
  };
}

/** The organisation's links, newest first, open or not; never their tokens. */
export async function list(db: Db, orgId: string): Promise<ShareView[]> {
  const shares: ShareView[] = [];
  const query = {
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :p",
    ExpressionAttributeValues: { ":p": Keys.sharesOfOrgPartition(orgId) },
    ScanIndexForward: false,
  };
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) shares.push(view(db, readItem(Stored, item, "share")));
  }
  return shares;
}

const noSuchShare = () => notFound("share.not_found", "There is no such link.");

/** Closes a link for good; closing a closed one changes nothing but is not an error. Audited. */
export async function revoke(db: Db, staff: Audit.Staff, shareId: string): Promise<ShareView> {
  let share: Stored;
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.share(shareId),
        UpdateExpression: "SET revokedAt = if_not_exists(revokedAt, :now)",
        // Another organisation's link reads exactly like one that does not exist.
        ConditionExpression: "attribute_exists(pk) AND orgId = :org",
        ExpressionAttributeValues: { ":now": db.now().toISOString(), ":org": staff.orgId },
        ReturnValues: "ALL_NEW",
      }),
    );
    share = readItem(Stored, Attributes!, "share");
  } catch (error) {
    if (isConditionFailed(error)) throw noSuchShare();
    throw error;
  }
  await Audit.byStaff(db, staff, "share.revoked", { type: "share", id: shareId });
  return view(db, share);
}

/**
 * Links that find nothing allowed from one client in ten minutes: plenty for someone
 * mistyping, hopeless for guessing (a token carries 256 bits of signature).
 */
export const SHARE_MISSES = { name: "share-misses", limit: 30, windowSeconds: 600 };

/** A survey report names its council (`orgName`) for its cover; the story of place carries its own. */
export type Opened =
  | { kind: "survey"; orgName: string; report: SharedReport }
  | { kind: "place"; place: PlaceView };

/**
 * What a link shows to whoever holds it: aggregates under the disclosure rule (approved quotes
 * at most), never answers, never exact counts. Every open is audited with the link's id; an
 * expired or revoked link is a 410 (audited too), an unknown one a 404 that counts towards the
 * client's limit of misses.
 */
export async function open(db: Db, token: string, client: string): Promise<Opened> {
  if ((await RateLimit.peek(db, SHARE_MISSES, client)) >= SHARE_MISSES.limit) {
    throw RateLimit.tooMany(db, SHARE_MISSES, "Too many links that do not work. Try again later.");
  }
  const share = await find(db, token);
  if (!share) {
    await RateLimit.hit(db, SHARE_MISSES, client);
    throw noSuchShare();
  }
  const status = statusOf(db, share);
  const audit = (action: Audit.Action) =>
    Audit.record(db, {
      orgId: share.orgId,
      actor: { type: "system" },
      action,
      target: { type: "share", id: share.id },
      detail: { kind: share.kind, status },
    });
  if (status !== "open") {
    await audit("share.refused");
    throw new ChorusError(
      "closed",
      status === "revoked" ? "share.revoked" : "share.expired",
      status === "revoked"
        ? "This link has been switched off. Ask the person who sent it for a new one."
        : "This link has run out. Ask the person who sent it for a new one.",
    );
  }
  await audit("share.opened");
  if (share.kind === "place") {
    return { kind: "place", place: await Place.read(db, share.orgId, share.filters) };
  }
  const [org, report] = await Promise.all([Org.get(db, share.orgId), surveyReport(db, share)]);
  return { kind: "survey", orgName: org?.name ?? "", report };
}

async function find(db: Db, token: string): Promise<Stored | undefined> {
  if (!isTokenShaped(token, SIGNATURE_LENGTH + 12)) return undefined;
  const shareId = token.slice(0, -SIGNATURE_LENGTH);
  if (!/^shr_[A-Za-z0-9]{8,32}$/.test(shareId)) return undefined;
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.share(shareId), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const share = readItem(Stored, Item, "share");
  const signed = await tokenFor(db, share.orgId, share.id);
  return sameText(signed, token) && sameText(secretHash(token), share.tokenHash)
    ? share
    : undefined;
}

/**
 * The survey report a link shows: the leaders' report under the rule once more, without the
 * access code, the filter bar's options or the exact number of responses.
 */
async function surveyReport(db: Db, share: Stored): Promise<SharedReport> {
  const report = controlReport(
    await Report.read(db, share.orgId, share.surveyId!, share.filters as ReportFilters),
  );
  const { id, title, defaultLanguage } = report.survey;
  // The filter bar's options name the access codes: an outsider needs none of them.
  const { options: _options, ...rest } = report;
  return { ...rest, survey: { id, title, defaultLanguage } };
}
