import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { SignIn } from "./SignIn";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
beforeEach(() => history.replaceState(null, "", "/reports"));

const USER = { id: "s1", email: "ada@council.gov.uk", name: "Ada", roles: ["admin"] };

function setup() {
  const onSignedIn = vi.fn();
  render(() => <SignIn area="Admin" onSignedIn={onSignedIn} />);
  const email = screen.getByLabelText("Email address") as HTMLInputElement;
  return { onSignedIn, email };
}

describe("SignIn", () => {
  it("swaps the password for the council's sign-in once the address is known to use it", async () => {
    const api = fakeApi({
      "POST /api/auth/sso/discover": {
        body: { sso: true, startUrl: "/api/auth/sso/start?org=o1" },
      },
    });
    const { email } = setup();
    expect(screen.getByLabelText("Password")).toBeTruthy();
    fireEvent.input(email, { target: { value: "ada@council.gov.uk" } });
    fireEvent.change(email);
    await screen.findByRole("button", { name: "Continue with your council account" });
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(api.sent[0]).toEqual({
      method: "POST",
      path: "/api/auth/sso/discover",
      body: { email: "ada@council.gov.uk" },
    });

    fireEvent.click(screen.getByRole("button", { name: "Use a password instead" }));
    expect(screen.getByLabelText("Password")).toBeTruthy();
  });

  it("signs in with a password when the organisation has no single sign-on", async () => {
    fakeApi({
      "POST /api/auth/sso/discover": { body: { sso: false } },
      "POST /api/auth/login": { body: { user: USER } },
    });
    const { email, onSignedIn } = setup();
    fireEvent.input(email, { target: { value: "ada@council.gov.uk" } });
    fireEvent.input(screen.getByLabelText("Password"), { target: { value: "secret words" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(USER));
  });

  it("shows the reason for a lock-out, and how long to wait", async () => {
    fakeApi({
      "POST /api/auth/sso/discover": { body: { sso: false } },
      "POST /api/auth/login": failure(429, "request.rate_limited", "This account is locked.", {
        retryAfterSeconds: 300,
      }),
    });
    const { email } = setup();
    fireEvent.input(email, { target: { value: "ada@council.gov.uk" } });
    fireEvent.input(screen.getByLabelText("Password"), { target: { value: "guess" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("This account is locked. You can try again in about 5 minutes.");
  });

  it("explains a failed council sign-in, and drops the code from the address", () => {
    fakeApi({});
    history.replaceState(null, "", "/reports?sso_error=auth.sso_no_role");
    setup();
    expect(screen.getByRole("alert").textContent).toMatch(/none of your groups/);
    expect(location.search).toBe("");
  });
});
