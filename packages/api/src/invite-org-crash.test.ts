/**
 * A crash before or after any write of making invite links, revoking one, putting up a logo or
 * renaming the council ends, after the client's retry, with the change made and audited
 * exactly once.
 */
import { Audit, Sso } from "@chorus/core";
import { Demo, samplePng } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { crashing } from "./crashing.js";
import { seededApp, signedIn } from "./testing.js";

const { app, db } = await seededApp();
const dying = crashing(db);
const dyingApp = createApp({ db: dying.db, domainProof: Sso.localProof(), logRequests: false });
const BASE = "/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811";
const officer = await signedIn(app, "officer@demo.chorus.test");
const admin = await signedIn(app, "admin@demo.chorus.test");
// The same sessions' cookies, sent to the app whose database dies.
const dyingOfficer = await signedIn(dyingApp, "officer@demo.chorus.test");
const dyingAdmin = await signedIn(dyingApp, "admin@demo.chorus.test");

const audit = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);

/**
 * Runs `change` through the dying app with a crash at each write in turn (before or after it),
 * then through the healthy app as the client's retry, and checks it with `once` each time.
 */
async function crashEverywhere(
  change: (at: number) => { send: (request: typeof officer) => Promise<{ status: number }> },
  once: (at: number) => Promise<void>,
  request: { dying: typeof officer; healthy: typeof officer },
) {
  let crashes = 0;
  for (const mode of ["before", "after"] as const) {
    for (let at = 1; at < 12; at++) {
      const attempt = change(at + (mode === "after" ? 100 : 0));
      dying.arm(at, mode);
      const first = await attempt.send(request.dying).catch(() => ({ status: 500 }));
      dying.disarm();
      if (!dying.state.crashed) {
        expect(first.status).toBeLessThan(300);
        await once(at + (mode === "after" ? 100 : 0));
        break;
      }
      crashes++;
      expect(first.status).toBe(500);
      expect((await attempt.send(request.healthy)).status).toBeLessThan(300);
      await once(at + (mode === "after" ? 100 : 0));
    }
  }
  return crashes;
}

describe("a crash while handing out and managing invite links", () => {
  it("making a batch ends with its links made and audited once", async () => {
    const body = (n: number) => ({
      id: `ivb_crash${String(n).padStart(5, "0")}`,
      labels: ["A", "B"],
    });
    const crashes = await crashEverywhere(
      (n) => ({ send: (request) => request("POST", `${BASE}/invites`, body(n)) }),
      async (n) => {
        const again = await officer("POST", `${BASE}/invites`, body(n));
        expect(again.json.invites.map((i: { id: string }) => i.id)).toEqual([
          `${body(n).id}-000`,
          `${body(n).id}-001`,
        ]);
        const entries = (await audit("invites.created")).filter(
          (e) => e.id === `inv_${body(n).id}`,
        );
        expect(entries.length).toBe(1);
      },
      { dying: dyingOfficer, healthy: officer },
    );
    expect(crashes).toBeGreaterThanOrEqual(4);
  });

  it("revoking a link ends with it revoked and audited once", async () => {
    const links = new Map<number, string>();
    const crashes = await crashEverywhere(
      (n) => ({
        send: async (request) => {
          if (!links.has(n)) {
            const made = await officer("POST", `${BASE}/invites`, {
              id: `ivb_revoke${String(n).padStart(5, "0")}`,
              labels: ["C"],
            });
            links.set(n, made.json.invites[0].id);
          }
          return request("POST", `${BASE}/invites/${links.get(n)}/revoke`);
        },
      }),
      async (n) => {
        const again = await officer("POST", `${BASE}/invites/${links.get(n)}/revoke`);
        expect(again.json.invite.status).toBe("revoked");
        const entries = (await audit("invite.revoked")).filter(
          (e) => e.id === `ivr_${links.get(n)}`,
        );
        expect(entries.length).toBe(1);
      },
      { dying: dyingOfficer, healthy: officer },
    );
    expect(crashes).toBeGreaterThanOrEqual(2);
  });
});

describe("a crash while changing the council's settings", () => {
  it("putting up a logo ends with it saved and audited once", async () => {
    const picture = (n: number) => ({
      contentType: "image/png",
      data: samplePng(100 + n, 20).toString("base64"),
    });
    const crashes = await crashEverywhere(
      (n) => ({ send: (request) => request("PUT", "/api/admin/org/logo", picture(n)) }),
      async (n) => {
        expect((await admin("GET", "/api/org")).json.logo.width).toBe(100 + n);
        const entries = (await audit("org.logo_saved")).filter((e) => e.detail?.width === 100 + n);
        expect(entries.length).toBe(1);
      },
      { dying: dyingAdmin, healthy: admin },
    );
    expect(crashes).toBeGreaterThanOrEqual(2);
  });

  it("renaming the council ends with the new name, audited once", async () => {
    const name = (n: number) => `Crash Council ${n}`;
    const crashes = await crashEverywhere(
      (n) => ({ send: (request) => request("PUT", "/api/admin/org/name", { name: name(n) }) }),
      async (n) => {
        expect((await admin("GET", "/api/org")).json.name).toBe(name(n));
        const entries = (await audit("org.name_saved")).filter((e) => e.detail?.name === name(n));
        expect(entries.length).toBe(1);
      },
      { dying: dyingAdmin, healthy: admin },
    );
    expect(crashes).toBeGreaterThanOrEqual(2);
  });
});
