import { describe, expect, it } from "vitest";
import { statusOf } from "./invites.js";
import type { Distribution } from "./schema.js";

const code: Distribution = {
  id: "dst_x",
  orgId: "org_x",
  surveyId: "srv_x",
  code: "ABC",
  label: "Summer",
  cohort: "children-in-care",
  closed: false,
  createdAt: "2026-01-01T00:00:00.000Z",
};
const link = { orgId: "org_x", distributionId: "dst_x", code: "ABC" };
const now = new Date("2026-06-01T12:00:00Z");

describe("an invite link's status", () => {
  it("is unused until something happens to it", () => {
    expect(statusOf(link, code, now)).toBe("unused");
  });
  it("is used once a response claimed it, and revoked (first) once stopped", () => {
    expect(statusOf({ ...link, usedBy: "r" }, code, now)).toBe("used");
    expect(statusOf({ ...link, revokedAt: "2026-05-01T00:00:00Z" }, code, now)).toBe("revoked");
  });
  it("expires with its code, closed by hand or on its closing date", () => {
    expect(statusOf(link, { ...code, closed: true }, now)).toBe("expired");
    expect(statusOf(link, { ...code, closesAt: "2026-06-01T11:59:59Z" }, now)).toBe("expired");
    expect(statusOf(link, { ...code, closesAt: "2026-06-02T00:00:00Z" }, now)).toBe("unused");
    // A used link stays used: its child was heard.
    expect(statusOf({ ...link, usedBy: "r" }, { ...code, closed: true }, now)).toBe("used");
  });
});
