import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { readTablet } from "../child/tabletStore";
import type { DistributionView } from "./studioApi";
import { pinProblems, TabletStart } from "./TabletSessions";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const distribution: DistributionView = {
  id: "dst_seedDEMO811",
  code: "DEMO811",
  label: "Demo code",
  cohort: "children-in-care",
  closed: false,
  createdAt: "2025-01-01T00:00:00.000Z",
};

describe("pinProblems", () => {
  it("wants 4 to 8 numbers, typed the same twice", () => {
    expect(pinProblems("123", "123").pin).toBeDefined();
    expect(pinProblems("12a4", "12a4").pin).toBeDefined();
    expect(pinProblems("123456789", "123456789").pin).toBeDefined();
    expect(pinProblems("1234", "1243").again).toBeDefined();
    expect(pinProblems("1234", "1234")).toEqual({});
    expect(pinProblems("12345678", "12345678")).toEqual({});
  });
});

describe("starting a tablet session", () => {
  function fill(pin: string, again: string) {
    render(() => <TabletStart distribution={distribution} />);
    fireEvent.input(screen.getByLabelText("Name for this tablet"), {
      target: { value: "Hall tablet" },
    });
    fireEvent.input(screen.getByLabelText("PIN to end the session"), { target: { value: pin } });
    fireEvent.input(screen.getByLabelText("The same PIN again"), { target: { value: again } });
    return () =>
      fireEvent.click(screen.getByRole("button", { name: "Start the session on this device" }));
  }

  it("sends nothing while the two PINs differ", async () => {
    const api = fakeApi({});
    fill("2468", "2469")();
    expect((await screen.findByText("The two PINs are not the same.")).id).toMatch(/-error$/);
    expect(api.sent).toEqual([]);
  });

  it("retries with the very same session after a lost answer, then signs out and hands over", async () => {
    const replace = vi.spyOn(location, "replace").mockImplementation(() => {});
    let calls = 0;
    const api = fakeApi({
      "POST /api/tablet-sessions": () =>
        ++calls === 1 ? failure(503, "internal", "Down.") : { status: 201, body: { session: {} } },
      "POST /api/auth/logout": { body: { ok: true } },
    });
    const start = fill("2468", "2468");
    start();
    await screen.findByRole("alert");
    start();
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith("/t"));

    const [first, second, logout] = api.sent;
    expect(second?.body).toEqual(first?.body);
    expect(first?.body).toMatchObject({
      distributionId: "dst_seedDEMO811",
      label: "Hall tablet",
      pin: "2468",
    });
    expect(logout?.path).toBe("/api/auth/logout");
    expect(readTablet()).toEqual({
      token: (first?.body as { token?: string } | undefined)?.token,
      finished: 0,
    });
  });
});
