/**
 * A leader signs in, finds the demo survey and reads its report; a colleague without the leader
 * role is turned away with a clear message. Runs against the real local stack.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChorus } from "../packages/api/src/local.js";
import { accessibilityProblems, launchBrowser, noBrowser, shoot, watchErrors } from "./browser";

type Chorus = Awaited<ReturnType<typeof startChorus>>;

describe.skipIf(noBrowser)("reports", () => {
  let dataDir: string;
  let chorus: Chorus;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "chorus-e2e-"));
    chorus = await startChorus({ port: 0, dataDir });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await chorus?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page, email: string, password = "chorus-demo") {
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("signs a leader in, lists surveys, shows a report and signs out", async () => {
    // axe needs a page from an explicit context.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${chorus.url}/reports`);
    await page.getByRole("heading", { name: "Sign in to Reports" }).waitFor();

    await signIn(page, "leader@demo.chorus.test", "not-the-password");
    await page.getByRole("alert").getByText("don't match").waitFor();
    await shoot(page, "10-reports-sign-in-error");

    await signIn(page, "leader@demo.chorus.test");
    await page.getByRole("heading", { name: "Surveys" }).waitFor();
    const row = page.getByRole("row", { name: /My life in care/ });
    await row.waitFor();
    expect(await row.getByRole("cell", { name: "DEMO811" }).count()).toBe(1);
    await shoot(page, "11-reports-list");
    expect(await accessibilityProblems(page)).toEqual([]);

    await row.getByRole("link", { name: "My life in care" }).click();
    await page.getByRole("heading", { name: "My life in care", level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/reports\/[^/]+$/);
    const table = page.getByRole("table", { name: "1. How do you feel about where you live?" });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBeGreaterThan(3);
    await shoot(page, "12-reports-survey");
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByText("You have signed out.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("tells a signed-in officer that reports need the leader role", async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(`${chorus.url}/reports`);
    await signIn(page, "officer@demo.chorus.test");
    await page.getByRole("heading", { name: "You need the leader role" }).waitFor();
    await shoot(page, "13-reports-no-role");
    await page.close();
  });
});
