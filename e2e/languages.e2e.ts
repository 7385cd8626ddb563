/**
 * A child answers "All about me" all the way through in Urdu (right to left, in its own script)
 * and in Lithuanian, with the screens' own words in that language: every screen checked with
 * axe at a phone's, a tablet's and a laptop's size and photographed, no built-in English word
 * left on it, and the response found stored in that language.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { allAboutMe } from "../packages/core/src/demo/all-ages.js";
import { createDb, Response } from "../packages/core/src/index.js";
import { ownName } from "../packages/core/src/survey/languages.js";
import { allQuestions } from "../packages/core/src/survey/schema.js";
import type { Words } from "../web/src/pages/child/words";
import { words as lt } from "../web/src/pages/child/words-lt";
import { words as ur } from "../web/src/pages/child/words-ur";
import { accessibilityViolations, noBrowser, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/**
 * Built-in English a screen could be left with: the words of buttons, answers and headings a
 * child meets on every survey (the component tests compare whole tables; this is the real page).
 */
const ENGLISH =
  /\b(Next|Back|Skip|Start|Finish|Question|Yes|No|Not sure|Good|OK|Send my answers|Thank you|How old are you|Before you start|I'm worried|House of|rather not say)\b/;

/** The survey's own words for an option or prompt, in `language`. */
function surveyWords(language: string, questionId: string, optionId?: string): string {
  const question = allQuestions(allAboutMe).find((q) => q.id === questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  if (!optionId) return question.prompt[language] ?? "";
  const options = "options" in question ? question.options : [];
  return options.find((o) => o.id === optionId)?.label[language] ?? "";
}

/** Each screen at three sizes: axe at its strictest, a photograph, and no English left. */
function checker(page: Page, language: string) {
  const found: Record<string, string[]> = {};
  return {
    found,
    /** `inEnglishToo`: a screen shown before the child has chosen, which speaks every language. */
    async check(screen: string, inEnglishToo = false) {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // As a person arriving sees it: at the top, the mouse not resting on anything.
        await page.mouse.move(0, 0);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, `languages-${language}-${screen}-${size.width}`);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) found[`${screen} at ${size.width}`] = violations;
      }
      const said = (await page.locator("main").textContent()) ?? "";
      const english = inEnglishToo ? null : said.match(ENGLISH);
      if (english) found[`${screen} English`] = [english[0]];
    },
  };
}

/** Waits for a new screen and for its heading to hold the focus, as a screen reader needs. */
async function arrived(page: Page, headingId: string) {
  await page.locator(`#${headingId}`).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, headingId);
}

// Both tables have every key (words.test.ts), so each is a whole set of words.
const JOURNEYS: { language: string; t: Words; rtl: boolean }[] = [
  { language: "ur", t: ur as Words, rtl: true },
  { language: "lt", t: lt as Words, rtl: false },
];

describe.skipIf(noBrowser)("a survey answered in Urdu and in Lithuanian", () => {
  const stack = useStack();

  it.each(JOURNEYS)(
    "$language: every screen in the language, and stored in it",
    async ({ language, t, rtl }) => {
      const db = createDb({ table: "chorus", endpoint: stack.chorus.endpoint });
      const stored = async () => {
        let count = 0;
        for await (const r of Response.all(db, "org_demo", "srv_demo_allages")) {
          if (r.language === language) count++;
        }
        return count;
      };
      const before = await stored();
      const context = await stack.browser.newContext({
        viewport: SIZES[0],
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const { found, check } = checker(page, language);
      const forward = (name: string) => page.getByRole("button", { name, exact: true }).click();

      await page.goto(`${stack.chorus.url}/s/DEMOALL`);
      await page.getByRole("button", { name: ownName(language) }).waitFor();
      await check("01-choose", true);
      await page.getByRole("button", { name: ownName(language) }).click();

      await arrived(page, "band-title");
      expect(await page.locator("main").getAttribute("lang")).toBe(language);
      expect((await page.locator("main").getAttribute("dir")) ?? "ltr").toBe(rtl ? "rtl" : "ltr");
      expect(await page.locator("#band-title").textContent()).toBe(t.howOld);
      await page.getByRole("radio", { name: t.band1217, exact: true }).check();
      await check("02-band");
      await forward(t.next);

      await page.getByRole("heading", { name: t.beforeYouStart }).waitFor();
      await page.getByRole("heading", { name: allAboutMe.title[language] }).waitFor();
      await check("03-privacy");
      await page.getByRole("button", { name: t.worried }).click();
      await page.getByRole("dialog", { name: t.helpTitle }).waitFor();
      await check("04-help");
      await page.keyboard.press("Escape");
      await forward(t.start);

      await arrived(page, "q-hello");
      expect(await page.locator("#q-hello").textContent()).toBe(surveyWords(language, "hello"));
      await check("05-info");
      if (rtl) {
        // Mirrored: going back is on the right, going on on the left, as the child reads.
        const back = await page.getByRole("button", { name: t.back, exact: true }).boundingBox();
        const next = await page.getByRole("button", { name: t.next, exact: true }).boundingBox();
        expect(back!.x).toBeGreaterThan(next!.x);
      }
      await forward(t.next);

      await arrived(page, "q-feel-home");
      await page.getByRole("radio", { name: t.faces5[3], exact: true }).check();
      await check("06-faces");
      await forward(t.next);
      await arrived(page, "q-feel-safe");
      await page.getByRole("radio", { name: t.yes, exact: true }).check();
      await check("07-yes-no");
      await forward(t.next);
      await arrived(page, "q-talk-to");
      await page
        .getByRole("radio", { name: surveyWords(language, "talk-to", "friend"), exact: true })
        .check();
      await check("08-choice");
      await forward(t.next);
      await arrived(page, "q-like-doing");
      await page
        .getByRole("checkbox", { name: surveyWords(language, "like-doing", "music"), exact: true })
        .check();
      await check("09-multi");
      await forward(t.next);
      await arrived(page, "q-happy");
      await page.getByRole("radio", { name: "8", exact: true }).check();
      await check("10-scale");
      await forward(t.next);
      await arrived(page, "q-houses");
      await page
        .getByRole("textbox", { name: new RegExp(t.houseDreams) })
        .fill(language === "ur" ? "ایک بڑا باغ" : "Didelis sodas");
      await check("11-houses");
      await forward(t.next);
      await arrived(page, "q-one-thing");
      await page
        .getByRole("textbox")
        .fill(language === "ur" ? "اپنی بہن سے زیادہ ملنا" : "Dažniau matyti seserį");
      await check("12-text");
      await forward(t.finish);

      await page.getByRole("heading", { name: t.readyToSend }).waitFor();
      await check("13-send");
      await page.getByRole("button", { name: t.sendAnswers }).click();
      await page.getByRole("heading", { name: t.thankYou }).waitFor();
      await check("14-thank-you");

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      expect(await stored()).toBe(before + 1);
      db.doc.destroy();
      await context.close();
    },
  );
});
