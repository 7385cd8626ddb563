import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { inviteProblems } from "./InviteForm";
import { PersonCard } from "./PersonCard";
import { StaffPage } from "./StaffPage";
import type { StaffMember } from "./types";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ME = {
  id: "stf_admin",
  email: "admin@demo.chorus.test",
  name: "Ada Admin",
  roles: ["admin" as const],
  orgId: "org",
  orgName: "Demo Council",
};
const person = (fields: Partial<StaffMember>): StaffMember => ({
  id: "stf_lee",
  email: "leader@demo.chorus.test",
  name: "Lee Leader",
  roles: ["leader"],
  active: true,
  status: "active",
  orgId: "org",
  ...fields,
});

describe("inviteProblems", () => {
  it("needs a name, an e-mail address and a role", () => {
    expect(inviteProblems(" ", "nope", [])).toEqual({
      name: expect.any(String),
      email: expect.stringMatching(/like name@/),
      roles: expect.any(String),
    });
    expect(inviteProblems("Kim", "kim@council.gov.uk", ["officer"])).toEqual({});
  });
});

describe("StaffPage", () => {
  it("invites someone and shows the one-time link with a way to copy it", async () => {
    const invited = person({ id: "stf_new", email: "new@demo.chorus.test", name: "New Officer" });
    const api = fakeApi({
      "GET /api/admin/staff": { body: { staff: [person({ ...ME, status: "active" })] } },
      "POST /api/admin/staff": {
        status: 201,
        body: { staff: invited, link: "http://localhost/set-password#tok" },
      },
    });
    render(() => <StaffPage me={ME} expired={() => {}} />);
    await screen.findByRole("heading", { name: /Ada Admin/ });

    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "New Officer" } });
    fireEvent.input(screen.getByLabelText("Work e-mail address"), {
      target: { value: "new@demo.chorus.test" },
    });
    const roles = screen.getByRole("group", { name: "Roles" });
    fireEvent.click(within(roles).getByRole("checkbox", { name: /Officer/ }));
    fireEvent.click(screen.getByRole("button", { name: "Send invitation" }));

    await screen.findByRole("heading", { name: "Invitation ready for New Officer" });
    expect((screen.getByLabelText("One-time link") as HTMLInputElement).value).toBe(
      "http://localhost/set-password#tok",
    );
    expect(screen.getByRole("button", { name: "Copy link" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "New Officer" })).toBeTruthy();
    expect(api.sent.at(-1)?.body).toEqual({
      name: "New Officer",
      email: "new@demo.chorus.test",
      roles: ["officer"],
    });
  });
});

describe("PersonCard", () => {
  it("asks before deactivating, then offers reactivation", async () => {
    const api = fakeApi({
      "PATCH /api/admin/staff/stf_lee": {
        body: { staff: person({ active: false, status: "deactivated" }) },
      },
    });
    const onStatus = vi.fn();
    render(() => <PersonCard person={person({})} me={ME} onStatus={onStatus} expired={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Deactivate Lee Leader" }));
    expect(api.sent).toHaveLength(0);
    expect(screen.getByText(/signed out everywhere at once/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Yes, deactivate" }));
    await screen.findByRole("button", { name: "Reactivate Lee Leader" });
    expect(api.sent[0]).toMatchObject({ method: "PATCH", body: { active: false } });
    expect(onStatus).toHaveBeenCalledWith(expect.stringMatching(/deactivated/));
    expect(screen.getByText("Deactivated")).toBeTruthy();
  });

  it("does not let an admin take away their own admin role or deactivate themselves", () => {
    fakeApi({});
    render(() => (
      <PersonCard
        person={person({ ...ME, roles: ["admin"] })}
        me={ME}
        onStatus={() => {}}
        expired={() => {}}
      />
    ));
    const admin = screen.getByRole("checkbox", { name: "Admin" }) as HTMLInputElement;
    expect(admin.checked && admin.disabled).toBe(true);
    expect(screen.queryByRole("button", { name: /Deactivate/ })).toBeNull();
  });

  it("shows why the server refused a change", async () => {
    fakeApi({
      "PATCH /api/admin/staff/stf_lee": failure(409, "staff.self_lockout", "You cannot do that."),
    });
    render(() => <PersonCard person={person({})} me={ME} onStatus={() => {}} expired={() => {}} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Officer" }));
    fireEvent.click(screen.getByRole("button", { name: "Save roles for Lee Leader" }));
    expect((await screen.findByRole("alert")).textContent).toBe("You cannot do that.");
  });
});
