/**
 * A participation officer reads and changes a survey's safeguarding rules in words: a template's
 * "Do you feel safe where you live?" rule, its severity changed, a rule added and removed; with
 * every rule on that question gone, publishing warns and waits for a deliberate confirmation.
 */
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { newSurvey, publishDraft, draftSaved as saved, signInOnPage, useStack } from "./stack";

const FEEL_SAFE = "“Do you feel safe where you live?”";

describe.skipIf(noBrowser)("safeguarding rules in the studio", () => {
  const stack = useStack();

  it("shows, changes, adds and removes rules in words, and warns before publishing", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [400, 401]);
    const a11y: string[] = [];
    const check = async (name: string) => {
      await shoot(page, name);
      for (const problem of await accessibilityProblems(page)) a11y.push(`${name}: ${problem}`);
    };
    await page.goto(`${stack.chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await newSurvey(page);

    // The template's rules, in words.
    const rules = page.getByRole("region", { name: "Safeguarding rules" });
    const rule = (n: number) => rules.getByRole("article", { name: `Rule ${n}`, exact: true });
    // As a screen reader says it: the arrow is hidden, "then" is read.
    const words = async (n: number) =>
      (await rule(n).locator(".rule-words").textContent())?.replace(/\s+/g, " ").trim();
    await rules.waitFor();
    expect(await words(1)).toBe(
      `If a child answers No to ${FEEL_SAFE} → then urgent: a safeguarding lead must look within the hour.`,
    );
    expect(await words(2)).toContain(`answers Not sure to ${FEEL_SAFE} → then concern`);
    // The question's own card says so too.
    const card = page.locator("#card-feel-safe .question-concerns");
    expect(await card.textContent()).toContain(`If a child answers No to ${FEEL_SAFE}`);
    await page.getByRole("heading", { name: "Safeguarding rules" }).scrollIntoViewIfNeeded();
    await check("80-studio-concern-rules");

    // "Not sure" becomes urgent too, by keyboard.
    await rule(2)
      .getByRole("radio", { name: /^Urgent/ })
      .focus();
    await page.keyboard.press("Space");
    await rule(2)
      .locator(".rule-words")
      .getByText("urgent: a safeguarding lead must look within the hour")
      .waitFor();
    await saved(page);

    // A new rule: the saddest face about home is a concern.
    await rules.getByRole("button", { name: "Add a safeguarding rule" }).click();
    await rules.getByRole("status").getByText("Rule 3 added").waitFor();
    const question = rule(3).getByLabel("Question");
    // Focus lands on the new rule's question, so a keyboard user carries on from there.
    await page.waitForFunction(
      () => document.activeElement === document.querySelector("#concern-2 select"),
    );
    await question.selectOption({ label: "How do you feel about where you live now?" });
    await rule(3)
      .getByRole("checkbox", { name: /Not good/ })
      .check();
    await rule(3)
      .getByRole("radio", { name: /^Concern/ })
      .check();
    expect(await words(3)).toBe(
      "If a child answers Really bad or Not good to “How do you feel about where you live now?” → then concern: a safeguarding lead must look within a working day.",
    );
    await saved(page);
    await check("81-studio-concern-added");

    // Unticking the last answer is refused: removing is how a rule stops.
    await rule(3)
      .getByRole("checkbox", { name: /Really bad/ })
      .uncheck();
    const last = rule(3).getByRole("checkbox", { name: /Not good/ });
    await last.click();
    expect(await last.isChecked()).toBe(true);
    await rules.getByText("A rule needs at least one answer").waitFor();

    // Remove the new rule, then both rules about feeling safe.
    await rule(3).getByRole("button", { name: "Remove rule 3" }).click();
    await rules.getByRole("status").getByText("Rule 3 removed.").waitFor();
    await rule(1).getByRole("button", { name: "Remove rule 1" }).click();
    await rule(1).getByRole("button", { name: "Remove rule 1" }).click();
    await rules.getByText("No answer alerts anyone yet.").waitFor();
    await saved(page);
    await page.locator("#card-feel-safe").getByText("no answer to it alerts anyone").waitFor();
    const warning = page.getByRole("region", { name: "Safeguarding: check before publishing" });
    await warning.getByText(`This survey asks about safety in ${FEEL_SAFE}`).waitFor();
    await check("82-studio-concerns-none");

    // Publishing asks for a deliberate choice.
    await page.getByRole("link", { name: "Publish" }).click();
    await warning.waitFor();
    await publishDraft(page);
    await page.getByRole("alert").getByText("no answer alerts anyone").waitFor();
    const confirm = page.getByRole("checkbox", { name: /Publish without a safeguarding rule/ });
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.type === "checkbox",
    );
    await check("83-studio-publish-warning");
    await confirm.check();
    await publishDraft(page);
    await page.getByText(/Nothing has changed since version 1\./).waitFor();

    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
