import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { INVITE_HOURS } from "./admin.js";
import { Staff } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "staff-core");
let now = Date.UTC(2026, 10, 30, 9);
const db = createDb({ table: "staff-core", endpoint: dynamo.endpoint, now: () => new Date(now) });
const admin = { id: "stf_admin", email: "admin@a.gov.uk", orgId: "org_a" };
const STRONG = "kettle orbit lantern meadow";

async function invite(email: string) {
  const { link, staff } = await Staff.invite(db, admin, {
    email,
    name: "Newcomer",
    roles: ["officer"],
    baseUrl: "https://chorus.test",
  });
  return { token: link.split("#")[1]!, staff };
}

describe("set-password links, on dynalite", () => {
  it("sets the password for exactly one of 8 racing uses of one link", async () => {
    const { token, staff } = await invite("race@a.gov.uk");
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, () => Staff.setPassword(db, token, STRONG)),
    );
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    for (const s of settled.filter((s) => s.status === "rejected")) {
      expect(s.reason).toMatchObject({ code: "auth.link_expired" });
    }
    // One use, one new epoch: a second use would have raised it twice.
    expect((await Staff.get(db, "org_a", staff.id))?.sessionEpoch).toBe(1);
  });

  it("refuses a link once its hours have passed, though the purge has not yet removed it", async () => {
    const { token } = await invite("late@a.gov.uk");
    now += INVITE_HOURS * 3600_000;
    await expect(Staff.setPassword(db, token, STRONG)).rejects.toMatchObject({
      kind: "closed",
      code: "auth.link_expired",
    });
    expect((await Staff.findForSignIn(db, "late@a.gov.uk"))?.passwordHash).toBeUndefined();
  });
});
