import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { StaffBar } from "./StaffBar";

afterEach(cleanup);

const person = (roles: string[]) => ({
  id: "stf_1",
  email: "kim@demo.chorus.test",
  name: "Kim",
  roles,
  orgId: "org_demo",
  orgName: "Demo Council",
});

const areas = (roles: string[]) => {
  render(() => (
    <StaffBar
      area="Reports"
      user={person(roles)}
      leaving={undefined}
      onSignOut={() => {}}
      onSignOutEverywhere={() => {}}
    />
  ));
  const nav = screen.queryByRole("navigation", { name: "Staff areas" });
  return nav
    ? within(nav)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href"))
    : [];
};

describe("StaffBar", () => {
  it("links to the safeguarding area only for people with the safeguarding role", () => {
    expect(areas(["leader", "safeguarding"])).toEqual(["/reports", "/safeguarding"]);
    cleanup();
    expect(areas(["leader", "officer", "admin"])).toEqual(["/studio", "/reports", "/admin"]);
  });
});
