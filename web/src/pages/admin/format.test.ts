import { describe, expect, it } from "vitest";
import {
  actionLabel,
  actorName,
  auditQuery,
  detailLines,
  monthName,
  targetName,
  thisMonth,
} from "./audit";
import { linkify } from "./OutboxPage";
import type { AuditEntry, StaffMember } from "./types";

describe("linkify", () => {
  it("makes web addresses links and leaves the rest as text", () => {
    const body =
      "Choose your password here:\n\nhttp://localhost:3000/set-password#abc-123_x\n\nBye.";
    expect(linkify(body)).toEqual([
      { text: "Choose your password here:\n\n" },
      {
        text: "http://localhost:3000/set-password#abc-123_x",
        href: "http://localhost:3000/set-password#abc-123_x",
      },
      { text: "\n\nBye." },
    ]);
  });

  it("leaves a full stop after an address out of the link", () => {
    expect(linkify("See https://example.org/a.")).toEqual([
      { text: "See " },
      { text: "https://example.org/a", href: "https://example.org/a" },
      { text: "." },
    ]);
  });

  it("never links other schemes", () => {
    expect(linkify("javascript:alert(1)")).toEqual([{ text: "javascript:alert(1)" }]);
  });
});

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  id: "e1",
  at: "2026-03-04T10:00:00.000Z",
  actor: { type: "staff", id: "stf_admin", email: "admin@demo.chorus.test" },
  action: "staff.invited",
  ...fields,
});

describe("the audit log's words", () => {
  it("names known actions and shows unknown ones as recorded", () => {
    expect(actionLabel("staff.invited")).toBe("Invited someone");
    expect(actionLabel("survey.published")).toBe("survey.published");
  });

  it("shows people by e-mail and the system by name", () => {
    expect(actorName(entry({}))).toBe("admin@demo.chorus.test");
    expect(actorName(entry({ actor: { type: "system" } }))).toBe("Chorus itself");
  });

  it("names a member of staff the page knows, and shows other targets by id", () => {
    const staff = new Map([["stf_1", { email: "new@demo.chorus.test" } as StaffMember]]);
    expect(targetName(entry({ target: { type: "staff", id: "stf_1" } }), staff)).toBe(
      "new@demo.chorus.test",
    );
    expect(targetName(entry({ target: { type: "staff", id: "stf_2" } }), staff)).toBe("stf_2");
    expect(targetName(entry({ target: { type: "survey", id: "srv_9" } }), staff)).toBe(
      "survey srv_9",
    );
    expect(targetName(entry({}), staff)).toBe("");
  });

  it("spells out details", () => {
    expect(detailLines(entry({ detail: { from: "officer,leader", enabled: true } }))).toEqual([
      "from: officer, leader",
      "enabled: true",
    ]);
  });

  it("names months and builds the query without empty filters", () => {
    expect(monthName("2026-03")).toBe("March 2026");
    expect(thisMonth(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12");
    expect(auditQuery({ month: "2026-03", action: "", actor: "" })).toBe("?month=2026-03");
    expect(auditQuery({ month: "2026-03", action: "staff.", actor: "stf_1" })).toBe(
      "?month=2026-03&action=staff.&actor=stf_1",
    );
  });
});
