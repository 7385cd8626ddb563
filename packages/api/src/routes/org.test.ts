/**
 * The council's name and logo: an admin sets them (checked against the picture itself, SVG
 * refused, audited once), every member of staff reads them for posters, no other council's.
 */
import { Audit, Org } from "@chorus/core";
import { Demo, samplePng } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { client, OTHER, seededApp, sessionCookie, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const admin = await signedIn(app, "admin@demo.chorus.test");
const officer = await signedIn(app, "officer@demo.chorus.test");
const outsider = await signedIn(app, "all@other.chorus.test");

const png = samplePng(200, 60);
const upload = (data: Uint8Array, contentType = "image/png") => ({
  contentType,
  data: Buffer.from(data).toString("base64"),
});
const audited = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);

describe("the council's logo", () => {
  it("is put up once, read back by an officer as the very picture, and audited once", async () => {
    const first = await admin("PUT", "/api/admin/org/logo", upload(png));
    expect(first.status).toBe(200);
    expect(first.json.logo).toMatchObject({
      contentType: "image/png",
      bytes: png.length,
      width: 200,
      height: 60,
    });
    const again = await admin("PUT", "/api/admin/org/logo", upload(png));
    expect(again.json).toEqual(first.json);
    const entries = await audited("org.logo_saved");
    expect(entries.length).toBe(1);
    expect(entries[0]!.detail).toEqual({
      type: "image/png",
      bytes: png.length,
      width: 200,
      height: 60,
    });

    const settings = await officer("GET", "/api/org");
    expect(settings.json).toMatchObject({ name: "Demo Council", logo: { width: 200 } });
    const picture = await app.request("/api/org/logo", {
      headers: { cookie: await sessionCookie(app, "officer@demo.chorus.test") },
    });
    expect(picture.status).toBe(200);
    expect(picture.headers.get("content-type")).toBe("image/png");
    expect(picture.headers.get("x-content-type-options")).toBe("nosniff");
    expect(picture.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(Buffer.from(await picture.arrayBuffer()).equals(png)).toBe(true);
  });

  it("refuses SVG, a picture that is not what it says, one too big or too wide, changing nothing", async () => {
    const before = (await officer("GET", "/api/org")).json;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
    const cases: [unknown, number, string][] = [
      [upload(svg, "image/svg+xml"), 400, "logo.wrong_type"],
      // An SVG (or a page) wearing a PNG's name.
      [upload(svg, "image/png"), 400, "logo.wrong_type"],
      [upload(png, "image/jpeg"), 400, "logo.wrong_type"],
      [upload(samplePng(4001, 2)), 400, "logo.too_many_pixels"],
      [upload(new Uint8Array(101 * 1024).fill(7)), 413, "logo.too_large"],
      [{ contentType: "image/png", data: "not base64!" }, 400, "logo.unreadable"],
      [{ contentType: "image/png" }, 400, "request.invalid"],
    ];
    for (const [body, status, code] of cases) {
      const refused = await admin("PUT", "/api/admin/org/logo", body);
      expect([refused.status, refused.json.error?.code]).toEqual([status, code]);
      expect(refused.json.error.message.length).toBeGreaterThan(10);
    }
    expect((await officer("GET", "/api/org")).json).toEqual(before);
    // A body far over the limit never reaches the check at all.
    const huge = await admin("PUT", "/api/admin/org/logo", upload(new Uint8Array(300 * 1024)));
    expect(huge.status).toBe(413);
  });

  it("is only an admin's to change, and never another council's to read", async () => {
    expect((await officer("PUT", "/api/admin/org/logo", upload(png))).status).toBe(403);
    expect((await officer("DELETE", "/api/admin/org/logo")).status).toBe(403);
    expect((await client(app)("GET", "/api/org/logo")).status).toBe(401);
    // The other council has none of its own: it sees none, not the demo council's.
    const theirs = await outsider("GET", "/api/org");
    expect(theirs.json).toEqual({ name: OTHER.orgName, logo: null });
    expect((await outsider("GET", "/api/org/logo")).status).toBe(404);
  });

  it("comes down once, audited once, and a second removal is no error", async () => {
    await admin("PUT", "/api/admin/org/logo", upload(png));
    expect((await admin("DELETE", "/api/admin/org/logo")).json).toEqual({ removed: true });
    expect((await admin("DELETE", "/api/admin/org/logo")).json).toEqual({ removed: false });
    expect((await audited("org.logo_removed")).length).toBe(1);
    expect((await officer("GET", "/api/org")).json.logo).toBe(null);
    expect((await officer("GET", "/api/org/logo")).status).toBe(404);
  });
});

describe("the council's name", () => {
  it("is renamed once, audited once, and shown to staff", async () => {
    const renamed = await admin("PUT", "/api/admin/org/name", { name: "  Demo Borough Council " });
    expect(renamed.status).toBe(200);
    expect(renamed.json.name).toBe("Demo Borough Council");
    await admin("PUT", "/api/admin/org/name", { name: "Demo Borough Council" });
    const entries = await audited("org.name_saved");
    expect(entries.map((e) => e.detail?.name)).toEqual(["Demo Borough Council"]);
    expect((await officer("GET", "/api/me")).json.user.orgName).toBe("Demo Borough Council");
    expect((await Org.get(db, OTHER.orgId))?.name).toBe(OTHER.orgName);

    for (const name of ["", " ", "x".repeat(121)]) {
      const refused = await admin("PUT", "/api/admin/org/name", { name });
      expect(refused.status).toBe(400);
    }
    expect((await Org.get(db, Demo.ORG_ID))?.name).toBe("Demo Borough Council");
    await admin("PUT", "/api/admin/org/name", { name: "Demo Council" });
  });
});
