/** Words for the audit log: what each recorded action means, and how to show its parts. */
import { AUDIT_FAMILIES, AUDIT_WORDS } from "@chorus/core/audit/words";
import type { AuditEntry } from "./types";

/** The filter's choices: a prefix picks a family of actions, a full name just one. */
export const ACTION_FILTERS: { value: string; label: string }[] = [
  { value: "", label: "Everything" },
  ...AUDIT_FAMILIES.map((family) => ({ value: family.prefix, label: family.label })),
];

/** Every kind of entry with its sentence, for the page's "what the entries mean". */
export const GLOSSARY = Object.values(AUDIT_WORDS);

/** The month the API shows when none is asked for: the current one, by the server's UTC clock. */
export function thisMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** "March 2026" for `2026-03`; the raw text if it is not a month. */
export function monthName(month: string): string {
  const found = /^(\d{4})-(\d{2})$/.exec(month);
  if (!found) return month;
  const date = new Date(Date.UTC(Number(found[1]), Number(found[2]) - 1, 1));
  return date.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

/** The words for a detail's key; details not listed are shown under their own key. */
const DETAIL_WORDS: Record<string, string> = {
  answers: "Answers read",
  code: "Code",
  cohort: "Group",
  concernWorkingDays: "Working days for a concern",
  count: "How many",
  days: "Days open",
  format: "File type",
  from: "Roles before",
  kind: "Of",
  labelled: "With a private label",
  method: "How",
  outcome: "Outcome",
  phrases: "Own phrases",
  responses: "Responses",
  revision: "Draft number",
  roles: "Roles",
  status: "Status",
  text: "Written answers",
  to: "Roles after",
  urgentHours: "Hours for an urgent alert",
  version: "Version",
  wave: "Wave",
  withoutSafeguardingRule: "Questions about safety that alert nobody",
};

/**
 * Details as short "what: value" lines. Ids are left out: the record they point at is named in
 * the "About" column, and an id means nothing to the person reading.
 */
export function detailLines(entry: AuditEntry): string[] {
  return (
    Object.entries(entry.detail ?? {})
      // A note's id is all its detail holds: the note itself is for safeguarding leads only.
      .filter(([key]) => !/Id$/.test(key) && key !== "note")
      .map(([key, value]) => {
        const text =
          typeof value === "boolean"
            ? value
              ? "yes"
              : "no"
            : typeof value === "string"
              ? value.split(",").join(", ")
              : String(value);
        return `${DETAIL_WORDS[key] ?? key}: ${text}`;
      })
  );
}

/** The query string for the API; empty filters are left out rather than sent blank. */
export function auditQuery(filter: { month: string; action: string; actor: string }): string {
  const params = new URLSearchParams();
  if (filter.month) params.set("month", filter.month);
  if (filter.action) params.set("action", filter.action);
  if (filter.actor) params.set("actor", filter.actor);
  const query = params.toString();
  return query ? `?${query}` : "";
}
