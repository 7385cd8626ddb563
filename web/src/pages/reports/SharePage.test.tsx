import { render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { SharePage } from "./SharePage";
import { PLACE, REPORT } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

describe("the public share page", () => {
  it("shows a shared report read-only, without asking anyone to sign in", async () => {
    const api = fakeApi({
      "GET /api/share/tok_1": {
        body: { kind: "survey", orgName: "Demo Borough Council", report: REPORT },
      },
    });
    render(() => <SharePage token="tok_1" />);
    await screen.findByRole("heading", { name: "My life in care", level: 1 });
    expect(api.sent.map((s) => s.path)).toEqual(["/api/share/tok_1"]);
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button", { name: /Download|Print/ })).toBeNull();
    expect(document.querySelector(".cover-org")?.textContent).toBe("Demo Borough Council");
    expect(document.querySelector(".shared-bar")?.textContent).toContain(
      "shared with you by Demo Borough Council",
    );
    expect(screen.getByRole("article", { name: "Seeing family" })).toBeTruthy();
  });

  it("shows a shared story of place", async () => {
    fakeApi({ "GET /api/share/tok_2": { body: { kind: "place", place: PLACE } } });
    render(() => <SharePage token="tok_2" />);
    await screen.findByRole("heading", { name: "The story of place", level: 1 });
    expect(screen.getByRole("heading", { name: "Feel safe where they live" })).toBeTruthy();
  });

  it("says plainly when the link has ended or was withdrawn", async () => {
    fakeApi({ "GET /api/share/tok_3": failure(410, "share.gone", "Gone.") });
    render(() => <SharePage token="tok_3" />);
    await screen.findByText("This link no longer works");
  });
});
