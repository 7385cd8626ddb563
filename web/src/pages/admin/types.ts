/** What the admin endpoints answer with, as the admin screens use it. */
import type { Role } from "@chorus/core/staff/schema";
import { ROLE_GUIDE } from "../staff/roles";

export type { Role };

export const ROLES: readonly Role[] = ["admin", "officer", "leader", "safeguarding"];

/** What each role opens, in the words an admin would use when choosing (see `staff/roles.ts`). */
export const ROLE_INFO: Record<Role, { name: string; what: string }> = ROLE_GUIDE;

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
  /** Put on by the server: the action's plain words, the person's name, what it was about. */
  what: string;
  who: string;
  about?: string;
};

/** Sorts people the way the API lists them, so a newly invited person lands in place. */
export const byEmail = (a: StaffMember, b: StaffMember) => a.email.localeCompare(b.email);
