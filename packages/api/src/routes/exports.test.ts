import { Audit } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { client, responseBody, seededApp, signedIn } from "../testing.js";

const { app, db } = await seededApp();
const SURVEY = "/api/reports/surveys/srv_demo_life811";
const PAYLOAD = '=HYPERLINK("http://evil.example","Click me")';

// A child's free text that a spreadsheet would run if it were written as it is.
await client(app)(
  "POST",
  "/api/s/DEMO811/responses",
  responseBody({ "feel-safe": "yes", "one-thing": `${PAYLOAD} call Jo on 07700 900123` }),
);

const auditOf = async (action: string) =>
  (await Audit.list(db, Demo.ORG_ID, { action })).filter((e) => e.action === action);

describe("report exports", () => {
  it("refuses the signed out and anyone but a leader", async () => {
    expect((await client(app)("GET", `${SURVEY}/export.csv`)).status).toBe(401);
    const officer = await signedIn(app, "officer@demo.chorus.test");
    const refused = await officer("GET", `${SURVEY}/export.xlsx`);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("auth.forbidden");
  });

  it("downloads the controlled report as CSV with a file name, its length and an audit entry", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    const before = (await auditOf("report.exported")).length;
    const { status, headers, json: csv } = await leader("GET", `${SURVEY}/export.csv?band=8-11`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(
      /^attachment; filename="My-life-in-care-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // The text read back has lost its 3-byte byte-order mark (a decoder drops it).
    expect(Number(headers.get("content-length"))).toBe(Buffer.byteLength(csv, "utf8") + 3);
    expect(csv).toContain("Demo Council");
    expect(csv).toContain("fewer than 8");
    expect(csv).toContain("Age band 8-11");
    // No count from 1 to 9 anywhere: cells that are a whole number are 0 or 10 and over.
    for (const cell of csv.split(/[,\r\n]+/)) expect(/^[1-9]$/.test(cell)).toBe(false);
    const entries = await auditOf("report.exported");
    expect(entries.length).toBe(before + 1);
    expect(entries[0]?.target).toEqual({ type: "survey", id: "srv_demo_life811" });
    expect(entries[0]?.detail).toEqual({ format: "csv", filters: '{"band":"8-11"}' });
  });

  it("downloads an XLSX workbook with no formulas in it", async () => {
    const response = await app.request(`${SURVEY}/export.xlsx`, {
      headers: {
        cookie: await cookieOf("leader@demo.chorus.test"),
        "sec-fetch-site": "same-origin",
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => name.startsWith("xl/worksheets/sheet"));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of sheets) expect(strFromU8(files[name]!)).not.toMatch(/<f[\s>]/);
    expect(strFromU8(files["xl/sharedStrings.xml"]!)).toContain("fewer than 8");
    expect((await auditOf("report.exported"))[0]?.detail?.format).toBe("xlsx");
  });

  it("answers 400 for a filter it does not know or a bad date, and writes nothing", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    const before = (await auditOf("report.exported")).length;
    for (const query of [
      "colour=red",
      "from=yesterday",
      "from=2027-02-01&to=2027-01-01",
      "by=shoe",
    ]) {
      const { status, json } = await leader("GET", `${SURVEY}/export.csv?${query}`);
      expect(status).toBe(400);
      expect(json.error.code).toBe("report.invalid_filter");
    }
    expect((await auditOf("report.exported")).length).toBe(before);
  });

  it("answers 404 for an unknown survey or another council's", async () => {
    const leader = await signedIn(app, "leader@demo.chorus.test");
    for (const id of ["srv_nothing", "srv_other_life"]) {
      const { status, json } = await leader("GET", `/api/reports/surveys/${id}/export.csv`);
      expect(status).toBe(404);
      expect(json.error.code).toBe("survey.not_found");
    }
  });
});

describe("raw answers", () => {
  const RAW = "/api/admin/surveys/srv_demo_life811/raw.csv";

  it("are for admins only", async () => {
    expect((await client(app)("GET", RAW)).status).toBe(401);
    const leader = await signedIn(app, "leader@demo.chorus.test");
    expect((await leader("GET", `${RAW}?text=full`)).status).toBe(403);
  });

  it("come with free text in full when asked, formulas escaped, audited with the mode", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { status, headers, json: csv } = await admin("GET", `${RAW}?text=full`);
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/raw-answers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv).toContain(`"'${PAYLOAD.replaceAll('"', '""')} call Jo on 07700 900123"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    // The header first, for tools that read a table from its first line.
    expect(csv.split("\r\n")[0]).toMatch(/^Row,Day,Age band,Group,Language,feel-home,feel-safe,/);
    // One row a response, numbered, never the response's id.
    expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const [entry] = await auditOf("report.raw_exported");
    expect(entry?.detail).toEqual({
      text: "full",
      responses: Demo.SAMPLE_RESPONSES.lifeInCare + 1,
    });
  });

  it("refuses a text mode it does not know", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { status, json } = await admin("GET", `${RAW}?text=some`);
    expect(status).toBe(400);
    expect(json.error.code).toBe("export.invalid_text_mode");
  });

  it("redact free text by default", async () => {
    const admin = await signedIn(app, "admin@demo.chorus.test");
    const { status, json: csv } = await admin("GET", RAW);
    expect(status).toBe(200);
    expect(csv).not.toContain("07700 900123");
    expect(csv).toContain("[phone]");
    const [entry] = await auditOf("report.raw_exported");
    expect(entry?.detail?.text).toBe("redacted");
  });
});

/** The session cookie of a member of staff, for a request that needs the raw bytes back. */
async function cookieOf(email: string): Promise<string> {
  const response = await app.request("/api/auth/login", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": "198.51.100.251",
    },
    body: JSON.stringify({ email, password: Demo.PASSWORD }),
  });
  return response.headers.get("set-cookie")!.split(";")[0]!;
}
