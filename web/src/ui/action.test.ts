import { describe, expect, it } from "vitest";
import { ApiError } from "../api";
import { createAction, fieldIssues } from "./action";

describe("fieldIssues", () => {
  it("puts each message on the field its path starts with", () => {
    const error = new ApiError(400, "request.invalid", "Bad.", {
      root: ["Change roles or active."],
      nested: { "emailDomains.1": ["Not a domain."], issuer: ["The issuer must use https."] },
    });
    expect(fieldIssues(error)).toEqual({
      "": "Change roles or active.",
      emailDomains: "Not a domain.",
      issuer: "The issuer must use https.",
    });
  });

  it("finds nothing in errors without issues, or with issues of another shape", () => {
    expect(fieldIssues(undefined)).toEqual({});
    expect(fieldIssues(new ApiError(409, "staff.exists", "Exists."))).toEqual({});
    expect(fieldIssues(new ApiError(429, "x", "x", { retryAfterSeconds: 5 }))).toEqual({});
  });
});

describe("createAction", () => {
  it("runs once at a time and keeps the failure for the screen", async () => {
    let release!: () => void;
    const work = async (fail: boolean) => {
      await new Promise<void>((done) => {
        release = done;
      });
      if (fail) throw new ApiError(409, "staff.exists", "Exists.");
    };
    const action = createAction(work);
    const first = action.run(true);
    expect(action.busy()).toBe(true);
    expect(await action.run(false)).toBe(false);
    release();
    expect(await first).toBe(false);
    expect(action.busy()).toBe(false);
    expect(action.error()?.code).toBe("staff.exists");
    const second = action.run(false);
    expect(action.error()).toBeUndefined();
    release();
    expect(await second).toBe(true);
  });
});
