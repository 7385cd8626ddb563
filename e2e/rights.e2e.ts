/**
 * A child's family asks for the child's answers and then for them to be deleted: the officer
 * finds the response by the reference the child was given, downloads the answers (in Arabic, as
 * the child answered), and deletes them after a confirmation. Axe at three sizes on each state.
 */
import { readFile } from "node:fs/promises";
import { Response, Rights, uuidv7 } from "@chorus/core";
import { Demo } from "@chorus/core/local";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

async function axeAtEverySize(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // After a resize the page may sit scrolled with a button under the sticky staff bar, and
    // the mouse left over the last button clicked: axe would then judge its colours against
    // the bar or a hover state. Check each screen as a person arriving at it sees it.
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await accessibilityProblems(page), `${name} at ${size.width}`).toEqual([]);
    await shoot(page, `rights-${name}-${size.width}`);
  }
}

describe.skipIf(noBrowser)("a child's rights over their answers", () => {
  const stack = useStack();

  it("finds a response by the child's reference, hands over the answers, then deletes them", async () => {
    const { chorus, browser } = stack;
    // The child answered "All about me" in Arabic on a tablet.
    const id = uuidv7();
    const now = new Date();
    const sent = await fetch(`${chorus.url}/api/s/${Demo.CODES.allAges}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({
        id,
        language: "ar",
        ageBand: "8-11",
        startedAt: new Date(now.getTime() - 60_000).toISOString(),
        submittedAt: now.toISOString(),
        answers: { "feel-safe": "yes", "talk-to": "carer", "one-thing": "more football please" },
      }),
    });
    expect(sent.status).toBe(201);
    const reference = Rights.referenceOf(Response.storedId(id));

    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page, [401, 410]);
    await page.goto(`${chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByRole("link", { name: "Find a response" }).click();
    await page.getByRole("heading", { name: "Find a response", level: 1 }).waitFor();
    await axeAtEverySize(page, "empty");

    await page.getByLabel("The child's reference or invite link").fill(reference.toLowerCase());
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByRole("heading", { name: `كل شيء عنّي: reference ${reference}` }).waitFor();
    await expect
      .poll(() => page.getByText("هل تشعر بالأمان في المكان الذي تعيش فيه؟").count())
      .toBe(1);
    await expect.poll(() => page.getByText("more football please").count()).toBe(1);
    await axeAtEverySize(page, "found");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download for the child" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`answers-${reference}.html`);
    const file = await readFile((await download.path())!, "utf8");
    expect(file).toContain('lang="ar" dir="rtl"');
    expect(file).toContain("هل تشعر بالأمان في المكان الذي تعيش فيه؟");
    expect(file).toContain("more football please");

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Delete these answers for good?").waitFor();
    await axeAtEverySize(page, "confirm");
    await page.getByRole("button", { name: "Yes, delete the answers" }).click();
    await page.getByText(`The response ${reference} is deleted.`).waitFor();
    await expect.poll(() => page.getByText("more football please").count()).toBe(0);

    // Looked for again, it is gone, and says so.
    await page.getByLabel("The child's reference or invite link").fill(reference);
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByText(/This response was deleted on \d{4}-\d{2}-\d{2}/).waitFor();
    await axeAtEverySize(page, "deleted");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the child a reference on the thank-you screen that finds their answers", async () => {
    const { chorus, browser } = stack;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${chorus.url}/s/${Demo.CODES.lifeInCare}`);
    await page.getByRole("button", { name: /Start/ }).click();
    await page.getByRole("radio", { name: "OK", exact: true }).check();
    await page.getByRole("button", { name: /Next/ }).click();
    for (let skipped = 0; ; skipped++) {
      if (await page.getByRole("heading", { name: "Ready to send?" }).isVisible()) break;
      await page.getByRole("button", { name: "Skip" }).click();
      expect(skipped).toBeLessThan(200);
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    const shown = await page.locator(".reference-code").textContent();
    expect(shown).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    await page.getByText("show this to your worker").waitFor();
    await axeAtEverySize(page, "child-thanks");
    expect(errors).toEqual([]);

    const staff = await browser.newContext();
    const officer = await staff.newPage();
    await officer.goto(`${chorus.url}/studio/responses`);
    await signInOnPage(officer, "officer@demo.chorus.test");
    await officer.getByLabel("The child's reference or invite link").fill(shown!);
    await officer.getByRole("button", { name: "Find" }).click();
    await officer.getByRole("heading", { name: `My life in care: reference ${shown}` }).waitFor();
    await staff.close();
    await context.close();
  });
});
