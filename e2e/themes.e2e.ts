/**
 * A participation officer works through what children wrote: the survey's themes with counts
 * under the disclosure rule, a candidate quote with a name and a phone number taken out, approved
 * from the keyboard, then listed for leaders, on the real codebook and redaction.
 */
import { uuidv7 } from "@chorus/core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const SCHOOL = [
  "My teacher Jamie helps me a lot at school",
  "I want to stay at my school with my friends",
  "School is good but the bus takes ages",
  "Call my teacher on 07700 900123 she is kind",
  "I like my teacher and my new school",
  "My teacher listens to me at school",
  "More help with homework at school",
  "School trips are the best thing",
  "I changed school three times this year",
  "My teacher at school understands me",
];

describe.skipIf(noBrowser)("theme work and quotes", () => {
  const stack = useStack();

  it("lets an officer approve a redacted quote by keyboard", async () => {
    for (const [n, text] of SCHOOL.entries()) {
      const at = new Date(Date.UTC(2026, 10, 1 + n, 12));
      const sent = await fetch(`${stack.chorus.url}/api/s/DEMO811/responses`, {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
        body: JSON.stringify({
          id: uuidv7(at.getTime()),
          language: "en",
          startedAt: new Date(at.getTime() - 60_000).toISOString(),
          submittedAt: at.toISOString(),
          answers: { "one-thing": text },
        }),
      });
      expect(sent.status).toBe(201);
    }
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${stack.chorus.url}/studio/srv_demo_life811/themes`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByRole("link", { name: "Themes and quotes" }).waitFor();
    expect(
      await page.getByRole("link", { name: "Themes and quotes" }).getAttribute("aria-current"),
    ).toBe("page");
    await page.getByRole("heading", { name: "Themes", level: 2 }).waitFor();

    // Every count on the screen is in words under the rule: never a number from 1 to 9.
    for (const count of await page.locator(".themes-work .count").allTextContents()) {
      expect(count).toMatch(/^(fewer than 8 answers|no answers|about \d*[05] answers)$/);
      expect(count).not.toMatch(/^about [1-9] /);
    }
    const card = page.locator(".candidate").first();
    await card.waitFor();
    const quote = (await card.locator("blockquote").textContent()) ?? "";
    expect(quote).not.toMatch(/Jamie|07700/);
    await shoot(page, "80-studio-themes");
    expect(await accessibilityProblems(page)).toEqual([]);

    // The keyboard way: focus the card, press A.
    await card.focus();
    await page.keyboard.press("a");
    await page.getByRole("status").getByText("Quote approved.").waitFor();
    const approved = page.locator(".approved blockquote", { hasText: quote.trim() });
    await approved.first().waitFor();
    // Focus stays in the theme just worked on, not thrown back to the top of the page.
    const inTheme = await page.evaluate(() => !!document.activeElement?.closest("section.theme"));
    expect(inTheme).toBe(true);
    await shoot(page, "81-studio-quote-approved");
    expect(await accessibilityProblems(page)).toEqual([]);

    const view = await page.request.get(`${stack.chorus.url}/api/surveys/srv_demo_life811/themes`);
    const themes = (await view.json()).themes as { approved: { text: string }[] }[];
    // On screen a redaction reads "taken out: name" to a screen reader; stored it is "[name]".
    const stored = quote.trim().replace(/taken out: (\w+)/g, "[$1]");
    expect(themes.flatMap((theme) => theme.approved.map((q) => q.text))).toContain(stored);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets an officer move an answer to another theme and keep a names list", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${stack.chorus.url}/studio/srv_demo_life811/themes`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByText("Names to take out of quotes").click();
    await page.getByLabel("One name per line").fill("Okafor\nBeata");
    await page.getByRole("button", { name: "Save names" }).click();
    await page.getByRole("status").getByText("2 names saved.").waitFor();

    const school = page.locator("section.theme").first();
    await school.getByText("All answers in this theme").click();
    const first = school.locator(".answer-list > li").first();
    await first.waitFor();
    const before = await school.locator(".answer-list > li").count();
    await first.getByLabel("Move this answer to").selectOption({ label: "Seeing family" });
    await first.getByRole("button", { name: "Move" }).click();
    await page.getByRole("status").getByText("Answer moved.").waitFor();
    await shoot(page, "82-studio-answer-moved");
    expect(await accessibilityProblems(page)).toEqual([]);
    const view = await page.request.get(`${stack.chorus.url}/api/surveys/srv_demo_life811/themes`);
    const themes = (await view.json()).themes as { id: string }[];
    const answers = await page.request.get(
      `${stack.chorus.url}/api/surveys/srv_demo_life811/themes/${themes[0]!.id}/answers`,
    );
    expect((await answers.json()).answers.length).toBe(before - 1);

    // Two days hold only two answers about school: no quotes offered from so few.
    await page.getByLabel("From", { exact: true }).fill("2026-11-09");
    await page.getByLabel("To", { exact: true }).fill("2026-11-10");
    await page.getByRole("button", { name: "Show these answers" }).click();
    const narrowed = page
      .locator("section.theme")
      .filter({ has: page.getByRole("heading", { name: /^School/, level: 3 }) });
    await narrowed.getByText("fewer than 8 answers").waitFor();
    expect(await narrowed.locator(".candidate").count()).toBe(0);
    await shoot(page, "83-studio-themes-filtered");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
