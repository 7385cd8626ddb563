/** Words for the audit log: what each recorded action means, and how to show its parts. */
import type { AuditEntry, StaffMember } from "./types";

const ACTIONS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in refused",
  "auth.password_set": "Chose a password",
  "auth.signed_out_everywhere": "Signed out everywhere",
  "staff.invited": "Invited someone",
  "staff.roles_changed": "Changed someone's roles",
  "staff.deactivated": "Deactivated someone",
  "staff.reactivated": "Reactivated someone",
  "sso.configured": "Changed single sign-on settings",
  "report.read": "Opened a report",
};

/** The filter's choices: a prefix picks a family of actions, a full name just one. */
export const ACTION_FILTERS: { value: string; label: string }[] = [
  { value: "", label: "Everything" },
  { value: "auth.", label: "Signing in and out" },
  { value: "auth.sign_in_failed", label: "Refused sign-ins only" },
  { value: "staff.", label: "Changes to staff" },
  { value: "sso.", label: "Single sign-on settings" },
  { value: "report.", label: "Reports opened" },
];

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

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

export function actorName(entry: AuditEntry): string {
  return entry.actor.type === "staff" ? entry.actor.email : "Chorus itself";
}

/** A target by the name people know it by where the page can tell; its id otherwise. */
export function targetName(entry: AuditEntry, staff: ReadonlyMap<string, StaffMember>): string {
  const target = entry.target;
  if (!target) return "";
  if (target.type === "staff") return staff.get(target.id)?.email ?? target.id;
  return `${target.type} ${target.id}`;
}

/** Details as short "key: value" lines; lists stored comma-joined read better with spaces. */
export function detailLines(entry: AuditEntry): string[] {
  return Object.entries(entry.detail ?? {}).map(([key, value]) => {
    const text = typeof value === "string" ? value.split(",").join(", ") : String(value);
    return `${key}: ${text}`;
  });
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
