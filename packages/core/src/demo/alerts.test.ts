import { afterAll, describe, expect, it } from "vitest";
import { Alert } from "../alert/index.js";
import { createDb } from "../db/client.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { Demo } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "demo-alerts");
const db = createDb({ table: "demo-alerts", endpoint: dynamo.endpoint });

describe("the demo council's alerts", () => {
  it("show open, acknowledged and closed alerts, the same after a second seed", {
    timeout: 60_000,
  }, async () => {
    await Demo.seed(db);
    const first = await Alert.list(db, Demo.ORG_ID);
    await Demo.seed(db);
    const again = await Alert.list(db, Demo.ORG_ID);
    expect(again).toEqual(first);
    const by = (status: string) => first.filter((alert) => alert.status === status);
    expect(by("open")).toHaveLength(6);
    expect(by("acknowledged")).toHaveLength(1);
    expect(by("closed")).toHaveLength(3);
    for (const alert of by("closed")) {
      expect(alert.outcome).toBeDefined();
      expect(Object.keys(alert.notes ?? {}).length).toBeGreaterThan(0);
      expect(alert.ownerId).toBe("stf_demo_safeguarding");
    }
    const [acknowledged] = by("acknowledged");
    expect(acknowledged?.reasons).toContainEqual({ kind: "tellMyWorker", severity: "urgent" });
  });
});
