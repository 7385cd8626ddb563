/**
 * Every screen a child meets, at a phone's, a tablet's and a laptop's size, each in a different
 * age band's layout, checked with axe at its strictest (any impact, WCAG 2.2 A and AA) and
 * photographed for a person to look at. Then the Arabic survey, right to left and with the
 * screens' own words in Arabic, all the way to a response stored in Arabic, and a code that fixes
 * the band so the child is not asked.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createDb, Response } from "../packages/core/src/index.js";
import { words as ar } from "../web/src/pages/child/words-ar";
import { accessibilityViolations, noBrowser, responseCount, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

const SIZES = [
  { name: "phone", width: 390, height: 844, band: "4-7", label: "4 to 7" },
  { name: "tablet", width: 768, height: 1024, band: "8-11", label: "8 to 11" },
  { name: "laptop", width: 1280, height: 800, band: "12-17", label: "12 to 17" },
] as const;

/** Screens whose axe findings are collected, so one run names every problem at once. */
function checker(page: Page, prefix: string, topic = "bands") {
  const found: Record<string, string[]> = {};
  return {
    found,
    async check(screen: string) {
      await shoot(page, `${topic}-${prefix}-${screen}`);
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) found[screen] = violations;
    },
  };
}

/** Waits for a new screen and for its heading to hold the focus, as a screen reader needs. */
async function arrived(page: Page, headingId: string) {
  await page.locator(`#${headingId}`).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, headingId);
}

const next = (page: Page) =>
  page.getByRole("button", { name: /^(Next|Finish|Start)( →)?$/ }).click();

/** The Arabic words the screens use, from the table itself: a test must not keep its own copy. */
const AR = {
  next: ar.next ?? "",
  back: ar.back ?? "",
  skip: ar.skip ?? "",
  start: ar.start ?? "",
  finish: ar.finish ?? "",
  band: ar.band1217 ?? "",
};
const nextInArabic = (page: Page) =>
  page.getByRole("button", { name: new RegExp(`^(${AR.next}|${AR.finish}|${AR.start})$`) }).click();

function postedBodies(page: Page) {
  const bodies: Record<string, unknown>[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/responses")) bodies.push(request.postDataJSON());
  });
  return bodies;
}

