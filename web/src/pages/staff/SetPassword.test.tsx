import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { SetPassword } from "./SetPassword";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const TOKEN = "t".repeat(43);

function open(hash = `#${TOKEN}`) {
  history.replaceState(null, "", `/set-password${hash}`);
  render(() => <SetPassword />);
}

function type(password: string, again = password) {
  fireEvent.input(screen.getByLabelText("New password"), { target: { value: password } });
  fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: again } });
  fireEvent.click(screen.getByRole("button", { name: "Set password" }));
}

describe("SetPassword", () => {
  it("shows the rules first, and takes the token out of the address", () => {
    fakeApi({});
    open();
    expect(screen.getByText("be at least 15 characters long")).toBeTruthy();
    expect(location.hash).toBe("");
  });

  it("shows the server's reason for refusing a password, next to the field", async () => {
    const api = fakeApi({
      "POST /api/auth/set-password": failure(
        400,
        "auth.weak_password",
        "That password is on lists of passwords attackers try first. Choose another.",
      ),
    });
    open();
    type("passwordpassword");
    await screen.findByText(/attackers try first/);
    const field = screen.getByLabelText("New password");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toContain("password-rules");
    expect(api.sent[0]?.body).toEqual({ token: TOKEN, password: "passwordpassword" });
  });

  it("checks that both entries match before asking the server", () => {
    const api = fakeApi({});
    open();
    type("kettle orbit lantern meadow", "kettle orbit lantern");
    expect(screen.getByText(/two passwords are different/)).toBeTruthy();
    expect(api.sent).toHaveLength(0);
  });

  it("says the password is set and offers sign-in", async () => {
    fakeApi({
      "POST /api/auth/set-password": { body: { ok: true, email: "new@council.gov.uk" } },
    });
    open();
    type("kettle orbit lantern meadow");
    await screen.findByRole("heading", { name: "Password set" });
    expect(screen.getByText("new@council.gov.uk")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/reports");
  });

  it("explains an expired link instead of showing the form", async () => {
    fakeApi({
      "POST /api/auth/set-password": failure(410, "auth.link_expired", "This link has expired."),
    });
    open();
    type("kettle orbit lantern meadow");
    await screen.findByRole("heading", { name: "This link doesn't work any more" });
    expect(screen.getByText("This link has expired.")).toBeTruthy();
  });

  it("asks for the whole link when the page is opened without one", () => {
    fakeApi({});
    open("");
    expect(screen.getByRole("heading", { name: "This link doesn't work any more" })).toBeTruthy();
  });
});
