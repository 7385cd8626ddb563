/**
 * A leader reads a full report in the browser against the real stack and its larger demo ("Your
 * voice", two waves of a few hundred made-up answers): filters by band, reads a theme and its
 * trend, downloads CSV and XLSX, prints, makes a share link that someone without an account
 * opens, and reads the story of place. What the screens show is checked against what the API
 * answers for the same filters, so the journey holds whatever the demo's numbers are, while
 * every number on screen still has to be the API's.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Demo } from "@chorus/core/local";
import type { SurveyReport } from "@chorus/core/report/schema";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  accessibilityProblems,
  apiSession,
  noBrowser,
  SHOTS_DIR,
  shoot,
  watchErrors,
} from "./browser";
import { signInOnPage, useStack } from "./stack";

const SURVEY = "Your voice";
const SURVEY_ID = "srv_demo_voice";
const BAND = "8-11";

/**
 * The larger demo goes in just after the server starts (as with `pnpm start`): waits until all
 * of its answers are counted and both waves are there, or says what was missing.
 */
async function demoReady(baseUrl: string) {
  const all = Object.values(Demo.VOICE_RESPONSES).reduce((sum, n) => sum + n, 0);
  const leader = await apiSession(baseUrl, "leader@demo.chorus.test");
  let seen = "nothing";
  for (let tries = 0; tries < 240; tries++) {
    const report = await leader
      .get<SurveyReport>(`/api/reports/surveys/${SURVEY_ID}`)
      .catch(() => undefined);
    if (report?.survey.responseCount === all && report.trend.waves.length === 2) return;
    if (report) seen = `${report.survey.responseCount} answers, ${report.trend.waves.length} waves`;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`The demo's "${SURVEY}" never had ${all} answers in two waves: ${seen}`);
}