describe.skipIf(noBrowser)("every child screen at three sizes, and right to left", () => {
  const stack = useStack();
  const allAgesCount = () => responseCount(stack.chorus.url, (s) => s.code === "DEMOALL");

  for (const size of SIZES) {
    it(`has no axe violation on any screen at ${size.width}×${size.height}, ages ${size.label}`, async () => {
      const context = await stack.browser.newContext({
        viewport: { width: size.width, height: size.height },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      // The wrong code is meant to answer 404.
      const errors = watchErrors(page, [404]);
      const bodies = postedBodies(page);
      const { found, check } = checker(page, `${size.name}-${size.band}`);

      await page.goto(`${stack.chorus.url}/`);
      await page.getByRole("heading", { name: "Have your say" }).waitFor();
      await check("01-code");
      await page.getByLabel("Your code").fill("NOPE2345");
      await page.getByRole("button", { name: "Start" }).click();
      await page.locator("#code-error").waitFor();
      await check("02-code-error");
      await page.getByLabel("Your code").fill("DEMOALL");
      await page.getByRole("button", { name: "Start" }).click();
      await arrived(page, "language-title");
      await check("03-language");
      await page.getByRole("button", { name: "English" }).click();

      await arrived(page, "band-title");
      await check("04-band");
      await page.getByRole("radio", { name: size.label, exact: true }).check();
      await check("05-band-chosen");
      await next(page);
      await arrived(page, "privacy-title");
      expect(await page.locator("main").getAttribute("class")).toContain(`band-${size.band}`);
      await check("06-privacy");
      await next(page);

      await arrived(page, "q-hello");
      await check("07-info");
      await next(page);
      await arrived(page, "q-feel-home");
      await page.getByRole("radio", { name: "Good", exact: true }).check();
      // The tick drawn on the chosen face is seen, not read: the name stays "Good".
      expect(await page.getByRole("radio", { name: "Good", exact: true }).isChecked()).toBe(true);
      await check("08-emoji");
      await page.getByRole("button", { name: "I'm worried" }).click();
      await page.getByRole("dialog").waitFor();
      await check("09-help-open");
      await page.keyboard.press("Escape");
      await next(page);
      await arrived(page, "q-feel-safe");
      await page.getByRole("radio", { name: "Yes", exact: true }).check();
      await check("10-yes-no");
      await next(page);
      await arrived(page, "q-talk-to");
      await page.getByRole("radio", { name: "A friend", exact: true }).check();
      await check("11-choice");
      await next(page);
      await arrived(page, "q-like-doing");
      await page.getByRole("checkbox", { name: "Music", exact: true }).check();
      await page.getByRole("checkbox", { name: "Games", exact: true }).check();
      await check("12-multi");
      await next(page);
      // A 0 to 10 scale and three boxes to write in are for the older bands; the youngest get
      // three faces, and one last thing they may tell the grown-up with them.
      const young = size.band === "4-7";
      const happy = young
        ? { id: "q-happy-face", name: "Good", shot: "13-faces" }
        : { id: "q-happy", name: "7", shot: "13-scale" };
      await arrived(page, happy.id);
      await page.getByRole("radio", { name: happy.name, exact: true }).check();
      await check(happy.shot);

      // A typed code is put in the address, so a reload picks up where the child was.
      expect(new URL(page.url()).pathname).toBe("/s/DEMOALL");
      await page.reload();
      await page.getByText("carry on where you left off").waitFor();
      expect(await page.getByRole("radio", { name: happy.name, exact: true }).isChecked()).toBe(
        true,
      );
      await check("14-resume");
      await next(page);
      if (!young) {
        await arrived(page, "q-houses");
        await page.getByRole("textbox", { name: /House of dreams/ }).fill("A bigger garden");
        await check("15-three-houses");
        await next(page);
      }
      await arrived(page, "q-one-thing");
      expect(await page.locator("#q-one-thing").textContent()).toBe(
        young
          ? "Is there anything you want to tell the grown-up with you?"
          : "If you could change one thing, what would it be?",
      );
      await page.getByRole("textbox").fill("More time with my sister");
      await check("16-text");
      await next(page);

      await page.getByRole("heading", { name: "Ready to send?" }).waitFor();
      await check("17-send");
      await page.getByRole("button", { name: "Send my answers" }).click();
      await page.getByRole("heading", { name: "Thank you!" }).waitFor();
      await check("18-thank-you");

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      // The band survived the reload with the draft, and went with the answers.
      expect(bodies).toEqual([
        expect.objectContaining({
          ageBand: size.band,
          language: "en",
          answers: expect.any(Object),
        }),
      ]);
      expect(Object.keys(bodies[0]?.answers as object).sort()).toEqual(
        [
          "feel-home",
          "feel-safe",
          "talk-to",
          "like-doing",
          young ? "happy-face" : "happy",
          ...(young ? [] : ["houses"]),
          "one-thing",
        ].sort(),
      );
      await context.close();
    });
  }

  it("lays the Arabic survey out right to left and stores its answers in Arabic", async () => {
    const db = createDb({ table: "chorus", endpoint: stack.chorus.endpoint });
    const arabic = async () => {
      let count = 0;
      for await (const r of Response.all(db, "org_demo", "srv_demo_allages")) {
        if (r.language === "ar") count++;
      }
      return count;
    };
    const [arabicBefore, totalBefore] = [await arabic(), await allAgesCount()];
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { found, check } = checker(page, "ar-phone-12-17", "words");

    await page.goto(`${stack.chorus.url}/s/DEMOALL`);
    // Until a language is chosen the screens speak English.
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "العربية" }).click();
    await arrived(page, "band-title");
    expect(await page.locator("main").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("main").getAttribute("lang")).toBe("ar");
    expect(await page.locator("#band-title").textContent()).toBe(ar.howOld);
    await page.getByRole("radio", { name: AR.band, exact: true }).check();
    await check("01-band");
    await nextInArabic(page);
    await page.getByRole("heading", { name: "كل شيء عنّي" }).waitFor();
    await page.getByRole("heading", { name: ar.beforeYouStart }).waitFor();
    await check("02-privacy");
    await page.getByRole("button", { name: ar.worried }).click();
    await page.getByRole("dialog", { name: ar.helpTitle }).waitFor();
    await check("03-help-open");
    await page.keyboard.press("Escape");
    await nextInArabic(page);

    await arrived(page, "q-hello");
    // Names exactly as the table has them (the arrows are hidden from screen readers).
    const forwardButton = page.getByRole("button", { name: AR.next, exact: true });
    const backButton = page.getByRole("button", { name: AR.back, exact: true });
    await forwardButton.waitFor();
    await check("04-info");
    const dots = page.locator(".dots li");
    // An information screen is not numbered as a question; the first question is number 1.
    expect(await page.locator(".progress-text").count()).toBe(0);
    // No built-in English is left on the question screen.
    expect(await page.locator("main").textContent()).not.toMatch(/\b(Next|Back|Skip|Question)\b/);
    const back = await backButton.boundingBox();
    const forward = await forwardButton.boundingBox();
    expect(back!.x).toBeGreaterThan(forward!.x);
    // The first dot is the right-most: progress runs the way the child reads.
    const first = await dots.first().boundingBox();
    const last = await dots.last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await nextInArabic(page);

    await arrived(page, "q-feel-home");
    expect(await page.locator(".progress-text").textContent()).toBe(
      ar.questionOf?.(1, await dots.count()),
    );
    await page.getByRole("radio", { name: "جيد", exact: true }).check();
    await check("05-emoji");
    await nextInArabic(page);
    await arrived(page, "q-feel-safe");
    await page.getByRole("radio", { name: "نعم", exact: true }).check();
    await nextInArabic(page);
    await arrived(page, "q-talk-to");
    await page.getByRole("radio", { name: "صديق أو صديقة", exact: true }).check();
    await check("06-choice");
    await nextInArabic(page);
    await arrived(page, "q-like-doing");
    await page.getByRole("button", { name: AR.skip, exact: true }).click();
    await arrived(page, "q-happy");
    await page.getByRole("radio", { name: "8", exact: true }).check();
    expect(await page.locator(".scale-ends").textContent()).toContain("، 10 = ");
    await check("07-scale");
    await nextInArabic(page);
    await arrived(page, "q-houses");
    await page.getByRole("textbox", { name: /بيت الأحلام/ }).fill("حديقة كبيرة");
    await check("08-three-houses");
    await nextInArabic(page);
    await arrived(page, "q-one-thing");
    await page.getByRole("textbox").fill("أن أرى أخي أكثر");
    await check("09-text");
    await page.getByRole("button", { name: AR.finish, exact: true }).click();
    await page.getByRole("heading", { name: ar.readyToSend }).waitFor();
    await check("10-send");
    await page.getByRole("button", { name: ar.sendAnswers }).click();
    await page.getByRole("heading", { name: ar.thankYou }).waitFor();
    await check("11-thank-you");

    expect(found).toEqual({});
    expect(errors).toEqual([]);
    expect(await arabic()).toBe(arabicBefore + 1);
    expect(await allAgesCount()).toBe(totalBefore + 1);
    db.doc.destroy();
    await context.close();
  });

  it("does not ask the band when the code fixes it, and uses that band's words", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { found, check } = checker(page, "fixed-phone-4-7");
    await page.goto(`${stack.chorus.url}/s/DEMO47`);
    await page.getByRole("button", { name: "English" }).click();
    await arrived(page, "privacy-title");
    expect(await page.locator("main").getAttribute("class")).toContain("band-4-7");
    await page.getByText("Not safe? Tell us.").waitFor();
    await check("01-privacy");
    await next(page);
    await arrived(page, "q-hello");
    expect(await page.locator("#q-hello").textContent()).toBe("Hello! Let's talk about you.");
    await page.getByRole("button", { name: /Back/ }).click();
    // Back from the first screen skips the band question the child was never asked.
    await arrived(page, "privacy-title");
    await page.getByRole("button", { name: /Back/ }).click();
    await arrived(page, "language-title");
    expect(found).toEqual({});
    await context.close();
  });
});
