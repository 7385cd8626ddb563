import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db/client.js";
import { Keys } from "../db/keys.js";
import { ensureTable, startLocalDynamo } from "../db/local.js";
import { Staff } from "../staff/index.js";
import { addressOf, admit, identify } from "./account.js";
import { Sso, type SsoConfig } from "./index.js";

const config: SsoConfig = {
  orgId: "org_a",
  issuer: "https://login.microsoftonline.com/tenant/v2.0",
  clientId: "client",
  clientSecret: "secret",
  emailDomains: ["a.gov.uk"],
  groupRoles: { "grp-leaders": ["leader"], "grp-admins": ["admin", "leader"] },
  defaultRoles: [],
  enabled: true,
  updatedAt: "2026-11-23T09:00:00.000Z",
};

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("identify", () => {
  it("gives the union of the roles of every known group, in a stable order", () => {
    const who = identify(config, {
      sub: "s1",
      email: "Jo@A.gov.uk",
      groups: ["grp-admins", "grp-leaders", "constructor", "other"],
    });
    expect(who).toEqual({
      sub: "s1",
      email: "jo@a.gov.uk",
      name: "jo@a.gov.uk",
      roles: ["admin", "leader"],
    });
  });

  it("adds default roles, and refuses when nothing gives a role", () => {
    const claims = { sub: "s", email: "jo@a.gov.uk", groups: ["other"] };
    expect(codeOf(() => identify(config, claims))).toBe("auth.sso_no_role");
    expect(identify({ ...config, defaultRoles: ["officer"] }, claims).roles).toEqual(["officer"]);
  });

  it("falls back to Entra ID's preferred_username, ignoring an unverified e-mail", () => {
    expect(addressOf({ preferred_username: "Jo@a.gov.uk" })).toBe("jo@a.gov.uk");
    expect(
      addressOf({ email: "x@b.test", email_verified: false, preferred_username: "jo@a.gov.uk" }),
    ).toBe("jo@a.gov.uk");
    expect(codeOf(() => identify(config, { sub: "s", groups: ["grp-leaders"] }))).toBe(
      "auth.sso_no_email",
    );
  });

  it("refuses an address outside the organisation's domains, and a groups overage", () => {
    const elsewhere = { sub: "s", email: "jo@b.gov.uk", groups: ["grp-leaders"] };
    expect(codeOf(() => identify(config, elsewhere))).toBe("auth.sso_email_domain");
    const overage = { sub: "s", email: "jo@a.gov.uk", _claim_names: { groups: "src1" } };
    expect(codeOf(() => identify(config, overage))).toBe("auth.sso_groups_overage");
  });
});

describe("admit and configure, on dynalite", async () => {
  const dynamo = await startLocalDynamo();
  afterAll(() => dynamo.close());
  await ensureTable(dynamo.endpoint, "sso-core");
  const db = createDb({ table: "sso-core", endpoint: dynamo.endpoint });
  const who = { sub: "s1", email: "jo@a.gov.uk", name: "Jo", roles: ["leader" as const] };

  it("creates on first sign-in, then keeps the same person and follows their groups", async () => {
    const first = await admit(db, config, who);
    const again = await admit(db, config, { ...who, roles: ["admin", "leader"] });
    expect(again.id).toBe(first.id);
    expect((await Staff.get(db, "org_a", first.id))?.roles).toEqual(["admin", "leader"]);
  });

  it("refuses a deactivated member of staff", async () => {
    const { id } = await admit(db, config, { ...who, sub: "s2", email: "gone@a.gov.uk" });
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: Keys.staff("org_a", id),
        UpdateExpression: "SET active = :false",
        ExpressionAttributeValues: { ":false": false },
      }),
    );
    await expect(admit(db, config, { ...who, email: "gone@a.gov.uk" })).rejects.toMatchObject({
      code: "auth.sso_inactive",
    });
  });

  it("gives each e-mail domain to one organisation only", async () => {
    const body = { ...config, defaultRoles: [] };
    await Sso.configure(db, "org_a", body);
    await Sso.configure(db, "org_a", body);
    await expect(
      Sso.configure(db, "org_b", { ...body, emailDomains: ["b.test", "a.gov.uk"] }),
    ).rejects.toMatchObject({ code: "sso.domain_taken" });
    // The refused change left nothing behind: b.test is still free for someone else.
    await Sso.configure(db, "org_c", { ...body, emailDomains: ["b.test"] });
    expect(await Sso.forEmail(db, "x@b.test")).toEqual({ orgId: "org_c" });
    expect(await Sso.forEmail(db, "jo@A.GOV.UK")).toEqual({ orgId: "org_a" });
    await Sso.configure(db, "org_a", { ...body, emailDomains: ["a2.gov.uk"] });
    await Sso.configure(db, "org_b", { ...body, emailDomains: ["a.gov.uk"] });
    expect(await Sso.forEmail(db, "new.starter@a.gov.uk")).toEqual({ orgId: "org_b" });
    // Jo's account (made at Jo's first sign-in above) is org_a's: the domain moving on does
    // not move Jo to another council's provider without a word.
    expect((await Staff.findForSignIn(db, "jo@a.gov.uk"))?.orgId).toBe("org_a");
    expect(await Sso.forEmail(db, "jo@a.gov.uk")).toBeUndefined();
  });

  it("reads a corrupt stored config as our bug (a plain Error naming it), not as absent", async () => {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...Keys.ssoConfig("org_bad"),
          type: "ssoConfig",
          ...config,
          emailDomains: "a.gov.uk",
        },
      }),
    );
    const error = await Sso.get(db, "org_bad").catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toHaveProperty("code");
    expect((error as Error).message).toMatch(/^Stored SSO config .*emailDomains/);
  });
});
