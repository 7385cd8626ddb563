/**
 * The real local stack (embedded database, API, built web app) and a browser, started once for a
 * test file and stopped after it, so each journey file says only what its people do.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type LocalOptions, startChorus } from "../packages/api/src/local.js";
import { launchBrowser } from "./browser";

export type Chorus = Awaited<ReturnType<typeof startChorus>>;

/**
 * Registers the start and stop hooks; the returned object is filled in before the first test.
 * `options` go to `startChorus` (a journey that needs the larger demo asks for it).
 */
export function useStack(options: Partial<LocalOptions> = {}): {
  chorus: Chorus;
  browser: Browser;
} {
  const stack = {} as { chorus: Chorus; browser: Browser };
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "chorus-e2e-"));
    stack.chorus = await startChorus({ ...options, port: 0, dataDir });
    stack.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await stack.browser?.close();
    await stack.chorus?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return stack;
}

/** Fills in the staff sign-in form the way a person would. */
export async function signInOnPage(page: Page, email: string, password = "chorus-demo") {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * From the studio's survey list, starts "My life in care (8 to 11)" under `staffName` (the
 * picker's suggestion when left out); returns the survey's id.
 */
export async function newSurvey(
  page: Page,
  staffName?: string,
  /** The languages to tick by their English names; English alone when left out. */
  languages: string[] = [],
): Promise<string> {
  await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
  if (!(await page.getByRole("heading", { name: "Start from a template" }).isVisible())) {
    await page.getByRole("button", { name: "New survey" }).click();
  }
  const name = page.getByLabel("Name for staff");
  if (!(await name.isVisible())) {
    await page
      .getByRole("button", { name: /^Use this template\s+for My life in care \(8 to 11\)$/ })
      .click();
  }
  if (staffName !== undefined) await name.fill(staffName);
  // The council's usual languages come ticked; a journey says which it wants.
  const offered = page
    .getByRole("group", { name: "Languages children can choose, besides English" })
    .getByRole("checkbox");
  for (const box of await offered.all()) {
    const label = (await box.evaluate((input) => input.closest("label")?.textContent)) ?? "";
    await box.setChecked(languages.some((language) => label.startsWith(`${language} `)));
  }
  const named = (await name.inputValue()).trim();
  await page.getByRole("button", { name: "Create survey" }).click();
  await page.waitForURL(/\/studio\/srv_[a-z0-9]+$/);
  await page.getByRole("heading", { name: named, level: 1 }).waitFor();
  return page.url().split("/").pop()!;
}

/** On the Publish tab: opens the confirmation naming the next version, and confirms it. */
export async function publishDraft(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Publish version \d+…$/ }).click();
  const dialog = page.getByRole("dialog", { name: /^Publish version \d+\?$/ });
  await dialog.getByRole("button", { name: /^Publish version \d+$/ }).click();
}

/** Waits until the studio says the draft is saved. */
export const draftSaved = (page: Page) =>
  page
    .getByRole("status")
    .getByText(/^Saved at/)
    .waitFor();
