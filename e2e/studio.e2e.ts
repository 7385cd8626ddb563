/**
 * A participation officer builds a survey in the studio, has it translated into Polish, publishes
 * it and prints a poster; a child then answers it in Polish. Also: a reload mid-edit brings the
 * unsaved words back, and two officers editing at once get a clear conflict. And an officer starts
 * a survey from a template in Lithuanian and Urdu on day one: Chorus's words, marked not checked.
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
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

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

  it("starts a survey from a template in Lithuanian and Urdu, marked not checked until an officer says so", async () => {
    const { context, page } = await officer();
    const errors = watchErrors(page, [401]);
    const a11y: string[] = [];
    /** axe at the phone, tablet and desktop sizes, scrolled to the top with the mouse away. */
    const everywhere = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.mouse.move(0, 0);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, `${name}-${size.width}`);
        for (const problem of await accessibilityProblems(page)) {
          a11y.push(`${name} ${size.width}: ${problem}`);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await page.getByRole("button", { name: "New survey" }).click();
    await page
      .getByRole("button", { name: /^Use this template\s+for My life in care \(4 to 7\)$/ })
      .click();
    const offered = page.getByRole("group", {
      name: "Languages children can choose, besides English",
    });
    // The demo council already offers "All about me" in Arabic, Urdu and Lithuanian, so those
    // come ticked; a language none of its surveys is in does not.
    for (const language of [/^Arabic/, /^Urdu/, /^Lithuanian/]) {
      expect(await offered.getByRole("checkbox", { name: language }).isChecked()).toBe(true);
    }
    expect(await offered.getByRole("checkbox", { name: /^Tigrinya/ }).isChecked()).toBe(false);
    await everywhere("49-studio-template-languages");
    await newSurvey(page, "My life, day one", ["Lithuanian", "Urdu"]);

    await page.getByRole("link", { name: "Translations" }).click();
    const item = (name: RegExp) =>
      page.locator(".language-list > li").filter({ has: page.getByText(name) });
    const lithuanian = item(/^Lithuanian$/);
    const urdu = item(/^Urdu$/);
    await lithuanian.getByText("not checked", { exact: true }).waitFor();
    await urdu.getByText("not checked", { exact: true }).waitFor();
    expect(await lithuanian.textContent()).toMatch(/complete, \d+ strings/);
    expect(await urdu.textContent()).toMatch(/complete, \d+ strings/);
    expect(
      await item(/^English$/)
        .getByText("not checked", { exact: true })
        .count(),
    ).toBe(0);
    // The side-by-side editor shows Chorus's Urdu words, right to left, with the same mark.
    await page.getByLabel("Language to translate").selectOption("ur");
    await page.getByRole("status").filter({ hasText: "not checked" }).first().waitFor();
    const title = page.getByLabel(/^Urdu: survey title/);
    expect(await title.inputValue()).toBe("میری زندگی");
    expect(await title.getAttribute("dir")).toBe("rtl");
    await everywhere("50-studio-not-checked");

    await lithuanian.getByRole("button", { name: "I have checked this translation" }).click();
    await lithuanian.getByRole("button", { name: "Yes, mark Lithuanian as checked" }).click();
    await lithuanian.getByText("not checked", { exact: true }).waitFor({ state: "detached" });
    expect(await urdu.getByText("not checked", { exact: true }).count()).toBe(1);
    // It stays cleared after a reload: the server has it, not just this page.
    await page.reload();
    await urdu.getByText("not checked", { exact: true }).waitFor();
    expect(await lithuanian.getByText("not checked", { exact: true }).count()).toBe(0);
    await shoot(page, "51-studio-lithuanian-checked");
    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
