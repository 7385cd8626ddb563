/**
 * A tablet session at an event: an officer turns the tablet into a kiosk for DEMO811, two
 * children answer one after the other, and the second can reach nothing of the first one's
 * answers (not by Back, not by typing an address, not in the device's storage). The officer
 * then ends it with the PIN. Checked against the real local stack and its API.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, responseCount, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const SECRET = "Purple giraffe called Wendell 4417";
const PIN = "27182";

describe.skipIf(noBrowser)("tablet session (kiosk)", () => {
  const stack = useStack();
  const demo811Count = () => responseCount(stack.chorus.url, (s) => s.code === "DEMO811");

  /** What a curious next child could find: the page, and everything the tablet stores. */
  const traces = (page: Page) =>
    page.evaluate(
      () =>
        document.body.textContent +
        JSON.stringify({ ...localStorage }) +
        JSON.stringify({ ...sessionStorage }),
    );

  const welcome = (page: Page) => page.getByRole("button", { name: "Tap to start" }).waitFor();

  /**
   * One child: start, answer the first question with a face, type `words` into any text
   * question and skip the rest, send. (A response with no answer at all is not sent.)
   */
  async function child(page: Page, words?: string) {
    await page.getByRole("button", { name: "Tap to start" }).click();
    await page.getByRole("heading", { name: "Before you start" }).waitFor();
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radio", { name: "Good", exact: true }).check();
    await page.getByRole("button", { name: /^(Next|Finish)/ }).click();
    for (let step = 0; step < 50; step++) {
      if (await page.getByRole("heading", { name: "Ready to send?" }).isVisible()) break;
      const box = page.getByRole("textbox");
      if (words && (await box.count()) > 0) {
        await box.first().fill(words);
        await page.getByRole("button", { name: /^(Next|Finish)/ }).click();
      } else {
        await page.getByRole("button", { name: "Skip" }).click();
      }
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
  }

  it("runs two children in a row, keeps the first from the second, and ends with the PIN", async () => {
    const before = await demo811Count();
    const context = await stack.browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: "en-GB",
    });
    const page = await context.newPage();
    // 401: the staff sign-in check once signed out; 403: the wrong PIN, on purpose.
    const errors = watchErrors(page, [401, 403]);
    const a11y: string[] = [];
    const check = async (screen: string) => {
      await shoot(page, `kiosk-${screen}`);
      for (const problem of await accessibilityProblems(page)) a11y.push(`${screen}: ${problem}`);
    };

    // The officer signs in once, finds the survey's codes, and starts the session from one.
    await page.goto(`${stack.chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByRole("link", { name: "My life in care" }).click();
    await page.getByRole("link", { name: "Hand out" }).click();
    const card = page.locator("li.code-card", { hasText: "DEMO811" });
    await card.getByText("Start a tablet session").click();
    await card.getByLabel("Name for this tablet").fill("Hall tablet");
    await card.getByLabel("PIN to end the session").fill(PIN);
    await card.getByLabel("The same PIN again").fill(PIN);
    await check("01-start-form");
    await card.getByRole("button", { name: "Start the session on this device" }).click();

    await welcome(page);
    expect(new URL(page.url()).pathname).toBe("/t");
    await page.getByRole("heading", { name: "My life in care" }).waitFor();
    await page.getByText("Be the first to take part today.").waitFor();
    await check("02-welcome");
    // The officer's sign-in ended on this device when the session began.
    expect(await page.evaluate(() => fetch("/api/me").then((r) => r.status))).toBe(401);

    await child(page, SECRET);
    await check("03-thank-you");
    await page.getByRole("button", { name: "Finish" }).click();
    await welcome(page);
    await page.getByText("1 person has taken part.").waitFor();
    await check("04-welcome-after-one");
    expect(await traces(page)).not.toContain(SECRET);

    // The next child tries Back, as far as the studio pages visited before the session, and
    // the addresses a curious child might type.
    for (let i = 0; i < 2; i++) {
      await page.goBack();
      await welcome(page);
      expect(await page.getByLabel("Email address").count()).toBe(0);
      expect(await traces(page)).not.toContain(SECRET);
    }
    for (const path of ["/studio", "/studio/srv_demo_life811/distribute", "/s/DEMO811", "/"]) {
      await page.goto(`${stack.chorus.url}${path}`);
      await welcome(page);
      expect(await page.getByLabel("Email address").count()).toBe(0);
      expect(await page.getByLabel("Your code").count()).toBe(0);
      expect(await traces(page)).not.toContain(SECRET);
    }

    // A child who walks away part way: asked if they are still there, then cleared for the next.
    await page.clock.install();
    await page.getByRole("button", { name: "Tap to start" }).click();
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radio", { name: "Good", exact: true }).check();
    await page.clock.runFor(3 * 60_000);
    await page.getByRole("alertdialog", { name: "Are you still there?" }).waitFor();
    await check("04b-still-there");
    await page.clock.runFor(60_000);
    await welcome(page);
    await page.getByText("1 person has taken part.").waitFor();
    expect(await page.getByRole("radio").count()).toBe(0);

    await child(page);
    expect(await traces(page)).not.toContain(SECRET);
    await page.getByRole("button", { name: "Finish" }).click();
    await page.getByText("2 people have taken part.").waitFor();
    await shoot(page, "kiosk-05-welcome-after-two");

    // Staff end it: a wrong PIN is refused and changes nothing, the right one ends it.
    await page.getByRole("button", { name: "End session (staff)" }).click();
    await page.getByRole("heading", { name: "End this tablet session" }).waitFor();
    for (const key of "9999") await page.getByRole("button", { name: key, exact: true }).click();
    await page.getByRole("button", { name: "End session", exact: true }).click();
    await page.getByRole("alert").getByText("That PIN is not right").waitFor();
    await check("06-wrong-pin");
    await page.getByLabel("Staff PIN").fill(PIN);
    await page.keyboard.press("Enter");
    await page.getByLabel("Email address").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("chorus.tablet"))).toBeNull();
    await shoot(page, "kiosk-07-staff-sign-in");

    // Exactly the two children reached the server, and the studio shows the ended session.
    expect(await demo811Count()).toBe(before + 2);
    await page.goto(`${stack.chorus.url}/studio/srv_demo_life811/distribute`);
    await signInOnPage(page, "officer@demo.chorus.test");
    const session = page
      .getByRole("region", { name: "Tablet sessions" })
      .getByRole("listitem")
      .filter({ hasText: "Hall tablet" });
    await session.getByText("2 children have taken part").waitFor();
    expect(await session.textContent()).toContain("ended");
    await check("08-studio-list");

    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
