import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { AgeBand } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import { Heard } from "./Heard";
import { Kiosk } from "./Kiosk";
import { saveTablet } from "./tabletStore";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

const lines = () =>
  [...document.querySelectorAll(".heard-help li")].map((li) => li.textContent ?? "");
const telLinks = () =>
  [...document.querySelectorAll<HTMLAnchorElement>("a[href^='tel:']")].map((a) => a.href);

describe("the help screen", () => {
  it("says the child was heard, what happens next, Childline for under-19s and 999", () => {
    render(() => <Heard band="12-17" queued={false} onFinish={() => {}} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("We heard you");
    expect(screen.getByText(/A worker will read this soon/)).toBeTruthy();
    expect(lines()).toEqual([
      "Call Childline free on 0800\u00a01111. It's for anyone under 19, any time, day or night.",
      "In danger right now? Call 999.",
    ]);
    expect(telLinks()).toEqual(["tel:08001111", "tel:999"]);
    expect(screen.getByRole("complementary", { name: "People who can help now" })).toBeTruthy();
  });

  it("gives care leavers, who are adults, Samaritans first, Childline under 19, their team", () => {
    render(() => <Heard band="16-25" queued={false} onFinish={() => {}} />);
    expect(lines()).toEqual([
      "Call Samaritans free on 116\u00a0123, any time, day or night.",
      "Under 19? You can call Childline free on 0800\u00a01111 too.",
      "Your personal adviser or the council's leaving care team can help too.",
      "In danger right now? Call 999.",
    ]);
    expect(telLinks()).toEqual(["tel:116123", "tel:08001111", "tel:999"]);
    // Childline is offered to under-19s only, never as a care leaver's one line.
    expect(document.body.textContent).not.toMatch(/\bIt's for anyone under 19\b/);
  });

  it("tells a care leaver offline to call Samaritans, not a children's line", () => {
    render(() => <Heard band="16-25" queued onFinish={() => {}} />);
    expect(screen.getByText(/call Samaritans free on 116 123\.$/)).toBeTruthy();
    expect(screen.queryByText(/\btell the adult with you\b/)).toBeNull();
  });

  it.each(["4-7"] as AgeBand[])("uses fewer, simpler words for %s", (band) => {
    render(() => <Heard band={band} queued={false} onFinish={() => {}} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Thank you for telling us");
    expect(screen.getByText("A grown-up will read this soon and help you.")).toBeTruthy();
    expect(lines()[1]).toBe("In danger right now? Tell a grown-up near you, or call 999.");
  });

  it("says honestly, offline, that the message has not gone yet", () => {
    render(() => <Heard band="8-11" queued onFinish={() => {}} />);
    expect(screen.getByText(/It will be sent as soon as the tablet is online/)).toBeTruthy();
    expect(screen.queryByText(/A worker will read this soon/)).toBeNull();
  });
});

describe("on the child's journey", () => {
  const status = {
    body: {
      code: "DEMO811",
      survey: myLifeInCare,
      session: { label: "Hall tablet", participants: 0, endsAt: "2099-01-01T00:00:00.000Z" },
    },
  };

  async function started(routes: Parameters<typeof fakeApi>[0]) {
    saveTablet({ token: "tok", finished: 0 });
    const api = fakeApi({ "GET /api/t/tok": status, ...routes });
    render(() => <Kiosk token="tok" />);
    fireEvent.click(await screen.findByRole("button", { name: "Tap to start" }));
    fireEvent.click(screen.getByRole("button", { name: /^Start/ }));
    return api;
  }

  const toTheEnd = () => {
    while (!screen.queryByRole("heading", { name: "Ready to send?" })) {
      fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    }
    fireEvent.click(screen.getByRole("button", { name: "Send my answers" }));
  };

  const received = (body: unknown) => ({
    status: 201,
    body: { id: (body as { id: string }).id, received: true, alertId: "alr_x" },
  });
  const stored = (body: unknown) => ({
    status: 201,
    body: { id: (body as { id: string }).id, duplicate: false },
  });

  it("sends Tell my worker at once, names it in the answers, and ends on the help screen", async () => {
    const { sent } = await started({
      "POST /api/t/tok/help": received,
      "POST /api/t/tok/responses": stored,
    });
    fireEvent.click(screen.getByRole("button", { name: "I'm worried" }));
    fireEvent.input(screen.getByLabelText("Your first name"), { target: { value: " Sam " } });
    fireEvent.click(screen.getByRole("button", { name: "Tell my worker" }));
    await screen.findByText(/Sent. A worker will read this soon/);
    const help = sent.filter((request) => request.path === "/api/t/tok/help");
    expect(help).toEqual([
      {
        method: "POST",
        path: "/api/t/tok/help",
        body: expect.objectContaining({ language: "en", contact: { firstName: "Sam" } }),
      },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Close" }));

    toTheEnd();
    await screen.findByRole("heading", { name: "We heard you" });
    const answers = sent.find((request) => request.path === "/api/t/tok/responses");
    expect(answers?.body).toMatchObject({ helpId: (help[0]!.body as { id: string }).id });
    expect(answers?.body).not.toHaveProperty("tellMyWorker");
  });

  it.each([
    ["the help screen after an answer the survey marks as a concern", "No", "We heard you"],
    ["the usual thank-you when nothing worrying was said", "Yes", "Thank you!"],
  ])("ends on %s", async (_, safe, heading) => {
    await started({ "POST /api/t/tok/responses": stored });
    fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    fireEvent.click(screen.getByRole("radio", { name: safe }));
    fireEvent.click(screen.getByRole("button", { name: /^Next/ }));
    toTheEnd();
    await screen.findByRole("heading", { name: heading });
    expect(telLinks().includes("tel:999")).toBe(safe === "No");
  });
});
