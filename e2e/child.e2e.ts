/**
 * A child's whole journey on a tablet against the real local stack (embedded database, API and
 * built web app), checked afterwards through the API the way a leader would see it.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  allQuestions,
  EMOJI_FACES,
  type PublicSurvey,
} from "../packages/core/src/survey/schema.js";
import {
  accessibilityProblems,
  apiSession,
  noBrowser,
  responseCount,
  shoot,
  watchErrors,
} from "./browser";
import { useStack } from "./stack";

describe.skipIf(noBrowser)("child journey", () => {
  const stack = useStack();

  const demo811Count = () => responseCount(stack.chorus.url, (s) => s.code === "DEMO811");

  /** The heading that has focus: each new screen must move focus to its heading. */
  const focusedHeading = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active && /^H[1-3]$/.test(active.tagName) ? active.textContent : null;
    });

  it.each([
    { device: "tablet", width: 768, height: 1024 },
    { device: "phone", width: 390, height: 844 },
  ])(
    "on a $device, enters the code (typed or tapped), answers every question, sends, and is counted once",
    async ({ device, width, height }) => {
      const before = await demo811Count();
      // The same survey the page will load, so the journey follows the demo data, not a copy of it.
      const { survey } = (await (
        await fetch(`${stack.chorus.url}/api/s/DEMO811`)
      ).json()) as PublicSurvey;

      const context = await stack.browser.newContext({
        viewport: { width, height },
        hasTouch: true,
        locale: "en-GB",
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const a11y: string[] = [];
      const check = async (screen: string) => {
        await shoot(page, device === "tablet" ? screen : `${screen}-${device}`);
        for (const problem of await accessibilityProblems(page)) a11y.push(`${screen}: ${problem}`);
      };

      await page.goto(`${stack.chorus.url}/`);
      await page.getByRole("heading", { name: "Have your say" }).waitFor();
      await check("01-welcome");

      if (device === "phone") {
        // On a touch screen the child taps the big keys; the box shows the code as it grows.
        const keys = page.getByRole("group", { name: "Letter and number keys" });
        for (const key of "DEMO811") {
          await keys.getByRole("button", { name: key, exact: true }).tap();
        }
        expect(await page.getByLabel("Your code").inputValue()).toBe("DEMO811");
      } else {
        await page.getByLabel("Your code").fill("demo811");
      }
      await page.getByRole("button", { name: "Start" }).click();
      await page.getByRole("heading", { name: "My life in care" }).waitFor();
      expect(await page.getByText("a safeguarding worker reads it").count()).toBe(1);
      expect(await page.getByRole("link", { name: "0800 1111" }).getAttribute("href")).toBe(
        "tel:08001111",
      );
      await check("02-privacy");
      await page.getByRole("button", { name: /Start/ }).click();

      const questions = allQuestions(survey);
      for (const [i, question] of questions.entries()) {
        const prompt = question.prompt[survey.defaultLanguage]!;
        await page.getByRole("heading", { name: prompt }).waitFor();
        await page.getByText(`Question ${i + 1} of ${questions.length}`).waitFor();
        expect(await focusedHeading(page)).toBe(prompt);

        if (question.type === "emoji") {
          const good = EMOJI_FACES[question.faces].at(-2)!.label.en!;
          await page.getByRole("radio", { name: good, exact: true }).check();
        } else if (question.type === "yesNo") {
          await page.getByRole("radio", { name: "Yes", exact: true }).check();
        } else if (question.type === "choice") {
          const first = question.options[0]!.label[survey.defaultLanguage]!;
          await page.getByRole("radio", { name: first, exact: true }).check();
        } else {
          await page.getByRole("textbox", { name: prompt }).fill("More days out with my carer");
        }
        await check(`03-question-${i + 1}-${question.type}`);
        await page.getByRole("button", { name: /^(Next|Finish)/ }).click();
      }

      await page.getByRole("heading", { name: "Ready to send?" }).waitFor();
      const n = questions.length;
      await page.getByText(`You answered ${n} of ${n} questions.`).waitFor();
      await check("04-send");
      await page.getByRole("button", { name: "Send my answers" }).click();

      await page.getByRole("heading", { name: "Thank you!" }).waitFor();
      await check("05-thank-you");

      expect(await demo811Count()).toBe(before + 1);
      expect(a11y).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("keeps the answers through a lost connection and counts a resent response once", async () => {
    const before = await demo811Count();
    const context = await stack.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}/s/DEMO811`);
    await page.getByRole("button", { name: /Start/ }).click();
    await page.getByRole("radio", { name: "OK", exact: true }).check();
    await page.getByRole("button", { name: /Next/ }).click();
    for (let skipped = 0; ; skipped++) {
      if (await page.getByRole("heading", { name: "Ready to send?" }).isVisible()) break;
      await page.getByRole("button", { name: "Skip" }).click();
      expect(skipped).toBeLessThan(200);
    }

    // The first attempt reaches the server but its answer is lost: the tablet cannot know the
    // server has it, so the answers stay queued on it and the child is thanked all the same.
    let attempts = 0;
    await page.route("**/api/s/*/responses", async (route) => {
      attempts++;
      if (attempts === 1) await route.fetch();
      await route.abort("internetdisconnected");
    });
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("Your answers are saved on this tablet.").waitFor();
    await page.getByText("1 set of answers is waiting to be sent.").waitFor();
    expect(attempts).toBe(1);
    await shoot(page, "09-send-queued");

    // Back online, the queued copy is sent again and the server answers "already have it".
    await page.unroute("**/api/s/*/responses");
    const resent = page.waitForResponse((response) => response.url().endsWith("/responses"));
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    expect((await resent).status()).toBe(200);
    await page.getByText("All the answers saved on this tablet have now been sent.").waitFor();
    expect(await demo811Count()).toBe(before + 1);
    await context.close();
  });

  it("opens a deep link on a phone with no sideways scrolling and big targets", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}/s/demo811`);
    await page.getByRole("button", { name: /Start/ }).click();
    await page.getByRole("radiogroup").waitFor();
    await shoot(page, "06-phone-question-1");

    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      smallest: Math.min(
        ...[...document.querySelectorAll("button, input[type=radio]")].map((el) => {
          const box = el.getBoundingClientRect();
          return Math.min(box.width, box.height);
        }),
      ),
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.smallest).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it("says clearly when a code does not exist", async () => {
    const page = await stack.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(`${stack.chorus.url}/`);
    await page.getByLabel("Your code").fill("NOPE123");
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("alert").getByText("We couldn't find that code").waitFor();
    expect(await page.getByLabel("Your code").getAttribute("aria-invalid")).toBe("true");
    await shoot(page, "07-unknown-code");
    await page.close();
  });

  it("admits a named child once through a single-use invite link", async () => {
    const officer = await apiSession(stack.chorus.url, "officer@demo.chorus.test");
    const { invites } = await officer.post<{ invites: { url: string }[] }>(
      "/api/surveys/srv_demo_life811/distributions/dst_seedDEMO811/invites",
      { labels: ["Child at the review"] },
    );
    const before = await demo811Count();
    const page = await stack.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(invites[0]!.url);
    await page.getByRole("heading", { name: "My life in care" }).waitFor();
    await page.getByRole("button", { name: /Start/ }).click();
    // One answer, then skip the rest (a response with no answer at all is not sent).
    await page.getByRole("radio", { name: "OK", exact: true }).check();
    await page.getByRole("button", { name: /^Next/ }).click();
    while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
      await page.getByRole("button", { name: "Skip" }).click();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    expect(await demo811Count()).toBe(before + 1);

    await page.goto(invites[0]!.url);
    await page.getByRole("alert").getByText("already been used").waitFor();
    await shoot(page, "07b-invite-used");
    await page.close();
  });
});
