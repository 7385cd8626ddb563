import { fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { SharesPage } from "./SharesPage";
import { REPORT } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

const LINK = {
  id: "shr_1",
  kind: "survey",
  surveyId: "srv_demo811",
  filters: { band: "8-11" },
  label: "Corporate parenting panel",
  createdAt: "2026-11-30T10:00:00.000Z",
  createdBy: "leader@demo.chorus.test",
  expiresAt: "2999-01-31T00:00:00.000Z",
  revokedAt: null,
  status: "open",
};
const made = (id: string, token: string) => ({ ...LINK, id, token, url: `/share/${token}` });
const SHARE_ID = /^shr_[0-9a-f]{20}$/;

describe("share links", () => {
  it("makes a link for the survey with the filters it came with", async () => {
    history.replaceState(null, "", "/reports/shares?band=8-11&survey=srv_demo811");
    const api = fakeApi({
      "GET /api/reports/surveys": { body: { surveys: [REPORT.survey] } },
      "GET /api/reports/shares": { body: { shares: [] } },
      "POST /api/reports/shares": {
        status: 201,
        body: made("shr_1", "tok_abc"),
      },
    });
    render(() => <SharesPage expired={() => {}} />);
    await screen.findByText("No share links yet.");
    await screen.findByRole("option", { name: "My life in care" });
    expect(screen.getByText(/With the filters you chose: Ages 8 to 11/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Link works for"), { target: { value: "7" } });
    // No link is asked for until it says who it is for.
    fireEvent.click(screen.getByRole("button", { name: "Make the link" }));
    expect(api.sent.some((s) => s.method === "POST")).toBe(false);
    fireEvent.input(screen.getByLabelText("Who it is for"), {
      target: { value: " Corporate parenting panel " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Make the link" }));
    const field = (await screen.findByLabelText(/Share link/)) as HTMLInputElement;
    expect(field.value).toBe(`${location.origin}/share/tok_abc`);
    expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({
      id: expect.stringMatching(SHARE_ID),
      label: "Corporate parenting panel",
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
        body: made("shr_2", "t"),
      },
    });
    render(() => <SharesPage expired={() => {}} />);
    await screen.findByText("No share links yet.");
    fireEvent.input(screen.getByLabelText("Who it is for"), { target: { value: "Ofsted" } });
    fireEvent.click(screen.getByRole("button", { name: "Make the link" }));
    await waitFor(() =>
      expect(api.sent.find((s) => s.method === "POST")?.body).toEqual({
        id: expect.stringMatching(SHARE_ID),
        label: "Ofsted",
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
    const row = await screen.findByRole("row", { name: /Corporate parenting panel/ });
    expect(row.textContent).toContain("My life in care");
    expect(row.textContent).toContain("Ages 8 to 11");
    expect(row.textContent).toContain("Works until 31 January 2999");
    fireEvent.click(
      within(row).getByRole("button", { name: "Withdraw the link for Corporate parenting panel" }),
    );
    await waitFor(() =>
      expect(api.sent.map((s) => `${s.method} ${s.path}`)).toContain(
        "DELETE /api/reports/shares/shr_1",
      ),
    );
  });
});
