import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { ReportsApp } from "./ReportsApp";
import { REPORT } from "./testing/fixture";
import { cleanUpAfterEach, LEADER } from "./testing/setup";

cleanUpAfterEach();

function serve() {
  return fakeApi({
    "GET /api/me": { body: { user: LEADER } },
    "GET /api/reports/surveys/srv_demo811": { body: REPORT },
  });
}

describe("a survey's report page", () => {
  it("passes the filters in the address to the API", async () => {
    history.replaceState(null, "", "/reports/srv_demo811?band=8-11&by=band");
    const api = serve();
    render(() => <ReportsApp surveyId="srv_demo811" />);
    await screen.findByRole("heading", { name: "My life in care", level: 1 });
    expect(api.sent.map((s) => s.path)).toContain(
      "/api/reports/surveys/srv_demo811?band=8-11&by=band",
    );
    expect((screen.getByLabelText("Age band") as HTMLSelectElement).value).toBe("8-11");
  });

  it("applies a new filter to the report, the address and the exports", async () => {
    history.replaceState(null, "", "/reports/srv_demo811");
    const api = serve();
    render(() => <ReportsApp surveyId="srv_demo811" />);
    await screen.findByRole("heading", { name: "My life in care", level: 1 });

    fireEvent.change(screen.getByLabelText("Wave"), { target: { value: "wav_spring" } });
    await waitFor(() =>
      expect(api.sent.at(-1)?.path).toBe("/api/reports/surveys/srv_demo811?wave=wav_spring"),
    );
    expect(location.pathname + location.search).toBe("/reports/srv_demo811?wave=wav_spring");
    await screen.findByRole("heading", { name: /Answers, question by question/ });
    const share = screen.getByRole("link", { name: "Share a read-only link" });
    expect(share.getAttribute("href")).toBe("/reports/shares?wave=wav_spring&survey=srv_demo811");

    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(location.search).toBe(""));
  });

  it("keeps the filter bar when a filter is refused, so it can be cleared", async () => {
    history.replaceState(null, "", "/reports/srv_demo811");
    const api = serve();
    render(() => <ReportsApp surveyId="srv_demo811" />);
    await screen.findByRole("heading", { name: "My life in care", level: 1 });
    api.fetch.mockImplementationOnce(async () =>
      Response.json(
        { error: { code: "report.invalid_filter", message: "No such band." } },
        { status: 400 },
      ),
    );
    fireEvent.change(screen.getByLabelText("Age band"), { target: { value: "12-17" } });
    await screen.findByText(/One of the filters isn't valid/);
    expect(screen.getByRole("button", { name: "Clear filters" })).toBeTruthy();
  });

  it("links to the area's pages, including You said, we did", async () => {
    history.replaceState(null, "", "/reports");
    fakeApi({
      "GET /api/me": { body: { user: LEADER } },
      "GET /api/reports/surveys": { body: { surveys: [REPORT.survey] } },
    });
    render(() => <ReportsApp />);
    await screen.findByRole("link", { name: "My life in care" });
    const nav = screen.getByRole("navigation", { name: "Reports" });
    expect([...nav.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "/reports",
      "/reports/place",
      "/reports/actions",
      "/reports/shares",
    ]);
  });
});
