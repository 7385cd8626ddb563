/**
 * What a child needs on every screen, at a phone's, a tablet's and a laptop's size: "I'm worried"
 * in view and on top however far a long screen is scrolled, Start in view on the code screen
 * without scrolling, the language chooser's words in every language offered, information screens
 * not numbered as questions, and pictures drawn as SVG rather than emoji (a tablet with no emoji
 * font shows those as empty boxes, as this headless Chromium does). Axe at its strictest.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { words as ar } from "../web/src/pages/child/words-ar";
import { accessibilityViolations, noBrowser, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

const SIZES = [
  { name: "phone", width: 390, height: 844, band: "8 to 11" },
  { name: "tablet", width: 768, height: 1024, band: "12 to 17" },
  { name: "laptop", width: 1280, height: 800, band: "8 to 11" },
] as const;

// Any emoji, in the text a child can see or a screen reader can read.
const EMOJI = /\p{Extended_Pictographic}/u;

/** The screen's text, visible or not, with any emoji in it. */
const emojiOnScreen = (page: Page) =>
  page.evaluate(
    (source) => [...(document.body.textContent ?? "").matchAll(new RegExp(source, "gu"))].join(""),
    EMOJI.source,
  );

/**
 * Whether "I'm worried" is inside the viewport and is what a tap at its middle reaches (nothing
 * scrolled over it, nothing it sits on top of being the thing hit instead).
 */
async function worriedInReach(page: Page, height: number) {
  const button = page.getByRole("button", { name: "I'm worried" });
  const box = await button.boundingBox();
  if (!box || box.y < 0 || box.y + box.height > height) return false;
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest("button")?.textContent === "I'm worried",
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

describe.skipIf(noBrowser)("what a child needs on every screen", () => {
  const stack = useStack();

  for (const size of SIZES) {
    it(`keeps help in reach, numbers only questions and draws no emoji at ${size.width}×${size.height}`, async () => {
      const context = await stack.browser.newContext({
        viewport: { width: size.width, height: size.height },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const found: Record<string, string[]> = {};
      // Axe looks at the screen as it opens; help is then checked at the bottom of it too (axe
      // would count a button half scrolled under the help strip as too small a target).
      const check = async (screen: string) => {
        await shoot(page, `reach-${size.name}-${screen}`);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) found[screen] = violations;
        expect(await emojiOnScreen(page), screen).toBe("");
        expect(await worriedInReach(page, size.height), screen).toBe(true);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        expect(await worriedInReach(page, size.height), `${screen} scrolled`).toBe(true);
        await page.evaluate(() => window.scrollTo(0, 0));
      };

      // The code screen: help and Start both in view before any scrolling.
      await page.goto(`${stack.chorus.url}/`);
      await page.getByRole("heading", { name: "Have your say" }).waitFor();
      const start = await page.getByRole("button", { name: "Start" }).boundingBox();
      expect(start!.y + start!.height).toBeLessThanOrEqual(size.height);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await check("01-code");

      // The chooser asks in each language offered, before the child has chosen one.
      await page.getByLabel("Your code").fill("DEMOALL");
      await page.getByRole("button", { name: "Start" }).click();
      const chooser = page.locator("#language-title");
      await chooser.locator("[lang=ar]").waitFor();
      expect(await chooser.locator("[lang=en]").textContent()).toBe("Choose your language");
      expect(await chooser.locator("[lang=ar]").textContent()).toBe(ar.chooseLanguage);
      expect(await chooser.locator("[lang=ar]").getAttribute("dir")).toBe("rtl");
      expect(await page.getByRole("button", { name: /Back/ }).textContent()).toContain(ar.back);
      await check("02-language");
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("radio", { name: size.band, exact: true }).check();
      await page.getByRole("button", { name: /^Next/ }).click();
      await page.getByRole("heading", { name: "Before you start" }).waitFor();
      await check("03-privacy");
      await page.getByRole("button", { name: /^Start/ }).click();

      // Every screen to the end, skipping: information screens are not numbered, questions are
      // numbered 1 to N with one dot each, and help stays on top at the bottom of each.
      let asked = 0;
      let total: number | undefined;
      let information = 0;
      let pictures = 0;
      for (let screen = 0; screen < 30; screen++) {
        const heading = page.locator(".question h1");
        await heading.waitFor();
        const id = (await heading.getAttribute("id")) ?? "";
        const skip = page.getByRole("button", { name: "Skip", exact: true });
        const progress = page.locator(".progress-text");
        const dots = await page.locator(".dots li").count();
        if (await skip.isVisible()) {
          asked++;
          const said = await progress.textContent();
          const [, n, of] = /^Question (\d+) of (\d+)$/.exec(said ?? "") ?? [];
          expect(Number(n), said ?? "").toBe(asked);
          total ??= Number(of);
          expect(Number(of)).toBe(total);
          expect(dots).toBe(total);
          expect(await page.title()).toContain(`Question ${asked} of ${total}`);
        } else {
          information++;
          expect(await progress.count(), id).toBe(0);
          expect(await page.title()).not.toMatch(/Question \d/);
        }
        pictures += await page.locator(".choice-body svg").count();
        await check(`04-${String(screen).padStart(2, "0")}-${id}`);
        if (await skip.isVisible()) await skip.click();
        else await page.getByRole("button", { name: /^(Next|Finish)/ }).click();
        await heading
          .or(page.getByRole("heading", { name: "Ready to send?" }))
          .first()
          .waitFor();
        if (await page.getByRole("heading", { name: "Ready to send?" }).isVisible()) break;
      }
      // The all-ages survey opens with "Hello!" and has faces and pictures in it.
      expect(information).toBeGreaterThan(0);
      expect(pictures).toBeGreaterThan(0);
      expect(asked).toBe(total);
      // The count on the last screen matches the questions asked.
      await page.getByText(`You answered 0 of ${total} questions.`).waitFor();
      await check("05-send");

      // Scrolled to the bottom of the longest screen, help still opens at once.
      await page.getByRole("button", { name: /Back/ }).click();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.getByRole("button", { name: "I'm worried" }).click();
      await page.getByRole("dialog", { name: "If you are worried" }).waitFor();

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("keeps help on top of the three houses when scrolled, on a phone", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}/s/DEMOALL`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("radio", { name: "8 to 11", exact: true }).check();
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: /^Start/ }).click();
    const houses = page.getByRole("textbox", { name: /House of dreams/ });
    for (let i = 0; i < 20 && !(await houses.isVisible()); i++) {
      const skip = page.getByRole("button", { name: "Skip", exact: true });
      if (await skip.isVisible()) await skip.click();
      else await page.getByRole("button", { name: /^Next/ }).click();
      await page.locator(".question h1").waitFor();
    }
    // The page is longer than the phone, so scrolling really moves it.
    await houses.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(await worriedInReach(page, 844)).toBe(true);
    await shoot(page, "reach-phone-houses-scrolled");
    await context.close();
  });
});
