/**
 * Naming or removing a wave, crashed at each of its writes, ends after the officer's retry with
 * the wave as asked and its audit record written (at least once, never lost).
 */

import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Audit, Wave } from "@chorus/core";
import { Keys } from "@chorus/core/db/keys";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { Crash, crashing } from "./crashing.js";
import { seededApp } from "./testing.js";

const { db } = await seededApp();
const dying = crashing(db);
const staff = { orgId: Demo.ORG_ID, id: "stf_demo_officer", email: "officer@demo.chorus.test" };
const records = async (id: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action: "wave.", limit: 1000 })).filter(
    (entry) => entry.target?.id === id,
  ).length;

// Save: the wave's put, the audit record, clearing the mark. Remove: the record, the delete.
const points = [1, 2, 3].flatMap((at) =>
  (["before", "after"] as const).map((mode) => ({ at, mode })),
);

describe.each(points)("a crash $mode write $at", ({ at, mode }) => {
  const id = `wav_crash_${at}_${mode}`;
  const wave = {
    label: `Crash ${at} ${mode}`,
    from: `20${40 + at}-01-01`,
    to: `20${40 + at}-0${mode === "before" ? 1 : 2}-28`,
  };

  it("saving, then the retry, leaves the wave and its record", async () => {
    dying.arm(at, mode);
    await Wave.save(dying.db, staff, id, wave).catch((error) => {
      if (!(error instanceof Crash)) throw error;
    });
    dying.disarm();
    await Wave.save(db, staff, id, wave);
    expect(await Wave.get(db, Demo.ORG_ID, id)).toMatchObject(wave);
    const { Item } = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: Keys.wave(Demo.ORG_ID, id) }),
    );
    expect(Item?.owedRecord).toBeUndefined();
    expect(await records(id)).toBeGreaterThanOrEqual(1);
    expect(await records(id)).toBeLessThanOrEqual(2);
  });

  it("removing, then the retry, leaves no wave and a record of it", async () => {
    const before = await records(id);
    dying.arm(at, mode);
    await Wave.remove(dying.db, staff, id).catch((error) => {
      if (!(error instanceof Crash)) throw error;
    });
    dying.disarm();
    await Wave.remove(db, staff, id);
    expect(await Wave.get(db, Demo.ORG_ID, id)).toBeUndefined();
    expect(await records(id)).toBeGreaterThan(before);
  });
});
