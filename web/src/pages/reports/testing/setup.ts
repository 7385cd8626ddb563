/** What the reports pages' tests share: a signed-in leader, and a clean page after each. */
import { cleanup } from "@solidjs/testing-library";
import { afterEach, vi } from "vitest";

export const LEADER = {
  id: "stf_demo_leader",
  email: "leader@demo.chorus.test",
  name: "Lee Leader",
  roles: ["leader"],
  orgId: "org_demo",
  orgName: "Demo Borough Council",
};

/** Call once at the top of a test file. */
export function cleanUpAfterEach() {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    history.replaceState(null, "", "/");
  });
}
