import { describe, expect, it, vi } from "vitest";
import { createDiscovery, domainOf, type SignInMethod, withReturnTo } from "./discover";

describe("domainOf", () => {
  it("waits for a whole address before naming a domain", () => {
    expect(domainOf("ada@")).toBeUndefined();
    expect(domainOf("ada@council")).toBeUndefined();
    expect(domainOf("ada@council.g")).toBeUndefined();
    expect(domainOf(" Ada@Council.GOV.uk ")).toBe("council.gov.uk");
  });
});

describe("createDiscovery", () => {
  it("asks once per domain, whoever is typing", async () => {
    const ask = vi.fn(
      async (): Promise<SignInMethod> => ({ sso: true, startUrl: "/api/auth/sso/start?org=o" }),
    );
    const discover = createDiscovery(ask);
    expect(await discover("a@council.gov.uk")).toEqual({ sso: true, startUrl: expect.any(String) });
    await discover("b@COUNCIL.gov.uk");
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await discover("half@")).toEqual({ sso: false });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it("falls back to the password when the lookup fails, and asks again next time", async () => {
    const ask = vi
      .fn<(email: string) => Promise<SignInMethod>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce({ sso: false });
    const discover = createDiscovery(ask);
    expect(await discover("a@council.gov.uk")).toEqual({ sso: false });
    expect(await discover("a@council.gov.uk")).toEqual({ sso: false });
    expect(ask).toHaveBeenCalledTimes(2);
  });
});

describe("withReturnTo", () => {
  const origin = "https://chorus.example";

  it("adds the page to come back to", () => {
    expect(withReturnTo("/api/auth/sso/start?org=o1", "/admin/audit", origin)).toBe(
      "/api/auth/sso/start?org=o1&returnTo=%2Fadmin%2Faudit",
    );
  });

  it("never passes on anything but a path on this site", () => {
    expect(withReturnTo("/api/auth/sso/start?org=o1", "//evil.test", origin)).toBe(
      "/api/auth/sso/start?org=o1",
    );
  });
});
