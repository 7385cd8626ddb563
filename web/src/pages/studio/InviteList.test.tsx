import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { InviteList, linesToCopy } from "./InviteList";
import type { DistributionView, InviteView } from "./studioApi";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const distribution: DistributionView = {
  id: "dst_seedDEMO811",
  code: "DEMO811",
  label: "Demo code",
  cohort: "children-in-care",
  closed: false,
  createdAt: "2026-01-01T00:00:00.000Z",
};
const BASE = "/api/surveys/srv_demo/distributions/dst_seedDEMO811";
const made = "2026-03-02T10:00:00.000Z";
const sam: InviteView = { id: "ivb_aaaaaaaa-000", label: "Sam", status: "unused", createdAt: made };
const used: InviteView = {
  id: "ivb_aaaaaaaa-001",
  label: "Ria",
  status: "used",
  createdAt: made,
  usedOn: "2026-03-04",
};
const blank: InviteView = { id: "ivb_aaaaaaaa-002", status: "revoked", createdAt: made };
const later: InviteView = {
  id: "ivb_bbbbbbbb-000",
  label: "Tom",
  status: "unused",
  createdAt: made,
};

const show = () =>
  render(() => <InviteList surveyId="srv_demo" distribution={distribution} version={0} />);
const rowOf = async (name: string) => (await screen.findByRole("cell", { name })).closest("tr")!;

describe("the list of a code's links", () => {
  it("shows each label with its status in words, a page at a time", async () => {
    const api = fakeApi({
      [`GET ${BASE}/invites`]: () =>
        api.sent.at(-1)!.path.includes("cursor=")
          ? { body: { invites: [later] } }
          : { body: { invites: [sam, used, blank], next: "page2" } },
    });
    show();
    expect(within(await rowOf("Sam")).getByText("Not used yet")).toBeTruthy();
    expect(within(await rowOf("Ria")).getByText("Used")).toBeTruthy();
    expect(within(await rowOf("No label")).getByText("Revoked")).toBeTruthy();
    // Only an unused link can be revoked.
    expect(screen.getAllByRole("button", { name: /^Revoke/ }).length).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Show more links" }));
    expect(await rowOf("Tom")).toBeTruthy();
    expect(api.sent.at(-1)!.path).toBe(`${BASE}/invites?cursor=page2`);
    expect(screen.queryByRole("button", { name: "Show more links" })).toBeNull();
  });

  it("revokes a link only after the second click, and shows it revoked", async () => {
    const api = fakeApi({
      [`GET ${BASE}/invites`]: { body: { invites: [sam] } },
      [`POST ${BASE}/invites/${sam.id}/revoke`]: {
        body: { invite: { ...sam, status: "revoked", revokedAt: made } },
      },
    });
    show();
    fireEvent.click(await screen.findByRole("button", { name: "Revoke Sam's link" }));
    expect(api.sent.filter((r) => r.method === "POST")).toEqual([]);
    expect(screen.getByText(/Revoke Sam's link\? Whoever opens it/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Yes, revoke it" }));
    await screen.findByText("Revoked");
    expect(within(await rowOf("Sam")).getByText("Revoked")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Revoke/ })).toBeNull();
    expect(api.sent.filter((r) => r.method === "POST").map((r) => r.path)).toEqual([
      `${BASE}/invites/${sam.id}/revoke`,
    ]);
  });

  it("shows the links to copy by hand when the browser refuses the clipboard", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    fakeApi({
      [`GET ${BASE}/invites`]: { body: { invites: [sam] } },
      [`GET ${BASE}/invites/links`]: {
        body: { links: [{ id: sam.id, label: "Sam", url: "https://x.test/i/abc" }] },
      },
    });
    show();
    fireEvent.click(await screen.findByRole("button", { name: "Copy all unused links" }));
    const box = (await screen.findByLabelText("Unused links")) as HTMLTextAreaElement;
    expect(box.value).toBe("Sam\thttps://x.test/i/abc");
  });

  it("downloads the CSV from the code's own address", async () => {
    fakeApi({ [`GET ${BASE}/invites`]: { body: { invites: [] } } });
    show();
    expect(await screen.findByText("No links yet.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Download as CSV" });
    expect(link.getAttribute("href")).toBe(`${BASE}/invites.csv`);
  });
});

describe("linesToCopy", () => {
  it("puts a tab between label and link, and leaves an unlabelled link alone", () => {
    expect(linesToCopy([{ label: "Sam", url: "u1" }, { url: "u2" }])).toBe("Sam\tu1\nu2");
  });
});
