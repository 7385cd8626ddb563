import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { PlacePage } from "./PlacePage";
import { PLACE } from "./testing/fixture";
import { cleanUpAfterEach } from "./testing/setup";

cleanUpAfterEach();

describe("the story of place page", () => {
  it("reads one wave when chosen, and keeps it in the address", async () => {
    history.replaceState(null, "", "/reports/place");
    const api = fakeApi({ "GET /api/reports/place": { body: PLACE } });
    render(() => <PlacePage orgName="Demo Council" expired={() => {}} />);
    await screen.findByRole("heading", { name: "The story of place", level: 1 });
    expect(document.querySelector(".cover-org")?.textContent).toBe("Demo Council");
    fireEvent.change(screen.getByLabelText("Wave"), { target: { value: "wav_spring" } });
    await waitFor(() =>
      expect(api.sent.map((s) => s.path)).toEqual([
        "/api/reports/place",
        "/api/reports/place?wave=wav_spring",
      ]),
    );
    expect(location.search).toBe("?wave=wav_spring");
    await screen.findByText("Demo Council · Spring 2027");
  });
});
