import { myLifeInCare } from "@chorus/core/demo/surveys";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { KIOSK_DONE_IDLE_MS } from "./ChildApp";
import { Kiosk } from "./Kiosk";
import { KioskPin } from "./KioskPin";
import { KIOSK_IDLE_MS, KIOSK_WARN_MS } from "./StillThere";
import { saveTablet } from "./tabletStore";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const status = (participants: number) => ({
  body: {
    code: "DEMO811",
    survey: myLifeInCare,
    session: { label: "Hall tablet", participants, endsAt: "2099-01-01T00:00:00.000Z" },
  },
});

describe("the kiosk", () => {
  it("welcomes with the survey and the count, and starts a child at the privacy screen", async () => {
    saveTablet({ token: "tok", finished: 0 });
    fakeApi({ "GET /api/t/tok": status(2) });
    render(() => <Kiosk token="tok" />);
    await screen.findByRole("heading", { name: "My life in care" });
    expect(screen.getByText("2 people have taken part.")).toBeTruthy();
    expect(screen.getByText("Hall tablet")).toBeTruthy();
    expect(location.pathname).toBe("/t");

    fireEvent.click(screen.getByRole("button", { name: "Tap to start" }));
    await screen.findByRole("heading", { name: "Before you start" });
    // Back before any answer goes to the welcome, not to a code screen.
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    await screen.findByRole("button", { name: "Tap to start" });
    expect(screen.queryByLabelText("Your code")).toBeNull();
  });

  it("asks a child gone quiet if they are still there, and clears the answers if nobody is", async () => {
    saveTablet({ token: "tok", finished: 0 });
    fakeApi({ "GET /api/t/tok": status(0) });
    render(() => <Kiosk token="tok" />);
    await screen.findByRole("button", { name: "Tap to start" });
    vi.useFakeTimers();
    try {
      fireEvent.click(screen.getByRole("button", { name: "Tap to start" }));
      fireEvent.click(screen.getByRole("button", { name: /^Start/ }));
      const good = () => screen.getByRole("radio", { name: "Good" }) as HTMLInputElement;
      fireEvent.click(good());
      expect(good().checked).toBe(true);

      // A long think is not walking away: nothing is asked before the quiet time is up.
      await vi.advanceTimersByTimeAsync(KIOSK_IDLE_MS - 1_000);
      expect(screen.queryByRole("alertdialog")).toBeNull();
      await vi.advanceTimersByTimeAsync(1_000);
      const still = screen.getByRole("button", { name: "I'm still here" });
      expect(screen.getByRole("alertdialog", { name: "Are you still there?" })).toBeTruthy();
      expect(document.activeElement).toBe(still);
      // A touch carries on where the child was.
      fireEvent.pointerDown(still);
      fireEvent.click(still);
      expect(screen.queryByRole("alertdialog")).toBeNull();
      expect(good().checked).toBe(true);

      // Nobody at all this time: the answers go and the tablet waits for the next child.
      await vi.advanceTimersByTimeAsync(KIOSK_IDLE_MS + KIOSK_WARN_MS);
      expect(screen.getByRole("button", { name: "Tap to start" })).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Tap to start" }));
      fireEvent.click(screen.getByRole("button", { name: /^Start/ }));
      expect(good().checked).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("goes back to the welcome from a thank-you screen left alone, counting the child", async () => {
    saveTablet({ token: "tok", finished: 0 });
    const { sent } = fakeApi({
      "GET /api/t/tok": status(0),
      "POST /api/t/tok/responses": () => ({ status: 201, body: { id: "x", duplicate: false } }),
    });
    render(() => <Kiosk token="tok" />);
    await screen.findByRole("button", { name: "Tap to start" });
    fireEvent.click(screen.getByRole("button", { name: "Tap to start" }));
    fireEvent.click(screen.getByRole("button", { name: /^Start/ }));
    while (!screen.queryByRole("heading", { name: "Ready to send?" })) {
      fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    }
    fireEvent.click(screen.getByRole("button", { name: "Send my answers" }));
    await screen.findByRole("heading", { name: "Thank you!" });
    // Every question skipped: nothing to send, so nothing is sent that the server would refuse.
    expect(sent.filter((request) => request.method === "POST")).toEqual([]);
    vi.useFakeTimers();
    try {
      // A touch just before the minute is up starts the minute again.
      await vi.advanceTimersByTimeAsync(KIOSK_DONE_IDLE_MS - 1_000);
      fireEvent.pointerDown(document.body);
      await vi.advanceTimersByTimeAsync(KIOSK_DONE_IDLE_MS - 1_000);
      expect(screen.getByRole("heading", { name: "Thank you!" })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(screen.getByRole("button", { name: "Tap to start" })).toBeTruthy();
      expect(screen.getByText("1 person has taken part.")).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it("prefers this tablet's own tally when the server's count is behind", async () => {
    saveTablet({ token: "tok", finished: 3 });
    fakeApi({ "GET /api/t/tok": status(1) });
    render(() => <Kiosk token="tok" />);
    await screen.findByText("3 people have taken part.");
  });

  it("says the session has ended when the server says so", async () => {
    fakeApi({ "GET /api/t/tok": failure(410, "tablet.ended", "Ended.") });
    render(() => <Kiosk token="tok" />);
    await screen.findByRole("heading", { name: "This tablet session has ended" });
    expect(screen.getByRole("button", { name: "Staff: sign in" })).toBeTruthy();
  });
});

describe("the PIN pad", () => {
  function setup(routes: Parameters<typeof fakeApi>[0]) {
    const api = fakeApi(routes);
    const ended = vi.fn();
    render(() => <KioskPin token="tok" onCancel={() => {}} onEnded={ended} />);
    const press = (keys: string) => {
      for (const key of keys) fireEvent.click(screen.getByRole("button", { name: key }));
    };
    const submit = () => fireEvent.click(screen.getByRole("button", { name: "End session" }));
    return { api, ended, press, submit };
  }

  it("asks for enough numbers before sending anything", async () => {
    const { api, press, submit } = setup({});
    press("12");
    submit();
    expect((await screen.findByRole("alert")).textContent).toMatch(/4 to 8 numbers/);
    expect(api.sent).toEqual([]);
  });

  it("shows a wrong PIN's message, clears the box, and ends with the right one", async () => {
    const { api, ended, press, submit } = setup({
      "POST /api/t/tok/end": (body) =>
        (body as { pin: string }).pin === "2468"
          ? { body: { session: { label: "Hall", participants: 2 } } }
          : failure(403, "tablet.wrong_pin", "That PIN is not right. 4 tries left."),
    });
    press("1357");
    submit();
    expect((await screen.findByRole("alert")).textContent).toMatch(/4 tries left/);
    expect((screen.getByLabelText("Staff PIN") as HTMLInputElement).value).toBe("");
    expect(ended).not.toHaveBeenCalled();

    press("2469");
    fireEvent.click(screen.getByRole("button", { name: "Delete the last number" }));
    press("8");
    submit();
    await vi.waitFor(() => expect(ended).toHaveBeenCalledOnce());
    expect(api.sent.map((s) => s.body)).toEqual([{ pin: "1357" }, { pin: "2468" }]);
  });
});
