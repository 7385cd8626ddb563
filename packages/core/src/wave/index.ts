export * as Wave from "./index.js";

import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Audit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { ignoreConditionFailed } from "../db/condition.js";
import { Keys } from "../db/keys.js";
import { partitionQuery, queryPages } from "../db/query.js";
import { readItem } from "../db/read.js";
import { Distribution } from "../distribution/index.js";
import { conflict, invalid } from "../util/error.js";
import { inOrder } from "./assign.js";
import { Wave, type WaveSave } from "./schema.js";

export { inOrder, waveOf } from "./assign.js";

/** The organisation's waves, in time order. */
export async function list(db: Db, orgId: string): Promise<Wave[]> {
  const waves: Wave[] = [];
  const query = partitionQuery(Keys.org(orgId).pk, Keys.wavePrefix());
  for await (const page of queryPages(db, query)) {
    for (const item of page.Items ?? []) waves.push(readItem(Wave, item, "wave"));
  }
  return inOrder(waves);
}

/** The distribution behind an access code, if it is this organisation's. */
async function codeOf(db: Db, orgId: string, code: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.accessCode(code) }),
  );
  const distribution =
    Item?.orgId === orgId && typeof Item.distributionId === "string"
      ? await Distribution.get(db, orgId, Item.distributionId)
      : undefined;
  // Another organisation's code reads exactly like one that does not exist.
  if (!distribution) {
    throw invalid("wave.unknown_code", "There is no such code in your organisation.", {
      nested: { code: ["Check the code: it must be one of your organisation's."] },
    });
  }
  return distribution;
}

const same = (a: Wave, b: Wave) =>
  a.label === b.label && a.code === b.code && a.from === b.from && a.to === b.to;

/**
 * Names a wave, or changes one, under the id the client chose: saving the same again changes
 * nothing (and records nothing). A code that another wave already has, or dates that overlap
 * another wave's, are refused, so each answer falls in one wave without anyone having to know
 * the precedence in `assign.ts` (which still decides if two officers save at the same moment).
 */
export async function save(
  db: Db,
  staff: Audit.Staff,
  waveId: string,
  input: WaveSave,
): Promise<{ wave: Wave; created: boolean }> {
  const { orgId } = staff;
  let wave: Wave;
  if (input.code) {
    const distribution = await codeOf(db, orgId, input.code);
    wave = {
      id: waveId,
      label: input.label,
      code: distribution.code,
      distributionId: distribution.id,
      surveyId: distribution.surveyId,
      startsOn: (distribution.opensAt ?? distribution.createdAt).slice(0, 10),
    };
  } else {
    wave = {
      id: waveId,
      label: input.label,
      from: input.from,
      to: input.to,
      startsOn: input.from!,
    };
  }
  const others = await list(db, orgId);
  const before = others.find((other) => other.id === waveId);
  const action = before ? "wave.changed" : "wave.created";
  if (before && same(before, wave)) {
    // The same again: a retry. If the first try stopped between its write and its record, the
    // record is still owed, and is written now.
    const owed = await owedRecord(db, orgId, waveId);
    if (owed) await record(db, staff, waveId, owed);
    return { wave: before, created: false };
  }
  const clash = others.find(
    (other) =>
      other.id !== waveId &&
      (wave.distributionId
        ? other.distributionId === wave.distributionId
        : other.from && other.from <= wave.to! && wave.from! <= other.to!),
  );
  if (clash) {
    throw conflict(
      "wave.overlaps",
      wave.code
        ? `The wave "${clash.label}" already has this code.`
        : `These dates overlap the wave "${clash.label}" (${clash.from} to ${clash.to}).`,
    );
  }
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...Keys.wave(orgId, waveId),
        type: "wave",
        orgId,
        ...wave,
        updatedAt: db.now().toISOString(),
        updatedBy: staff.id,
        // Cleared once the audit record is written (see `record`).
        owedRecord: action,
      },
    }),
  );
  await record(db, staff, waveId, action);
  return { wave, created: !before };
}

/** The audit record a saved wave still owes, if its save stopped before writing it. */
async function owedRecord(
  db: Db,
  orgId: string,
  waveId: string,
): Promise<Audit.Action | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.wave(orgId, waveId) }),
  );
  const owed = Item?.owedRecord;
  return typeof owed === "string" && Audit.isAuditAction(owed) ? owed : undefined;
}

/**
 * Writes a save's audit record, then clears the mark that it is owed: a crash between the two
 * leaves the mark, and the retry writes the record (at least once, never lost).
 */
async function record(db: Db, staff: Audit.Staff, waveId: string, action: Audit.Action) {
  await Audit.byStaff(db, staff, action, { type: "wave", id: waveId });
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.wave(staff.orgId, waveId),
        UpdateExpression: "REMOVE owedRecord",
        ConditionExpression: "attribute_exists(pk)",
      }),
    )
    .catch(ignoreConditionFailed);
}

/**
 * Removes a wave; removing one that is not there is not an error (a retry). The record is
 * written before the delete, so a crash between them is finished, record and all, by a retry.
 */
export async function remove(db: Db, staff: Audit.Staff, waveId: string): Promise<boolean> {
  if (!(await get(db, staff.orgId, waveId))) return false;
  await Audit.byStaff(db, staff, "wave.removed", { type: "wave", id: waveId });
  await db.doc.send(
    new DeleteCommand({ TableName: db.table, Key: Keys.wave(staff.orgId, waveId) }),
  );
  return true;
}

/** One wave, if the organisation has it. */
export async function get(db: Db, orgId: string, waveId: string): Promise<Wave | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: Keys.wave(orgId, waveId) }),
  );
  return Item ? readItem(Wave, Item, "wave") : undefined;
}
