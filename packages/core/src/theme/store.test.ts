import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { Audit } from "../audit/index.js";
import { createDb } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { fingerprint } from "../db/once.js";
import { orgThemes, removeOrgTheme, saveOrgTheme, themerFor } from "./index.js";

const dynamo = await startLocalDynamo();
afterAll(() => dynamo.close());
await ensureTable(dynamo.endpoint, "theme-store");
const db = createDb({ table: "theme-store", endpoint: dynamo.endpoint });
const staff = { orgId: "org-t", id: "officer-1", email: "officer@example.org" };

async function audits(orgId: string) {
  return (await Audit.list(db, orgId, { limit: 1000 })).map((entry) => entry.action);
}

describe("an organisation's own themes", () => {
  it("saves once, audits once, and the fold's themer uses them", async () => {
    const theme = { id: "pets", label: { en: "Pets" }, words: ["dog*", "=cat"] };
    await saveOrgTheme(db, staff, theme);
    await saveOrgTheme(db, staff, theme); // a retry
    expect(await orgThemes(db, "org-t")).toEqual([
      { id: "pets", label: { en: "Pets" }, words: { "*": ["=cat", "dog*"] } },
    ]);
    expect(await audits("org-t")).toEqual(["theme.saved"]);
    const themer = await themerFor(db, "org-t");
    expect(themer("I want a dog", "en").themes).toEqual(["pets"]);
    // Another organisation sees none of it.
    expect((await themerFor(db, "org-other"))("I want a dog", "en").themes).toEqual([]);
  });

  it("adds words to a built-in theme, and takes them away when removed", async () => {
    const s = { ...staff, orgId: "org-u" };
    await saveOrgTheme(db, s, { id: "school", label: { en: "School" }, words: { en: ["=pru"] } });
    expect((await themerFor(db, "org-u"))("the pru is ok", "en").themes).toEqual(["school"]);
    expect(await removeOrgTheme(db, s, "school")).toEqual({ removed: true });
    expect(await removeOrgTheme(db, s, "school")).toEqual({ removed: false });
    expect((await themerFor(db, "org-u"))("the pru is ok", "en").themes).toEqual([]);
    expect((await audits("org-u")).sort()).toEqual(["theme.removed", "theme.saved"]);
  });

  it("finishes after a crash between the write and its audit, auditing once", async () => {
    const s = { ...staff, orgId: "org-w" };
    const words = { "*": ["=bmx"] };
    const label = { en: "Bikes" };
    // What a save that crashed after its first write leaves: the theme, no audit entry.
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.orgTheme("org-w", "bikes"),
          type: "orgTheme",
          orgId: "org-w",
          id: "bikes",
          label,
          words,
          hash: fingerprint({ id: "bikes", label, words }),
          at: "2026-11-30T10:00:00.000Z",
        },
      }),
    );
    await saveOrgTheme(db, s, { id: "bikes", label, words: ["=bmx"] });
    await saveOrgTheme(db, s, { id: "bikes", label, words: ["=bmx"] });
    // A removal that crashed after marking the theme: the retry audits and deletes it.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.orgTheme("org-w", "bikes"),
        UpdateExpression: "SET removedAt = :r",
        ExpressionAttributeValues: { ":r": "2026-11-30T11:00:00.000Z" },
      }),
    );
    expect(await orgThemes(db, "org-w")).toEqual([]);
    expect(await removeOrgTheme(db, s, "bikes")).toEqual({ removed: true });
    expect(await removeOrgTheme(db, s, "bikes")).toEqual({ removed: false });
    // Audited at the times the crashed writes recorded, in their month.
    const actions = (await Audit.list(db, "org-w", { month: "2026-11" })).map((e) => e.action);
    expect(actions.sort()).toEqual(["theme.removed", "theme.saved"]);
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const s = { ...staff, orgId: "org-v" };
    for (const bad of [
      { id: "Bad Id!", label: { en: "x" }, words: ["a"] },
      { id: "ok", label: {}, words: ["a"] },
      { id: "ok", label: { en: "x" }, words: ["<script>"] },
      { id: "ok", label: { en: "x" }, words: "bus" },
    ]) {
      await expect(saveOrgTheme(db, s, bad as never)).rejects.toMatchObject({
        code: "theme.invalid",
        kind: "invalid",
      });
    }
    expect(await orgThemes(db, "org-v")).toEqual([]);
    expect(await audits("org-v")).toEqual([]);
  });
});
