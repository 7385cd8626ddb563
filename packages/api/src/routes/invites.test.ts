/**
 * Invite links an officer manages: made in batches (a retried batch gives the same links),
 * listed with label and status a page at a time, copied or downloaded (audited, formula-safe),
 * revoked (idempotent, audited once) so the link no longer answers.
 */
import { Audit } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const officer = await signedIn(app, "officer@demo.chorus.test");
const outsider = await signedIn(app, "all@other.chorus.test");
const BASE = "/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811";
let batches = 0;
const batchId = () => `ivb_test${String(++batches).padStart(6, "0")}x`;

const answers = () => ({
  ...responseBody({ "feel-home": 4, "feel-safe": "yes", "trusted-adult": "carer" }),
  ageBand: "8-11",
});

const auditOf = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);

async function make(labels: string[], count = 0, id = batchId()) {
  const made = await officer("POST", `${BASE}/invites`, { id, labels, count });
  expect(made.status).toBe(201);
  return made.json.invites as { id: string; label?: string; token: string; url: string }[];
}

async function listAll() {
  const all: { id: string; label?: string; status: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await officer(
      "GET",
      `${BASE}/invites?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(page.status).toBe(200);
    all.push(...page.json.invites);
    cursor = page.json.next;
  } while (cursor);
  return all;
}

describe("making links", () => {
  it("gives back the very same links for a retried batch, and audits it once", async () => {
    const id = batchId();
    const before = (await auditOf("invites.created")).length;
    const first = await make(["Ayesha", "Ben"], 1, id);
    const again = await make(["Ayesha", "Ben"], 1, id);
    expect(again).toEqual(first);
    expect(first.map((i) => i.label)).toEqual(["Ayesha", "Ben", undefined]);
    expect(new Set(first.map((i) => i.token)).size).toBe(3);
    const entries = await auditOf("invites.created");
    expect(entries.length).toBe(before + 1);
    expect(entries[0]!.detail).toMatchObject({ count: 3, labelled: 2 });
    // The audit names how many, never a token or a label.
    const written = JSON.stringify(entries[0]);
    for (const invite of first) expect(written).not.toContain(invite.token);
    expect(written).not.toMatch(/\bAyesha\b/);

    const other = await officer("POST", `${BASE}/invites`, { id, labels: ["Cara"] });
    expect(other.status).toBe(409);
    expect(other.json.error.code).toBe("invite.conflict");
  });
});

describe("listing links", () => {
  it("pages through every link with its label and status, never its token", async () => {
    const made = await make(["Dev", "Eli", "Fay"], 2);
    const listed = await listAll();
    for (const invite of made) {
      expect(listed.find((l) => l.id === invite.id)).toMatchObject({
        status: "unused",
        ...(invite.label ? { label: invite.label } : {}),
      });
    }
    const page = await officer("GET", `${BASE}/invites?limit=2`);
    for (const invite of made) expect(JSON.stringify(page.json)).not.toContain(invite.token);
  });

  it("refuses a cursor made up or taken from another code's list", async () => {
    const forged = Buffer.from(
      JSON.stringify({ pk: "x", sk: "y", gsi1pk: "ORG#org_other#INVITES#x", gsi1sk: "z" }),
    ).toString("base64url");
    for (const cursor of [forged, "not-json"]) {
      const { status, json } = await officer("GET", `${BASE}/invites?cursor=${cursor}`);
      expect(status).toBe(400);
      expect(json.error.code).toBe("invite.bad_cursor");
    }
    expect((await officer("GET", `${BASE}/invites?limit=0`)).status).toBe(400);
  });

  it("shows used, revoked and unused links as they stand", async () => {
    const [used, revoked, waiting] = await make(["Gus", "Hal", "Ivy"]);
    const child = client(app);
    expect((await child("POST", `/api/i/${used!.token}/responses`, answers())).status).toBe(201);
    expect((await officer("POST", `${BASE}/invites/${revoked!.id}/revoke`)).status).toBe(200);
    const statuses = Object.fromEntries((await listAll()).map((l) => [l.id, l.status]));
    expect([statuses[used!.id], statuses[revoked!.id], statuses[waiting!.id]]).toEqual([
      "used",
      "revoked",
      "unused",
    ]);
  });
});

describe("copying and downloading links", () => {
  it("gives the unused links' addresses, audits how many, and keeps formulas inert", async () => {
    const [evil, plain] = await make(['=HYPERLINK("http://x")', "Jo"]);
    await officer("POST", `${BASE}/invites/${plain!.id}/revoke`);
    const before = (await auditOf("invites.exported")).length;

    const copied = await officer("GET", `${BASE}/invites/links`);
    expect(copied.status).toBe(200);
    const urls = copied.json.links.map((l: { url: string }) => l.url);
    expect(urls).toContain(evil!.url);
    // A revoked link has nothing left to send.
    expect(urls).not.toContain(plain!.url);

    const csv = await officer("GET", `${BASE}/invites.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("invite-links-DEMO811.csv");
    const lines = (csv.json as string).split("\r\n");
    // (The reader drops the file's byte-order mark.)
    expect(lines[0]!.replace(/^\uFEFF/, "")).toBe(
      "Private label,Status,Made on,Used on,Revoked on,Link",
    );
    const evilLine = lines.find((line) => line.includes("HYPERLINK"))!;
    expect(evilLine.startsWith("=")).toBe(false);
    expect(evilLine).toContain(evil!.url);
    const joLine = lines.find((line) => line.startsWith("Jo,"))!;
    expect(joLine).toContain("Revoked");
    expect(joLine).not.toContain(plain!.token);

    const entries = await auditOf("invites.exported");
    expect(entries.length).toBe(before + 2);
    expect(entries.map((e) => e.detail?.format).sort()).toEqual(["copy", "csv"]);
    const written = JSON.stringify(entries);
    expect(written).not.toContain(evil!.token);
    expect(entries[0]!.detail?.links).toBe(urls.length);
  });
});

