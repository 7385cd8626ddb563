import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { conflict } from "../util/error.js";
import { createDb } from "./client.js";
import { ensureTable, startLocalDynamo } from "./local.js";
import { createOnce, fingerprint } from "./once.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "once-core");
const db = createDb({ table: "once-core", endpoint: dynamo.endpoint });

const taken = () => conflict("thing.exists", "Another thing already has this id.");
const thing = (id: string, body: object, at: string) => ({
  item: { pk: `THING#${id}`, sk: "THING", type: "thing", ...body, bodyHash: fingerprint(body), at },
  field: "bodyHash",
  conflict: taken,
});

/** The item as the table holds it, attribute types included, to compare before and after. */
async function raw(id: string) {
  const { Item } = await db.doc.send(
    new GetItemCommand({
      TableName: db.table,
      Key: { pk: { S: `THING#${id}` }, sk: { S: "THING" } },
      ConsistentRead: true,
    }),
  );
  return JSON.stringify(Item);
}

describe("fingerprint", () => {
  it("is the same whatever the key order, and differs for another value", () => {
    expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      fingerprint({ b: [1, { d: 3, c: 2 }], a: 1 }),
    );
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe("createOnce, on dynalite", () => {
  it("creates, then answers a same-body retry as not created, writing nothing", async () => {
    const first = await createOnce(db, thing("a", { n: 1 }, "first"));
    expect(first).toEqual({ created: true, item: expect.objectContaining({ at: "first" }) });
    const before = await raw("a");
    // The retry carries another timestamp, as a retried request would: it must not land.
    const again = await createOnce(db, thing("a", { n: 1 }, "retry"));
    expect(again.created).toBe(false);
    expect(again.item.at).toBe("first");
    expect(await raw("a")).toBe(before);
  });

  it("throws the caller's conflict for another body and leaves the item byte-identical", async () => {
    await createOnce(db, thing("b", { n: 1 }, "first"));
    const before = await raw("b");
    await expect(createOnce(db, thing("b", { n: 2 }, "other"))).rejects.toMatchObject({
      kind: "conflict",
      code: "thing.exists",
    });
    expect(await raw("b")).toBe(before);
  });

  it("gives exactly one created:true to racing creates of the same body", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createOnce(db, thing("c", { n: 1 }, `racer ${i}`))),
    );
    const winners = results.filter((result) => result.created);
    expect(winners).toHaveLength(1);
    // Every loser sees the winner's item, not its own.
    for (const result of results) expect(result.item.at).toBe(winners[0]!.item.at);
  });

  it("lets exactly one of racing creates with different bodies win; the rest conflict", async () => {
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => createOnce(db, thing("d", { n: i }, `racer ${i}`))),
    );
    const won = settled.filter((s) => s.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ value: { created: true } });
    const lost = settled.filter((s) => s.status === "rejected");
    for (const s of lost) expect(s.reason).toMatchObject({ code: "thing.exists" });
  });
});
