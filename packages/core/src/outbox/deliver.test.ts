import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { Jobs } from "../jobs/index.js";
import { Outbox } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "outbox-core");
let clock = new Date("2026-11-30T09:00:00Z");
const db = createDb({ table: "outbox-core", endpoint: dynamo.endpoint, now: () => clock });

/** A mail service that records what it was given, and can be told to refuse. */
function mailService() {
  const sent: string[] = [];
  let refusing = false;
  const send: Outbox.Send = async (message) => {
    // Yield first, as a real call would, so concurrent runs really interleave.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (refusing) throw new Error("mail service unavailable");
    sent.push(`${message.to}: ${message.subject}`);
  };
  return { sent, send, refuse: (yes: boolean) => (refusing = yes) };
}

const stored = async (id: string) =>
  (
    await db.doc.send(
      new GetCommand({ TableName: db.table, Key: Keys.outbox("org_a", id), ConsistentRead: true }),
    )
  ).Item!;

describe("sending the outbox", () => {
  it("sends each waiting message once, even with several runs at once", async () => {
    const service = mailService();
    const first = await Outbox.add(db, "org_a", { to: "a@x.test", subject: "One", body: "1" });
    await Outbox.addOnce(db, Keys.notification("org_a", "alr_1", "stf_1", "raised"), {
      orgId: "org_a",
      to: "b@x.test",
      subject: "Two",
      body: "2",
    });
    const job = Jobs.mailJob(service.send);
    await Promise.all([job.run(db), job.run(db), Outbox.deliver(db, service.send)]);
    expect(service.sent.sort()).toEqual(["a@x.test: One", "b@x.test: Two"]);
    expect(await Outbox.deliver(db, service.send)).toEqual({ sent: 0, failed: 0 });
    const item = await stored(first.id);
    expect(item.sentAt).toBe(clock.toISOString());
    expect(item.gsi1pk).toBeUndefined();
    // The admins' outbox still lists what was sent.
    expect((await Outbox.list(db, "org_a")).map((m) => m.subject).sort()).toEqual(["One", "Two"]);
  });

  it("tries again a message the service refused, and one a dead run left claimed", async () => {
    const service = mailService();
    const refused = await Outbox.add(db, "org_a", { to: "c@x.test", subject: "Three", body: "3" });
    service.refuse(true);
    expect(await Outbox.deliver(db, service.send)).toEqual({ sent: 0, failed: 1 });
    service.refuse(false);
    expect(await Outbox.deliver(db, service.send)).toEqual({ sent: 1, failed: 0 });
    expect((await stored(refused.id)).sentAt).toBeDefined();

    // A run that claimed a message and died: nobody sends it while the claim is fresh…
    const stuck = await Outbox.add(db, "org_a", { to: "d@x.test", subject: "Four", body: "4" });
    const dying: Outbox.Send = () => new Promise(() => {});
    void Outbox.deliver(db, dying);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stored(stuck.id)).sendingAt).toBeDefined();
    expect(await Outbox.deliver(db, service.send)).toEqual({ sent: 0, failed: 0 });
    // …and the next run after the claim went stale sends it.
    clock = new Date(clock.getTime() + 11 * 60_000);
    expect(await Outbox.deliver(db, service.send)).toEqual({ sent: 1, failed: 0 });
    expect(service.sent).toEqual(["c@x.test: Three", "d@x.test: Four"]);
  });
});
