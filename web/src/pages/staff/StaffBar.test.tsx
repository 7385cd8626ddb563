import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { StaffBar } from "./StaffBar";
import { staffUser } from "./testing";

afterEach(cleanup);

const person = staffUser;

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
    expect(areas(["leader", "safeguarding"])).toEqual(["/staff", "/reports", "/safeguarding"]);
    cleanup();
    expect(areas(["leader", "officer", "admin"])).toEqual([
      "/staff",
      "/studio",
      "/reports",
      "/admin",
    ]);
  });
});
