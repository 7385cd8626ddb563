import { cleanup, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, fakeApi } from "../../test/fakeApi";
import { ThankYou } from "./Finish";
import { pageLanguage, YouSaidPage } from "./YouSaid";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const family = {
  id: "act_demoFamilyTime1",
  said: "Mówisz, że chcesz częściej widywać rodzeństwo.",
  did: "W każde ferie jest teraz dzień rodzinny.",
  status: "doing",
  language: "pl",
  due: "2027-02-28",
};
const housing = {
  id: "act_demoHousingPlan",
  said: "You said finding somewhere to live after care is worrying.",
  did: "Every care leaver now gets a housing plan at 17.",
  status: "done",
  language: "en",
};
const answer = (language: string, actions: unknown[]) => ({
  body: { language, defaultLanguage: "en", actions },
});

describe("the you-said page", () => {
  it("shows each action with its status in words, in the child's language", async () => {
    const { sent } = fakeApi({ "GET /api/s/DEMO811/you-said": answer("pl", [family, housing]) });
    render(() => <YouSaidPage code="DEMO811" language="pl" />);
    expect(await screen.findByText(family.said)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Mówiliście – działamy");
    const statuses = [...document.querySelectorAll(".you-said-status strong")].map(
      (s) => s.textContent,
    );
    expect(statuses).toEqual(["Robimy to teraz", "To już zrobione"]);
    // The English one says why it is in English; each card carries its own language.
    expect(screen.getByText(/po angielsku/)).toBeTruthy();
    const cards = [...document.querySelectorAll(".you-said-item")];
    expect(cards.map((c) => c.getAttribute("lang"))).toEqual(["pl", "en"]);
    expect(sent[0]!.path).toBe("/api/s/DEMO811/you-said?language=pl");
  });

  it("reads right to left in Arabic", async () => {
    const arabic = { ...family, said: "قلتَ إنك تريد أن ترى إخوتك.", language: "ar" };
    fakeApi({ "GET /api/s/DEMOALL/you-said": answer("ar", [arabic]) });
    render(() => <YouSaidPage code="DEMOALL" language="ar" />);
    await screen.findByText(arabic.said);
    expect(document.querySelector("main")!.getAttribute("dir")).toBe("rtl");
    expect(screen.getByText("نعمل على هذا الآن")).toBeTruthy();
  });

  it("speaks Dari from its own file, right to left, with the council's Gregorian date", async () => {
    const dari = { ...family, said: "گفتی که می‌خواهی خواهر و برادرت را ببینی.", language: "prs" };
    fakeApi({ "GET /api/s/DEMOALL/you-said": answer("prs", [dari]) });
    render(() => <YouSaidPage code="DEMOALL" language="prs" />);
    await screen.findByText(dari.said);
    expect(document.querySelector("main")!.getAttribute("dir")).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("تو گفتی، ما انجام دادیم");
    const when = document.querySelector(".you-said-when")!.textContent!;
    // February by its Afghan name, not Hut in the Solar Hijri calendar.
    expect(when).toContain("فبروری");
    expect(when).not.toMatch(/حوت/);
  });

  it("says when there is nothing yet, and offers to try again when it cannot load", async () => {
    fakeApi({ "GET /api/s/DEMO811/you-said": answer("en", []) });
    render(() => <YouSaidPage code="DEMO811" language="en" />);
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    cleanup();
    fakeApi({ "GET /api/s/DEMO811/you-said": failure(503, "http.503", "Down") });
    render(() => <YouSaidPage code="DEMO811" language="en" />);
    expect((await screen.findByRole("alert")).textContent).toContain("can't show this right now");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("takes the language from the address, else the browser", () => {
    expect(pageLanguage("?language=ar", ["en-GB"])).toBe("ar");
    expect(pageLanguage("", ["pl-PL", "en"])).toBe("pl");
    expect(pageLanguage("?language=<x>", [])).toBeUndefined();
  });
});

describe("the thank-you screen", () => {
  it("thanks the child, then shows what was done once it arrives", async () => {
    fakeApi({ "GET /api/s/DEMO811/you-said": answer("pl", [family]) });
    render(() => <ThankYou onFinish={() => {}} from="/api/s/DEMO811" language="pl" />);
    expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    const heading = await screen.findByRole("heading", { level: 2, name: "Mówiliście – działamy" });
    expect(heading).toBeTruthy();
    expect(screen.getByText(family.did)).toBeTruthy();
  });

  it("still thanks the child, with nothing broken, when the actions cannot be fetched", async () => {
    const { fetch } = fakeApi({
      "GET /api/s/DEMO811/you-said": failure(500, "internal", "Broken"),
    });
    render(() => <ThankYou onFinish={() => {}} from="/api/s/DEMO811" language="en" />);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Finish" })).toBeTruthy();
    expect(document.querySelector(".you-said")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
