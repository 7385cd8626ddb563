import { describe, expect, it } from "vitest";
import { ApiError } from "../../api";
import { signInFailure, ssoErrorMessage } from "./messages";

describe("ssoErrorMessage", () => {
  it("explains each known single sign-on failure in plain words", () => {
    expect(ssoErrorMessage("auth.sso_no_role")).toMatch(/none of your groups/);
    expect(ssoErrorMessage("auth.sso_email_taken")).toMatch(/another organisation/);
    expect(ssoErrorMessage("auth.sso_failed")).toMatch(/didn't work/);
  });

  it("still helps with a code it does not know", () => {
    expect(ssoErrorMessage("auth.sso_something_new")).toMatch(/Try again/);
  });
});

describe("signInFailure", () => {
  it("says the address and password don't match on a 401", () => {
    const error = new ApiError(401, "auth.invalid_credentials", "Invalid.");
    expect(signInFailure(error)).toMatch(/don't match/);
  });

  it("passes on the server's reason for a lock, with how long to wait", () => {
    const error = new ApiError(429, "request.rate_limited", "This account is locked.", {
      retryAfterSeconds: 600,
    });
    expect(signInFailure(error)).toBe(
      "This account is locked. You can try again in about 10 minutes.",
    );
    const soon = new ApiError(429, "request.rate_limited", "Too many.", { retryAfterSeconds: 20 });
    expect(signInFailure(soon)).toBe("Too many. You can try again in about a minute.");
    expect(signInFailure(new ApiError(429, "request.rate_limited", "Too many."))).toBe("Too many.");
  });

  it("speaks of the connection when nothing answered", () => {
    expect(signInFailure(new ApiError(0, "network.failed", "x"))).toMatch(/connection/);
  });
});
