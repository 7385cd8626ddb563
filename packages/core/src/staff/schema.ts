/** Staff shapes shared with the web app (valibot only). */
import * as v from "valibot";

export const Role = v.picklist(["admin", "officer", "leader", "safeguarding"]);
export type Role = v.InferOutput<typeof Role>;

export const Email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email());

export const LoginBody = v.strictObject({
  email: Email,
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
});
export type LoginBody = v.InferOutput<typeof LoginBody>;

/** A signed-in member of staff, as the API shows them. */
export const Me = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  roles: v.array(Role),
  orgId: v.string(),
  orgName: v.string(),
});
export type Me = v.InferOutput<typeof Me>;

/** Setting a password from a one-time link; the strength rules are checked in core. */
export const SetPasswordBody = v.strictObject({
  token: v.pipe(v.string(), v.minLength(20), v.maxLength(100)),
  password: v.pipe(v.string(), v.maxLength(1024)),
});
export type SetPasswordBody = v.InferOutput<typeof SetPasswordBody>;

export const InviteBody = v.strictObject({
  email: Email,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  roles: v.pipe(v.array(Role), v.minLength(1), v.maxLength(4)),
});
export type InviteBody = v.InferOutput<typeof InviteBody>;

export const StaffChange = v.pipe(
  v.strictObject({
    roles: v.optional(v.pipe(v.array(Role), v.minLength(1), v.maxLength(4))),
    active: v.optional(v.boolean()),
  }),
  v.check(
    (change) => change.roles !== undefined || change.active !== undefined,
    "Change roles or active.",
  ),
);
export type StaffChange = v.InferOutput<typeof StaffChange>;

export const AuditQuery = v.object({
  month: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use YYYY-MM."))),
  action: v.optional(v.pipe(v.string(), v.maxLength(60))),
  actor: v.optional(v.pipe(v.string(), v.maxLength(60))),
});
