/**
 * "You said, we did" end to end: a leader records an action and publishes it, prints its
 * poster, and a child sees it after answering and at /s/CODE/you-said, in Polish and Arabic too.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

/** A child on DEMO811 answers the first question, skips the rest, sends, and is thanked. */
async function answerOneAndSend(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("button", { name: /Start/ }).click();
  await page.getByRole("radio", { name: "OK", exact: true }).check();
  await page.getByRole("button", { name: /Next/ }).click();
  while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
    await page.getByRole("button", { name: "Skip" }).click();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
  await page.getByRole("heading", { name: "Thank you!" }).waitFor();
}

const SAID = "You said the bus to school takes too long.";
const DID = "A taxi now takes you to school when the bus takes more than an hour.";

describe.skipIf(noBrowser)("you said, we did", () => {
  const stack = useStack();

  it("a leader records and publishes an action, and prints it as a poster", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${stack.chorus.url}/reports/actions`);
    await signInOnPage(page, "leader@demo.chorus.test");
    await page.getByRole("heading", { name: "You said, we did", level: 1 }).waitFor();
    // The demo council's actions: one still missing its Arabic words.
    await page.getByText("Missing: Arabic").first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, "you-said-01-leader-list");

    await page.getByRole("button", { name: "Add an action" }).click();
    await page.getByRole("textbox", { name: "You said", exact: true }).fill(SAID);
    await page.getByLabel("We did (or will do)").fill(DID);
    await page.getByLabel("Who owns it").fill("Virtual School Head");
    await page.getByRole("radio", { name: "Doing now" }).check();
    await page.getByLabel("Survey", { exact: true }).selectOption({ label: "My life in care" });
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, "you-said-02-leader-form");
    await page.getByRole("button", { name: "Save action" }).click();
    await page.getByRole("status").getByText(`Saved “${SAID}”.`).waitFor();

    await page.getByRole("button", { name: `Publish: ${SAID}` }).click();
    await page.getByRole("status").getByText("Published: children see it now.").waitFor();
    await page.getByRole("button", { name: `Unpublish: ${SAID}` }).waitFor();

    await page.goto(`${stack.chorus.url}/reports/actions?poster=srv_demo_life811`);
    const poster = page.getByRole("article", { name: "Poster" });
    await poster.getByText(SAID).waitFor();
    expect(await poster.getByText("Demo Council").count()).toBe(1);
    // Drafts are never on it.
    expect(await poster.getByText(/data on your phone/).count()).toBe(0);
    await page.emulateMedia({ media: "print" });
    await shoot(page, "you-said-03-poster-print");
    expect(await page.getByRole("button", { name: "Print this poster" }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a child sees it after answering, and at /s/CODE/you-said in their language", async () => {
    const context = await stack.browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale: "en-GB",
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await answerOneAndSend(page, `${stack.chorus.url}/s/DEMO811`);
    const panel = page.getByRole("region", { name: "You said, we did" });
    await panel.getByText(SAID).waitFor();
    expect(await panel.getByText("We're doing this now").count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, "you-said-04-thank-you");

    await page.goto(`${stack.chorus.url}/s/DEMO811/you-said?language=pl`);
    await page.getByRole("heading", { name: "Mówiliście – działamy", level: 1 }).waitFor();
    await page.getByText("Mówisz, że chcesz częściej widywać rodzeństwo.").waitFor();
    // Not translated yet: shown in English, and the page says why.
    await page.getByText(SAID).waitFor();
    await page.getByText(/po angielsku/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, "you-said-05-page-pl");

    await page.goto(`${stack.chorus.url}/s/DEMOALL/you-said?language=ar`);
    await page.getByRole("heading", { name: "قلتم، وفعلنا", level: 1 }).waitFor();
    expect(await page.locator("main").getAttribute("dir")).toBe("rtl");
    await page.getByText("فعلنا هذا").first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, "you-said-06-page-ar");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the thank-you screen still thanks a child when the actions cannot be fetched", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.route("**/you-said*", (route) => route.abort("internetdisconnected"));
    await answerOneAndSend(page, `${stack.chorus.url}/s/DEMO811`);
    await page.waitForTimeout(300);
    expect(await page.getByRole("region", { name: "You said, we did" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Finish" }).isVisible()).toBe(true);
    await context.close();
  });
});
