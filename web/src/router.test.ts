import { describe, expect, it } from "vitest";
import { staffRoute } from "./pages/staff/StaffApp";
import { match, segments } from "./router";

describe("match", () => {
  it("keeps the child's pages in the entry and hands everything else to the staff chunk", () => {
    expect(match("/")).toEqual({ area: "child" });
    expect(match("/s/DEMO811")).toEqual({ area: "child", code: "DEMO811" });
    expect(match("/s/a%20b")).toEqual({ area: "child", code: "a b" });
    expect(match("/i/tok_en-123")).toEqual({ area: "child", invite: "tok_en-123" });
    expect(match("/reports")).toEqual({ area: "staff" });
    expect(match("/admin/audit")).toEqual({ area: "staff" });
    expect(match("/s/one/two")).toEqual({ area: "staff" });
    expect(match("/s/DEMO811/you-said")).toEqual({ area: "you-said", code: "DEMO811" });
    expect(match("/s/DEMO811/you-said/x")).toEqual({ area: "staff" });
  });

  it("shows the kiosk at every path while the device holds a tablet session", () => {
    for (const path of ["/", "/t", "/studio", "/studio/srv_1/distribute", "/s/DEMO811", "/i/x"]) {
      expect(match(path, "tok")).toEqual({ area: "kiosk", token: "tok" });
    }
    expect(match("/t")).toEqual({ area: "child" });
    expect(match("/t/extra")).toEqual({ area: "staff" });
    expect(match("/studio", "")).toEqual({ area: "staff" });
  });

  it("keeps a part that does not decode as it was typed", () => {
    expect(segments("/s/%E0%A4%A")).toEqual(["s", "%E0%A4%A"]);
  });
});

describe("staffRoute", () => {
  it("matches reports, admin pages and the set-password page", () => {
    expect(staffRoute("/reports")).toEqual({ area: "reports", surveyId: undefined });
    expect(staffRoute("/reports/srv_1")).toEqual({ area: "reports", surveyId: "srv_1" });
    expect(staffRoute("/admin")).toEqual({ area: "admin", page: undefined });
    expect(staffRoute("/admin/outbox/")).toEqual({ area: "admin", page: "outbox" });
    expect(staffRoute("/set-password")).toEqual({ area: "setPassword" });
    expect(staffRoute("/share/shr_tok3n")).toEqual({ area: "share", token: "shr_tok3n" });
    expect(staffRoute("/share")).toEqual({ area: "notFound" });
  });

  it("matches the safeguarding queue, its settings and one alert", () => {
    expect(staffRoute("/safeguarding")).toEqual({ area: "safeguarding", page: undefined });
    expect(staffRoute("/safeguarding/settings")).toEqual({
      area: "safeguarding",
      page: "settings",
    });
    expect(staffRoute("/safeguarding/alerts/alr_1234abcd")).toEqual({
      area: "safeguarding",
      alertId: "alr_1234abcd",
    });
    expect(staffRoute("/safeguarding/alerts/alr_1/more")).toEqual({ area: "notFound" });
  });

  it("calls anything else not found", () => {
    expect(staffRoute("/admin/audit/extra")).toEqual({ area: "notFound" });
    expect(staffRoute("/set-password/x")).toEqual({ area: "notFound" });
    expect(staffRoute("/nowhere")).toEqual({ area: "notFound" });
  });
});
