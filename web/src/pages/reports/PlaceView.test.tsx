import { render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { PlaceView } from "./PlaceView";
import { PLACE } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

describe("the story of place", () => {
  it("shows each indicator by wave and band, the top themes and the actions", () => {
    render(() => <PlaceView place={PLACE} />);
    const safe = screen.getByRole("article", { name: "Feel safe where they live" });
    expect(within(safe).getByRole("img").querySelector("desc")?.textContent).toBe("up 3.7 points");
    const bands = within(safe).getByRole("table", { name: /by age band/ });
    const leavers = within(bands).getByRole("row", { name: /Care leavers/ });
    expect(
      within(leavers)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["fewer than 8", "–"]);
    expect(leavers.textContent).toContain("small group");
    const themes = screen.getByRole("table", { name: "The top themes and how they changed" });
    expect(within(themes).getByRole("row", { name: /Seeing family/ }).textContent).toContain(
      "up 8.1 points",
    );
    expect(screen.getByText("Under way")).toBeTruthy();
    expect(document.querySelector(".cover-org")?.textContent).toBe("Demo Borough Council");
  });
});
