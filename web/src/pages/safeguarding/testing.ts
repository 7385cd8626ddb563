/** What the safeguarding pages' tests share: the signed-in lead, and a clean page after each. */
import { cleanup } from "@solidjs/testing-library";
import { afterEach, vi } from "vitest";

export const LEAD = {
  id: "stf_demo_safeguarding",
  email: "safeguarding@demo.chorus.test",
  name: "Sam Safeguarding",
  roles: ["safeguarding"],
  orgId: "org_demo",
  orgName: "Demo Council",
};

/** Call once at the top of a test file. */
export function cleanUpAfterEach() {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
