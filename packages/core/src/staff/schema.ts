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