/** The report the API gives the signed-in page, for comparing with what the page shows. */
async function reportFromApi(page: Page, surveyId: string, query = ""): Promise<SurveyReport> {
  const response = await page.request.get(`/api/reports/surveys/${surveyId}${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SurveyReport;
}

const countText = (count: number | null) =>
  count === null ? "fewer than 8" : count.toLocaleString("en-GB");

/** Waits for the headline's number of children to read `count` (and "small group" if marked). */
const headline = (page: Page, report: { base: number | null; small: boolean }) =>
  page
    .locator(".facts dd")
    .filter({
      hasText: new RegExp(`^${countText(report.base)}${report.small ? " small group" : ""}$`),
    })
    .waitFor();

describe.skipIf(noBrowser)("a leader's full report", () => {
  const stack = useStack({ demoWaves: true });

  it("filters by band, reads a theme, exports, prints and shares", async () => {
    const context = await stack.browser.newContext({
      viewport: { width: 1200, height: 900 },
      baseURL: stack.chorus.url,
      acceptDownloads: true,
    });
    await demoReady(stack.chorus.url);
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    const exports: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/export.")) exports.push(request.url());
    });
    await page.goto(`${stack.chorus.url}/reports`);
    await signInOnPage(page, "leader@demo.chorus.test");
    await page.getByRole("link", { name: SURVEY }).first().click();
    await page.getByRole("heading", { name: SURVEY, level: 1 }).waitFor();
    const surveyId = new URL(page.url()).pathname.split("/").pop()!;
    expect(surveyId).toBe(SURVEY_ID);

    // Filter by band: the report and the address follow, and the numbers are the API's.
    await page.getByLabel("Age band", { exact: true }).selectOption(BAND);
    await page.waitForURL(new RegExp(`\\?band=${BAND}$`));
    await page.locator(".report > .scope").getByText("Ages 8 to 11").first().waitFor();
    const report = await reportFromApi(page, surveyId, `?band=${BAND}`);
    expect(report.filters).toEqual({ band: BAND });
    await headline(page, report);

    // Read the theme most children wrote about: its count, share and words as the API has them.
    const theme = [...report.themes].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0]!;
    const themeName = theme.label.en ?? Object.values(theme.label)[0]!;
    const article = page.getByRole("article", { name: themeName, exact: true });
    await article.scrollIntoViewIfNeeded();
    const numbers = `${countText(theme.count)} answers${
      theme.share === null ? "" : ` (${theme.share.toLocaleString("en-GB")}% of those who wrote)`
    }`;
    expect(await article.locator(".theme-numbers").textContent()).toBe(numbers);
    expect(await article.locator(".theme-words").textContent()).toContain(theme.words.join(", "));
    if (theme.quotes.length > 0) await article.getByText(theme.quotes[0]!.text).waitFor();
    else await article.getByText("No quotes approved for this theme yet.").waitFor();
    // Its trend: one row per wave in the chart's table.
    expect(report.trend.waves.map((w) => w.label)).toEqual(Demo.DEMO_WAVES.map((w) => w.label));
    await article.getByRole("button", { name: "Show as table" }).click();
    for (const wave of report.trend.waves) {
      await article
        .getByRole("table")
        .getByRole("row", { name: new RegExp(wave.label) })
        .waitFor();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "14-reports-full");
    // The top of the report, for docs/img/report.png.
    await page.screenshot({
      path: join(SHOTS_DIR, "14-reports-top.png"),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: 1500 },
    });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Export CSV and XLSX: each arrives as a real file, asked for with the filter.
    const saved: Record<string, Buffer> = {};
    for (const [button, extension] of [
      ["Download CSV", "csv"],
      ["Download Excel (XLSX)", "xlsx"],
    ] as const) {
      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^Your-voice-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`),
      );
      saved[extension] = await readFile((await download.path())!);
      await page.getByText(/file saved to your downloads/).waitFor();
    }
    expect(exports).toEqual([
      expect.stringMatching(new RegExp(`/export\\.csv\\?band=${BAND}$`)),
      expect.stringMatching(new RegExp(`/export\\.xlsx\\?band=${BAND}$`)),
    ]);
    const prompt = report.questions[0]!.prompt.en!;
    expect(saved.csv!.toString("utf8")).toContain(prompt);
    // An XLSX file is a zip archive.
    expect(saved.xlsx!.subarray(0, 4)).toEqual(Buffer.from("PK\u0003\u0004", "latin1"));

    // Print: the cover with the council's name, no controls.
    await page.emulateMedia({ media: "print" });
    await page.locator(".print-cover").getByText("Demo Council").waitFor();
    expect(await page.getByRole("form", { name: "Filter the report" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await page.locator(".staff-bar").isVisible()).toBe(false);
    // An A4 page's width at 96 dots an inch; the top two pages for docs/img/report-print.png.
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot(page, "15-reports-print");
    await page.screenshot({
      path: join(SHOTS_DIR, "15-reports-print-top.png"),
      fullPage: true,
      clip: { x: 0, y: 0, width: 794, height: 2246 },
    });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.emulateMedia({ media: "screen" });

    // Share it: the link keeps the filter, and opens without an account.
    await page.getByRole("link", { name: "Share a read-only link" }).click();
    await page.getByRole("heading", { name: "Share links", level: 1 }).waitFor();
    await page.getByText("With the filters you chose: Ages 8 to 11.").waitFor();
    await page.getByLabel("Who it is for").fill("Corporate parenting panel");
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toMatch(new RegExp(`^${stack.chorus.url}/share/shr_[0-9a-f]{20}[\\w-]{43}$`));
    const row = page.getByRole("row", { name: /Corporate parenting panel/ });
    await row.getByText(SURVEY).waitFor();
    await row.getByText("Ages 8 to 11").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // The story of place.
    await page.getByRole("link", { name: "Story of place" }).click();
    await page.getByRole("heading", { name: "The story of place", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Feel safe where they live" }).waitFor();
    const place = await (await page.request.get("/api/reports/place")).json();
    const safe = place.indicators.find((i: { id: string }) => i.id === "feel-safe");
    await page
      .getByRole("article", { name: "Feel safe where they live" })
      .getByText(`Overall: ${safe.overall.share.toLocaleString("en-GB")}% of`)
      .waitFor();
    await shoot(page, "16-reports-place");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // Someone without an account opens the link: the same filtered numbers, nothing to change.
    const visitor = await stack.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const outside = await visitor.newPage();
    const outsideErrors = watchErrors(outside);
    await outside.goto(link);
    await outside.getByRole("heading", { name: SURVEY, level: 1 }).waitFor();
    await outside.getByText("shared with you by Demo Council").waitFor();
    await headline(outside, report);
    const shared = outside.getByRole("article", { name: themeName, exact: true });
    expect(await shared.locator(".theme-numbers").textContent()).toBe(numbers);
    expect(await outside.getByRole("button", { name: /Download|Print/ }).count()).toBe(0);
    expect(await outside.getByRole("heading", { name: /Sign in/ }).count()).toBe(0);
    expect(await outside.locator(".print-cover .cover-org").textContent()).toBe("Demo Council");
    await shoot(outside, "17-reports-shared");
    expect(await accessibilityProblems(outside)).toEqual([]);
    expect(outsideErrors).toEqual([]);
    await visitor.close();
  });
});
