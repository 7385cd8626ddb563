/**
 * An officer builds a combined show-if rule by keyboard alone and reads it in words, then
 * translates into Polish side by side: one string typed, the missing count drops, and after a
 * reload the words are still there. The translators' file is named after the survey's title.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { draftSaved, newSurvey, signInOnPage, useStack } from "./stack";

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** Moves a focused list box to `label` with the arrow keys, as a keyboard user does. */
async function choose(page: Page, select: Locator, label: string) {
  await select.focus();
  for (let step = 0; step < 10; step++) {
    const now = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text);
    if (now === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`"${label}" was not reached by keyboard`);
}

describe.skipIf(noBrowser)("rules in words and translating in the studio", () => {
  const stack = useStack();

  it("builds a combined rule by keyboard and translates a string side by side", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    const a11y: string[] = [];
    const atEverySize = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const problem of await accessibilityProblems(page))
          a11y.push(`${name} ${size.width}: ${problem}`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await page.goto(`${stack.chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");
    const surveyId = await newSurvey(page);

    // "Do the adults you live with listen to you?" is asked always; make it a combined rule.
    const card = page.locator("#card-carers-listen");
    const kind = card.getByLabel("Ask this question");
    await choose(page, kind, "Only when all of several rules hold");
    // Rule 1 started as an age band; the arrow keys walk it back up to an earlier answer.
    const rule1 = card.getByLabel("What rule 1 checks");
    await rule1.focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await rule1.inputValue()).toBe("answer");
    await choose(
      page,
      card.getByLabel("Earlier question for rule 1"),
      "Do you feel safe where you live?",
    );
    const answers = card.getByRole("group", { name: "Answers for rule 1" });
    for (const name of ["No", "Yes"]) {
      await answers.getByRole("checkbox", { name, exact: true }).focus();
      await page.keyboard.press("Space");
    }
    await card.getByRole("button", { name: "Add a rule" }).focus();
    await page.keyboard.press("Enter");
    // Focus lands on the new rule, so the keyboard carries on from there.
    const rule2 = card.getByLabel("What rule 2 checks");
    await expect.poll(() => rule2.evaluate((el) => el === document.activeElement)).toBe(true);
    await choose(page, rule2, "When the child is in some age bands");
    const words = card.locator(".rule-words");
    await expect
      .poll(async () => (await words.textContent())?.replace(/\s+/g, " ").trim())
      .toBe(
        "Asked only when a child answers No to “Do you feel safe where you live?” and is aged 8–11.",
      );
    await draftSaved(page);
    await card.scrollIntoViewIfNeeded();
    await shoot(page, "90-studio-combined-rule");
    await atEverySize("combined rule");
    const saved = await page.evaluate(
      async (id) => (await (await fetch(`/api/surveys/${id}`)).json()).draft.definition,
      surveyId,
    );
    const question = saved.pages
      .flatMap((p: { questions: { id: string }[] }) => p.questions)
      .find((q: { id: string }) => q.id === "carers-listen");
    expect(question.showIf).toEqual({
      all: [{ question: "feel-safe", equals: "no" }, { ageBand: ["8-11"] }],
    });

    // Polish, side by side.
    await page.getByRole("link", { name: "Translations" }).click();
    await page.getByLabel("Add a language").selectOption("pl");
    await page.getByRole("button", { name: "Add language" }).click();
    const count = page.locator(".missing-count");
    const missing = async () => Number((await count.textContent())?.match(/^(\d+) of/)?.[1]);
    await count.getByText(/still missing in Polish/).waitFor();
    const before = await missing();
    expect(before).toBeGreaterThan(10);
    const title = page.getByLabel("Polish: survey title");
    expect(await title.getAttribute("lang")).toBe("pl");
    expect(await title.getAttribute("dir")).toBe("ltr");
    await title.fill("Moje życie w opiece");
    await expect.poll(missing).toBe(before - 1);
    await draftSaved(page);
    await shoot(page, "91-studio-translate-side-by-side");
    await atEverySize("side by side");

    // The translator's file for Polish carries the title in its name.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV for Polish" }).click();
    expect((await downloading).suggestedFilename()).toBe("my-life-in-care-pl.csv");

    await page.reload();
    await page.getByRole("heading", { name: "Translate here" }).waitFor();
    expect(await page.getByLabel("Polish: survey title").inputValue()).toBe("Moje życie w opiece");
    await expect.poll(missing).toBe(before - 1);

    // Arabic reads right to left.
    await page.getByLabel("Add a language").selectOption("ar");
    await page.getByRole("button", { name: "Add language" }).click();
    await page.getByLabel("Language to translate").selectOption("ar");
    const arabic = page.getByLabel("Arabic: survey title");
    expect(await arabic.getAttribute("dir")).toBe("rtl");
    expect(await arabic.getAttribute("lang")).toBe("ar");
    await arabic.fill("حياتي في الرعاية");
    await shoot(page, "92-studio-translate-arabic");
    await atEverySize("arabic");

    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
