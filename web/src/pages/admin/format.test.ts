import { describe, expect, it } from "vitest";
import { ACTION_FILTERS, auditQuery, detailLines, GLOSSARY, monthName, thisMonth } from "./audit";
import { linkify } from "./OutboxPage";
import type { AuditEntry } from "./types";

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
  what: "Invited someone",
  who: "Ada Admin (admin@demo.chorus.test)",
  ...fields,
});

describe("the audit log's words", () => {
  it("offers a filter for every family of actions", () => {
    const values = ACTION_FILTERS.map((choice) => choice.value);
    expect(values[0]).toBe("");
    expect(values).toEqual(expect.arrayContaining(["auth.", "survey.", "invite", "alert."]));
    expect(GLOSSARY.map((words) => words.label)).toContain("Published a survey");
  });

  it("spells out details in words and leaves ids out", () => {
    const lines = detailLines(
      entry({
        detail: { from: "officer,leader", enabled: true, distributionId: "dst_1", count: 3 },
      }),
    );
    expect(lines).toEqual(["Roles before: officer, leader", "enabled: yes", "How many: 3"]);
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