describe("revoking a link", () => {
  it("stops the link, kindly and without saying why, and is idempotent and audited once", async () => {
    const [invite] = await make(["Kit"]);
    const child = client(app);
    expect((await child("GET", `/api/i/${invite!.token}`)).status).toBe(200);
    const before = (await auditOf("invite.revoked")).length;

    const first = await officer("POST", `${BASE}/invites/${invite!.id}/revoke`);
    expect(first.status).toBe(200);
    expect(first.json.invite).toMatchObject({ id: invite!.id, label: "Kit", status: "revoked" });
    const again = await officer("POST", `${BASE}/invites/${invite!.id}/revoke`);
    expect(again.json).toEqual(first.json);
    expect((await auditOf("invite.revoked")).length).toBe(before + 1);

    for (const [method, path, body] of [
      ["GET", `/api/i/${invite!.token}`, undefined],
      ["POST", `/api/i/${invite!.token}/responses`, answers()],
      ["GET", `/api/i/${invite!.token}/you-said`, undefined],
    ] as const) {
      const refused = await child(method, path, body);
      expect(refused.status).toBe(410);
      expect(refused.json.error.code).toBe("invite.ended");
      expect(refused.json.error.message).toBe(
        "This link no longer works. Ask your worker for a new one.",
      );
    }
  });

  it("refuses to revoke a used link, and a revoked link cannot then be used", async () => {
    const [used] = await make(["Lou"]);
    const child = client(app);
    expect((await child("POST", `/api/i/${used!.token}/responses`, answers())).status).toBe(201);
    const refused = await officer("POST", `${BASE}/invites/${used!.id}/revoke`);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("invite.already_used");
  });

  it("reaches no other organisation's link, nor a link under another code", async () => {
    const [invite] = await make(["Max"]);
    const theirs = await outsider(
      "POST",
      `/api/surveys/srv_other_life/distributions/dst_seedOTHERCODE/invites/${invite!.id}/revoke`,
    );
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.code).toBe("invite.unknown");
    const mine = await outsider("POST", `${BASE}/invites/${invite!.id}/revoke`);
    expect(mine.status).toBe(404);
    for (const bad of ["nope", "ivb_%2E%2E-000", `${invite!.id}0`]) {
      const wrong = await officer("POST", `${BASE}/invites/${bad}/revoke`);
      expect(wrong.status).toBe(404);
    }
    // The link still lets its child in.
    expect((await client(app)("GET", `/api/i/${invite!.token}`)).status).toBe(200);
  });
});
