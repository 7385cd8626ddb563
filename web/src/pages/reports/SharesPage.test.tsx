import { fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { SharesPage } from "./SharesPage";
import { REPORT } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

const LINK = {
  id: "shr_1",
  surveyId: "srv_demo811",
  filters: { band: "8-11" },
  expiresAt: "2999-01-31T00:00:00.000Z",
};

describe("share links", () => {
  it("makes a link for the survey with the filters it came with", async () => {
    history.replaceState(null, "", "/reports/shares?band=8-11&survey=srv_demo811");
    const api = fakeApi({
      "GET /api/reports/surveys": { body: { surveys: [REPORT.survey] } },
      "GET /api/reports/shares": { body: { shares: [] } },
      "POST /api/reports/shares": {
        status: 201,
        body: { id: "shr_1", url: "/share/tok_abc", token: "tok_abc", expiresAt: LINK.expiresAt },
      },
    });
    render(() => <SharesPage expired={() => {}} />);
    await screen.findByText("No share links yet.");
    await screen.findByRole("option", { name: "My life in care" });
    expect(screen.getByText(/With the filters you chose: Ages 8 to 11/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Link works for"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Make the link" }));
    const field = (await screen.findByLabelText(/Share link/)) as HTMLInputElement;
    expect(field.value).toBe(`${location.origin}/share/tok_abc`);
    expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({
      surveyId: "srv_demo811",
      filters: { band: "8-11" },
      days: 7,
    });
  });

  it("makes a story of place link", async () => {
    history.replaceState(null, "", "/reports/shares?place=1");
    const api = fakeApi({
      "GET /api/reports/surveys": { body: { surveys: [] } },
      "GET /api/reports/shares": { body: { shares: [] } },
      "POST /api/reports/shares": {
        body: { id: "shr_2", url: "/share/t", token: "t", expiresAt: LINK.expiresAt },
      },
    });
    render(() => <SharesPage expired={() => {}} />);
    await screen.findByText("No share links yet.");
    fireEvent.click(screen.getByRole("button", { name: "Make the link" }));
    await waitFor(() =>
      expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({
        place: true,
        filters: {},
        days: 30,
      }),
    );
  });

  it("lists links with their end and withdraws one", async () => {
    history.replaceState(null, "", "/reports/shares");
    const api = fakeApi({
      "GET /api/reports/surveys": { body: { surveys: [REPORT.survey] } },
      "GET /api/reports/shares": { body: { shares: [LINK] } },
      "DELETE /api/reports/shares/shr_1": { body: {} },
    });
    render(() => <SharesPage expired={() => {}} />);
    const row = await screen.findByRole("row", { name: /My life in care/ });
    expect(row.textContent).toContain("Ages 8 to 11");
    expect(row.textContent).toContain("Works until 31 January 2999");
    fireEvent.click(
      within(row).getByRole("button", { name: "Withdraw the link to My life in care" }),
    );
    await waitFor(() =>
      expect(api.sent.map((s) => `${s.method} ${s.path}`)).toContain(
        "DELETE /api/reports/shares/shr_1",
      ),
    );
  });
});
