import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { ROLE_GUIDE } from "./roles";
import { staffRoute } from "./StaffApp";
import { Home } from "./StaffHome";
import { MissingRole } from "./StaffShell";
import { staffUser } from "./testing";

afterEach(cleanup);

const person = staffUser;

const linksIn = (name: RegExp) =>
  within(screen.getByRole("region", { name }))
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);

describe("the staff home", () => {
  it("gives an officer the survey list with its responses, and waves", () => {
    render(() => <Home user={person(["officer"])} />);
    expect(linksIn(/Studio/)).toEqual([
      ["Surveys and responses", "/studio"],
      ["Waves", "/studio/waves"],
    ]);
    expect(screen.queryByRole("region", { name: /Reports/ })).toBeNull();
  });

  it("shows a section for each role a person holds, in the bar's order", () => {
    render(() => <Home user={person(["safeguarding", "leader"])} />);
    const sections = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(["Reports (Leader role)", "Safeguarding (Safeguarding role)"]);
    expect(linksIn(/Safeguarding/)).toContainEqual(["Alerts", "/safeguarding"]);
    expect(linksIn(/Reports/)).toContainEqual(["Story of place", "/reports/place"]);
  });

  it("tells someone with no role who gives roles", () => {
    render(() => <Home user={person([])} />);
    expect(screen.getByText(/You have no roles yet/).textContent).toContain(
      "Ask an admin at Demo Council",
    );
    expect(screen.queryAllByRole("region")).toEqual([]);
  });

  it("links only to pages Chorus has", () => {
    for (const guide of Object.values(ROLE_GUIDE)) {
      for (const page of [guide.home, ...guide.pages.map((p) => p.href)]) {
        expect(staffRoute(page).area, page).not.toBe("notFound");
      }
    }
  });
});

describe("a page the person's roles do not open", () => {
  it("names the role it needs, who gives it, and where they can go instead", () => {
    render(() => <MissingRole area="Reports" requires="leader" user={person(["officer"])} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("You need the Leader role");
    expect(screen.getByText(/Roles are given by/).textContent).toContain(
      "an admin at Demo Council",
    );
    expect(screen.getByRole("link", { name: "Studio" }).getAttribute("href")).toBe("/studio");
    expect(screen.getByRole("link", { name: /Everything your roles/ }).getAttribute("href")).toBe(
      "/staff",
    );
  });

  it("says so when the person has no role at all", () => {
    render(() => <MissingRole area="Admin" requires="admin" user={person([])} />);
    expect(screen.getByText(/nothing else to open/)).toBeTruthy();
    expect(screen.queryAllByRole("link")).toEqual([]);
  });
});
