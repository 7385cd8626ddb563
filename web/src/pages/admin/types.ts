/** What the admin endpoints answer with, as the admin screens use it. */
import type { Role } from "@chorus/core/staff/schema";

export type { Role };

export const ROLES: readonly Role[] = ["admin", "officer", "leader", "safeguarding"];

/** What each role opens, in the words an admin would use when choosing. */
export const ROLE_INFO: Record<Role, { name: string; what: string }> = {
  admin: { name: "Admin", what: "staff, sign-in settings and the audit log" },
  officer: { name: "Officer", what: "surveys, codes and sessions" },
  leader: { name: "Leader", what: "reports and “You said, we did” actions" },
  safeguarding: { name: "Safeguarding", what: "alerts about children who may be unsafe" },
};

export type StaffStatus = "invited" | "active" | "deactivated";

export type StaffMember = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  status: StaffStatus;
  orgId: string;
};

export type OutboxMessage = {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
};

export type AuditActor = { type: "staff"; id: string; email: string } | { type: "system" };

export type AuditEntry = {
  id: string;
  at: string;
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string };
  detail?: Record<string, string | number | boolean>;
};

/** Sorts people the way the API lists them, so a newly invited person lands in place. */
export const byEmail = (a: StaffMember, b: StaffMember) => a.email.localeCompare(b.email);
