import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { getItems } from "./batch.js";
import { createDb } from "./client.js";
import { ensureTable, startLocalDynamo } from "./local.js";

describe("getItems, on dynalite", async () => {
  const dynamo = await startLocalDynamo();
  afterAll(() => dynamo.close());
  await ensureTable(dynamo.endpoint, "batch-core");
  const db = createDb({ table: "batch-core", endpoint: dynamo.endpoint });
  for (const name of ["a", "b", "c"]) {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: name, sk: "S", name } }));
  }

  it("answers in the order asked, with undefined where there is no item", async () => {
    const found = await getItems(db, [
      { pk: "c", sk: "S" },
      { pk: "nothing", sk: "S" },
      { pk: "a", sk: "S" },
    ]);
    expect(found.map((item) => item?.name)).toEqual(["c", undefined, "a"]);
  });

  it("takes a full batch of 100 keys", async () => {
    const keys = [
      { pk: "b", sk: "S" },
      ...Array.from({ length: 99 }, (_, i) => ({ pk: `${i}`, sk: "S" })),
    ];
    const found = await getItems(db, keys);
    expect(found).toHaveLength(100);
    expect(found[0]?.name).toBe("b");
    expect(found.slice(1).every((item) => item === undefined)).toBe(true);
  });
});
