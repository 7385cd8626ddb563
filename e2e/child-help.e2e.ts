/**
 * The child's safety net and memory on a tablet: "I'm worried" from any question, the request to
 * tell a worker reaching the server, a reload picking up where the child was, and a clear word
 * when the tablet cannot read aloud. Checked against the real local stack and its API.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, responseCount, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

describe.skipIf(noBrowser)("child help, resume and read-aloud", () => {
  const stack = useStack();

  const demo811Count = () => responseCount(stack.chorus.url, (s) => s.code === "DEMO811");

  async function firstQuestion(page: Page) {
    await page.goto(`${stack.chorus.url}/s/DEMO811`);
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radiogroup").waitFor();
  }

  const drafts = (page: Page) =>
    page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("chorus.draft")));

  const newPage = async () => {
    const context = await stack.browser.newContext({ viewport: { width: 768, height: 1024 } });
    return { context, page: await context.newPage() };
  };

  it("has help on the code screen too, with Start in view on a phone without scrolling", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(stack.chorus.url);
    const worried = page.getByRole("button", { name: "I'm worried" });
    await worried.waitFor();
    const start = await page.getByRole("button", { name: /^Start/ }).boundingBox();
    expect(start!.y + start!.height).toBeLessThanOrEqual(844);
    // Before any code there is no survey, so help offers the lines to call, not a worker.
    await worried.click();
    const dialog = page.getByRole("dialog", { name: "If you are worried" });
    await dialog.getByRole("link", { name: "0800 1111" }).waitFor();
    expect(await dialog.getByRole("button", { name: "Tell my worker" }).count()).toBe(0);
    await context.close();
  });

  it("opens help from a question, traps focus, and closes with Escape", async () => {
    const { context, page } = await newPage();
    const errors = watchErrors(page);
    await firstQuestion(page);
    const worried = page.getByRole("button", { name: "I'm worried" });
    await worried.click();
    const dialog = page.getByRole("dialog", { name: "If you are worried" });
    await dialog.waitFor();
    expect(await dialog.getByRole("link", { name: "0800 1111" }).getAttribute("href")).toBe(
      "tel:08001111",
    );
    await dialog.getByRole("link", { name: "childline.org.uk" }).waitFor();
    await shoot(page, "10-help-panel");
    expect(await accessibilityProblems(page)).toEqual([]);

    // Tabbing round more times than there are stops never leaves the panel.
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"))).toBe(
      true,
    );
    await page.keyboard.press("Escape");
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("I'm worried");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends the request to tell a worker at once, links the answers to it, and leaves no draft behind", async () => {
    const before = await demo811Count();
    const { context, page } = await newPage();
    const bodies: { path: string; body: Record<string, unknown> }[] = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/(responses|help)$/.test(path)) bodies.push({ path, body: request.postDataJSON() });
    });
    await firstQuestion(page);
    await page.getByRole("button", { name: "I'm worried" }).click();
    await page.getByRole("button", { name: "Tell my worker" }).click();
    await page.getByText("Sent. A worker will read this soon").waitFor();
    expect(bodies.map((b) => b.path)).toEqual(["/api/s/DEMO811/help"]);
    await shoot(page, "11-tell-my-worker");
    await page.getByRole("button", { name: "Close" }).click();

    while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
      await page.getByRole("button", { name: "Skip" }).click();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "We heard you" }).waitFor();
    expect(bodies.map((b) => b.path)).toEqual(["/api/s/DEMO811/help", "/api/s/DEMO811/responses"]);
    expect(bodies[1]!.body.helpId).toBe(bodies[0]!.body.id);
    expect(await demo811Count()).toBe(before + 1);
    expect(await drafts(page)).toEqual([]);
    // Help stays in reach on the last screen, showing the request already made, not a new one.
    await page.getByRole("button", { name: "I'm worried" }).click();
    expect(await page.getByRole("button", { name: "Tell my worker" }).count()).toBe(0);
    await page.getByText("Sent. A worker will read this soon").waitFor();
    await context.close();
  });

  it("resumes after a reload at the same question with the answer kept, and can start again", async () => {
    const { context, page } = await newPage();
    const errors = watchErrors(page);
    await firstQuestion(page);
    const firstPrompt = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("radio", { name: "OK", exact: true }).check();
    await page.getByRole("button", { name: /^Next/ }).click();
    const secondPrompt = await page.getByRole("heading", { level: 1 }).textContent();
    expect(secondPrompt).not.toBe(firstPrompt);

    await page.reload();
    await page.getByText("carry on where you left off").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(secondPrompt);
    await shoot(page, "12-welcome-back");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: /Back/ }).click();
    await shoot(page, "12b-after-back");
    expect(await page.getByRole("radio", { name: "OK", exact: true }).isChecked()).toBe(true);

    // The banner goes once the child moves on; a later reload brings it back.
    await page.reload();
    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("heading", { name: "My life in care" }).waitFor();
    expect(await drafts(page)).toEqual([]);
    await page.getByRole("button", { name: /^Start/ }).click();
    expect(await page.getByRole("radio", { name: "OK", exact: true }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says plainly when the tablet has no voice to read the question", async () => {
    const { context, page } = await newPage();
    // Headless browsers differ in their voices; a tablet with none is the case to show.
    await context.addInitScript(() => {
      speechSynthesis.getVoices = () => [];
    });
    await firstQuestion(page);
    await page.getByRole("button", { name: "Read the question aloud" }).click();
    await page.getByRole("status").getByText("This tablet can't read English aloud").waitFor();
    await shoot(page, "13-no-voice");
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});
