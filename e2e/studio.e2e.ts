/**
 * A participation officer builds a survey in the studio, has it translated into Polish, publishes
 * it and prints a poster; a child then answers it in Polish. Also: a reload mid-edit brings the
 * unsaved words back, and two officers editing at once get a clear conflict.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChorus } from "../packages/api/src/local.js";
import { words as pl } from "../web/src/pages/child/words-pl";
import {
  accessibilityProblems,
  launchBrowser,
  noBrowser,
  responseCount,
  shoot,
  watchErrors,
} from "./browser";
import { parseCsv, writeCsv } from "./csv";
import { newSurvey, publishDraft, draftSaved as saved } from "./stack";

type Chorus = Awaited<ReturnType<typeof startChorus>>;

const EDITED = "How do you feel about the home you live in now?";

describe.skipIf(noBrowser)("survey studio", () => {
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

  async function officer(path = "/studio"): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${chorus.url}${path}`);
    await page.getByLabel("Email address").fill("officer@demo.chorus.test");
    await page.getByLabel("Password").fill("chorus-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    return { context, page };
  }

  const prompt = (page: Page, id: string) => page.locator(`#card-${id} [data-field=prompt]`);

  it("designs, translates, publishes and hands out a survey a child answers in Polish", async () => {
    const { context, page } = await officer();
    const errors = watchErrors(page, [401]);
    const a11y: string[] = [];
    const check = async (name: string) => {
      await shoot(page, name);
      for (const problem of await accessibilityProblems(page)) a11y.push(`${name}: ${problem}`);
    };
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await page.getByRole("button", { name: "New survey" }).click();
    await page.getByRole("heading", { name: "Start from a template" }).waitFor();
    await check("40-studio-templates");
    const surveyId = await newSurvey(page);

    await prompt(page, "home-feel").fill(EDITED);
    await page.getByText("Saving…").first().waitFor();
    await saved(page);
    await page.locator("#card-home-feel h3").click();
    await page.getByTestId("preview-frame").getByRole("heading", { name: EDITED }).waitFor();
    await check("41-studio-editor");

    await page.getByRole("link", { name: "Translations" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV for translators" }).click();
    const csv = await readFile((await (await downloading).path())!, "utf8");
    const rows = parseCsv(csv.replace(/^\ufeff/, ""));
    expect(rows[0]).toEqual(["key", "en"]);
    const polish = [
      ["key", "en", "pl"],
      ...rows.slice(1).map(([key, en]) => [key!, en!, `PL: ${en}`]),
    ];
    const file = join(dataDir, "strings-pl.csv");
    await writeFile(file, `\ufeff${writeCsv(polish)}`);
    await page.getByLabel("Upload translated CSV").setInputFiles(file);
    await page.getByText("Translations read in").waitFor();
    await page.getByText(/Polish \(Polski\): complete/).waitFor();
    await check("42-studio-translations");

    await page.getByRole("link", { name: "Publish" }).click();
    await publishDraft(page);
    await page.getByText(/Nothing has changed since version 1\./).waitFor();
    await check("43-studio-published");

    await page.getByRole("link", { name: "Hand out" }).click();
    await page.getByLabel("Name for this code").fill("Summer event");
    await page.getByRole("button", { name: "Make a code" }).click();
    const code = (await page.getByTestId("code").first().textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6,10}$/);
    await check("44-studio-codes");

    await page.getByRole("link", { name: "Poster with QR code" }).first().click();
    await page.getByTestId("poster-code").waitFor();
    expect(await page.getByTestId("poster-code").textContent()).toBe(code);
    expect(await page.locator("svg.qr path").getAttribute("d")).toMatch(/^M/);
    await check("45-studio-poster");
    await page.emulateMedia({ media: "print" });
    await shoot(page, "46-studio-poster-print");
    expect(await page.locator(".staff-bar").isVisible()).toBe(false);
    await context.close();

    const child = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const tablet = await child.newPage();
    const childErrors = watchErrors(tablet);
    await tablet.goto(`${chorus.url}/s/${code}`);
    await tablet.getByRole("heading", { name: "Choose your language" }).waitFor();
    await shoot(tablet, "47-child-languages");
    expect(await tablet.getByRole("button", { name: "Polski" }).getAttribute("lang")).toBe("pl");
    await tablet.getByRole("button", { name: "Polski" }).click();
    await tablet.getByRole("heading", { name: "PL: My life in care" }).waitFor();
    // The child screens' own words are Polish too, as the table has them.
    await tablet.getByRole("button", { name: pl.start }).click();
    await tablet.getByRole("heading", { name: `PL: ${EDITED}` }).waitFor();
    await shoot(tablet, "48-child-polish-question");
    await tablet.getByRole("radio").first().check();
    await tablet.getByRole("button", { name: pl.next, exact: true }).click();
    for (let skipped = 0; ; skipped++) {
      if (await tablet.getByRole("heading", { name: pl.readyToSend }).isVisible()) break;
      await tablet.getByRole("button", { name: pl.skip, exact: true }).click();
      expect(skipped).toBeLessThan(100);
    }
    await tablet.getByRole("button", { name: pl.sendAnswers }).click();
    await tablet.getByRole("heading", { name: pl.thankYou }).waitFor();
    await child.close();

    expect(await responseCount(chorus.url, (s) => s.id === surveyId)).toBe(1);
    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    expect(childErrors).toEqual([]);
  });

  it("brings back words typed just before a reload", async () => {
    const { context, page } = await officer();
    await newSurvey(page);
    await saved(page);
    await prompt(page, "home-feel").fill("Typed just before the reload");
    await page.reload();
    await page.getByText("We brought back changes you hadn't saved").waitFor();
    expect(await prompt(page, "home-feel").inputValue()).toBe("Typed just before the reload");
    await saved(page);
    await shoot(page, "49-studio-restored");
    await page.reload();
    expect(await prompt(page, "home-feel").inputValue()).toBe("Typed just before the reload");
    expect(await page.getByText("We brought back changes").count()).toBe(0);
    await context.close();
  });

  it("tells the second of two officers who saved first, and loads their version", async () => {
    const first = await officer();
    const surveyId = await newSurvey(first.page);
    const second = await officer(`/studio/${surveyId}`);
    await prompt(second.page, "home-feel").waitFor();

    await prompt(first.page, "home-feel").fill("First officer's words");
    await saved(first.page);
    await prompt(second.page, "home-feel").fill("Second officer's words");
    const alert = second.page
      .getByRole("alert")
      .filter({ hasText: "Someone else saved this survey" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("officer@demo.chorus.test");
    await shoot(second.page, "50-studio-conflict");
    await second.page.getByRole("button", { name: "Load their version" }).click();
    await alert.waitFor({ state: "detached" });
    expect(await prompt(second.page, "home-feel").inputValue()).toBe("First officer's words");
    await first.context.close();
    await second.context.close();
  });
});
