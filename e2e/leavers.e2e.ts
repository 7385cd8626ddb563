/**
 * A care leaver's journey (DEMOLEAVE, for 16 to 25) at a phone's, a tablet's and a laptop's
 * size: every screen speaks to an adult, and every place that says who to call gives Samaritans
 * first, Childline only to under-19s, and their leaving care team. Checked with axe at each size
 * and photographed for a person to look at.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "laptop", width: 1280, height: 800 },
] as const;

/** Words for a child that an adult should not be given. */
const CHILDISH = /\b(child|children|kids?|grown-ups?|the adult with you|the adult helping you)\b/i;

/** The phone numbers a region offers, in order. */
const numbers = (page: Page, within: string) =>
  page
    .locator(`${within} a[href^='tel:']`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));

describe.skipIf(noBrowser)("a care leaver's screens", () => {
  const stack = useStack();

  for (const size of SIZES) {
    it(`speak to an adult and give adults' help lines at ${size.width}×${size.height}`, async () => {
      const context = await stack.browser.newContext({
        viewport: { width: size.width, height: size.height },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const found: Record<string, string[]> = {};
      const check = async (screen: string) => {
        await shoot(page, `leavers-${size.name}-${screen}`);
        const problems = await accessibilityProblems(page);
        if (problems.length > 0) found[screen] = problems;
        expect(await page.locator("main").textContent()).not.toMatch(CHILDISH);
      };

      await page.goto(`${stack.chorus.url}/s/DEMOLEAVE`);
      await page.getByRole("heading", { name: "Leaving care: how is it going?" }).waitFor();
      expect(await page.locator("main").getAttribute("class")).toContain("band-16-25");
      const aside = page.getByRole("complementary", { name: "Someone to talk to" });
      await aside.getByText("Under 19? You can call Childline free on 0800 1111 too.").waitFor();
      expect(await numbers(page, ".childline")).toEqual(["tel:116123", "tel:08001111"]);
      await check("01-privacy");

      await page.getByRole("button", { name: "I'm worried" }).click();
      const dialog = page.getByRole("dialog", { name: "If you are worried" });
      await dialog.waitFor();
      await dialog.getByText("Your personal adviser or the council's leaving care team").waitFor();
      await dialog.getByRole("link", { name: "samaritans.org" }).waitFor();
      expect(await numbers(page, "[role=dialog]")).toEqual(["tel:116123", "tel:08001111"]);
      expect(await dialog.getByRole("link", { name: "childline.org.uk" }).count()).toBe(0);
      await check("02-help-panel");
      await dialog.getByRole("button", { name: "Tell my worker" }).click();
      await dialog.getByText(/^Sent\. A worker will read this soon/).waitFor();
      await dialog.getByRole("button", { name: "Close" }).click();

      await page.getByRole("button", { name: /^Start/ }).click();
      while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
        await page.getByRole("button", { name: "Skip" }).click();
      }
      await page.getByRole("button", { name: "Send my answers" }).click();
      await page.getByRole("heading", { name: "We heard you" }).waitFor();
      const help = page.getByRole("complementary", { name: "People who can help now" });
      await help.getByText("Your personal adviser or the council's leaving care team").waitFor();
      expect(await numbers(page, ".heard-help")).toEqual(["tel:116123", "tel:08001111", "tel:999"]);
      await check("03-help-screen");

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
