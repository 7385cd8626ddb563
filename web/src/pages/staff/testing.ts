/** A signed-in member of staff of the demo council with these roles, for component tests. */
import type { StaffUser } from "./session";

export const staffUser = (roles: string[]): StaffUser => ({
  id: "stf_1",
  email: "kim@demo.chorus.test",
  name: "Kim",
  roles,
  orgId: "org_demo",
  orgName: "Demo Council",
});
