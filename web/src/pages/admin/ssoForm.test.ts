import type { SsoConfigView } from "@chorus/core/sso/schema";
import { describe, expect, it } from "vitest";
import { inputFrom, type SsoInput, splitDomains, toBody } from "./ssoForm";

const filled: SsoInput = {
  issuer: " https://login.microsoftonline.com/tenant/v2.0 ",
  clientId: "app-1",
  clientSecret: "",
  emailDomains: "council.gov.uk, Children.Council.gov.uk",
  groups: [
    { group: "g-leaders", roles: ["leader"] },
    { group: "", roles: [] },
  ],
  defaultRoles: [],
  enabled: true,
};

describe("splitDomains", () => {
  it("accepts commas, spaces and new lines, and drops repeats and a leading @", () => {
    expect(splitDomains("a.gov.uk,  @B.gov.uk\nb.gov.uk;c.org")).toEqual([
      "a.gov.uk",
      "b.gov.uk",
      "c.org",
    ]);
  });
});

describe("toBody", () => {
  it("keeps the stored secret by leaving it out, and ignores blank group rows", () => {
    expect(toBody(filled, true)).toEqual({
      body: {
        issuer: "https://login.microsoftonline.com/tenant/v2.0",
        clientId: "app-1",
        emailDomains: ["council.gov.uk", "children.council.gov.uk"],
        groupRoles: { "g-leaders": ["leader"] },
        defaultRoles: [],
        enabled: true,
      },
    });
  });

  it("asks for a secret when none is stored", () => {
    expect(toBody(filled, false)).toEqual({
      problems: { clientSecret: expect.stringMatching(/none stored/) },
    });
    const withSecret = toBody({ ...filled, clientSecret: "s3cret" }, false);
    expect("body" in withSecret && withSecret.body.clientSecret).toBe("s3cret");
  });

  it("says what is wrong, field by field", () => {
    const result = toBody(
      {
        ...filled,
        issuer: "http://idp.example.org",
        clientId: " ",
        emailDomains: "",
        groups: [
          { group: "", roles: ["leader"] },
          { group: "g", roles: [] },
          { group: "h", roles: ["admin"] },
          { group: "h", roles: ["officer"] },
        ],
      },
      true,
    );
    expect(result).toEqual({
      problems: {
        issuer: expect.stringMatching(/https/),
        clientId: expect.any(String),
        emailDomains: expect.any(String),
        "group-0": expect.stringMatching(/name or ID/),
        "group-1": expect.stringMatching(/at least one role/),
        "group-3": expect.stringMatching(/already listed/),
      },
    });
  });

  it("allows plain http only for a provider on this machine", () => {
    expect("body" in toBody({ ...filled, issuer: "http://localhost:9000" }, true)).toBe(true);
  });
});

describe("inputFrom", () => {
  it("starts empty and switched off when nothing is stored", () => {
    expect(inputFrom(null)).toMatchObject({ issuer: "", groups: [], enabled: false });
  });

  it("shows stored settings, never a secret", () => {
    const config: SsoConfigView = {
      issuer: "https://idp.example.org",
      clientId: "c",
      hasSecret: true,
      emailDomains: ["a.gov.uk", "b.gov.uk"],
      groupRoles: { staff: ["officer"] },
      defaultRoles: ["leader"],
      enabled: true,
      updatedAt: "2026-03-01T00:00:00Z",
    };
    expect(inputFrom(config)).toEqual({
      issuer: "https://idp.example.org",
      clientId: "c",
      clientSecret: "",
      emailDomains: "a.gov.uk, b.gov.uk",
      groups: [{ group: "staff", roles: ["officer"] }],
      defaultRoles: ["leader"],
      enabled: true,
    });
  });
});
