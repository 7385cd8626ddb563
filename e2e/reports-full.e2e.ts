/**
 * A leader reads a full report in the browser: filters by band, reads a theme, downloads CSV and
 * XLSX, prints, makes a share link that someone without an account opens, and reads the story of
 * place. The report, export, share and place routes answer with the fixture that has every
 * field of issue 11's shape (web/src/pages/reports/testing/fixture.ts), so every screen is
 * checked whatever the API branches have filled in; sign-in, the survey list and the built web
 * app are the real stack. Once the API routes are all merged, drop the `serveFixture` line and
 * the journey runs against them.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PLACE, REPORT } from "../web/src/pages/reports/testing/fixture";
import { accessibilityProblems, noBrowser, SHOTS_DIR, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const CSV = "question,answer,children,share\nhome-feel,Very happy,80,40\n";

/** Answers the report-area routes from the fixture, keeping what was asked for. */
async function serveFixture(page: Page) {
  const asked: string[] = [];
  const json = (body: unknown, status = 200) => ({
    status,
    contentType: "application/json",
    body: JSON.stringify(body),
  });
  await page.route(/\/api\/reports\/surveys\/[^/?]+(\?.*)?$/, (route) => {
    asked.push(route.request().url());
    const url = new URL(route.request().url());
    const filters = Object.fromEntries(url.searchParams);
    // The survey keeps its real id, so links made from it find it in the real survey list.
    const survey = { ...REPORT.survey, id: decodeURIComponent(url.pathname.split("/").pop()!) };
    return route.fulfill(json({ ...REPORT, survey, filters }));
  });
  await page.route(/\/export\.(csv|xlsx)/, (route) => {
    asked.push(route.request().url());
    const xlsx = route.request().url().includes(".xlsx");
    return route.fulfill({
      status: 200,
      headers: {
        "content-type": xlsx
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="my-life-in-care.${xlsx ? "xlsx" : "csv"}"`,
      },
      body: xlsx ? Buffer.from("PK\u0003\u0004 stand-in workbook") : CSV,
    });
  });
  await page.route(/\/api\/reports\/place/, (route) => route.fulfill(json(PLACE)));
  const shares: unknown[] = [];
  await page.route(/\/api\/reports\/shares$/, (route) => {
    if (route.request().method() === "POST") {
      const body = route.request().postDataJSON();
      shares.push({ id: "shr_1", ...body, expiresAt: "2999-01-01T00:00:00.000Z" });
      return route.fulfill(
        json(
          {
            id: "shr_1",
            url: "/share/tok_e2e",
            token: "tok_e2e",
            expiresAt: "2999-01-01T00:00:00.000Z",
          },
          201,
        ),
      );
    }
    return route.fulfill(json({ shares }));
  });
  await page.route(/\/api\/share\/tok_e2e$/, (route) =>
    route.fulfill(json({ kind: "survey", orgName: "Demo Borough Council", report: REPORT })),
  );
  return asked;
}

describe.skipIf(noBrowser)("a leader's full report", () => {
  const stack = useStack();

  it("filters by band, reads a theme, exports, prints and shares", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    const asked = await serveFixture(page);
    await page.goto(`${stack.chorus.url}/reports`);
    await signInOnPage(page, "leader@demo.chorus.test");
    await page.getByRole("link", { name: "My life in care" }).first().click();
    await page.getByRole("heading", { name: "My life in care", level: 1 }).waitFor();

    // Filter by band: the report, the address and the exports all follow.
    await page.getByLabel("Age band", { exact: true }).selectOption("8-11");
    await page.waitForURL(/\?band=8-11$/);
    await page.locator(".report > .scope").getByText("Ages 8 to 11 · Answers from").waitFor();
    expect(asked.at(-1)).toMatch(/\/api\/reports\/surveys\/[^/?]+\?band=8-11$/);

    // Read a theme: its count, words and an approved quote.
    const theme = page.getByRole("article", { name: "Seeing family" });
    await theme.scrollIntoViewIfNeeded();
    expect(await theme.locator(".theme-numbers").textContent()).toBe(
      "60 answers (40% of those who wrote)",
    );
    await theme.getByText("I want to see my brother more than once a month.").waitFor();
    await theme.getByRole("button", { name: "Show as table" }).click();
    await theme
      .getByRole("table")
      .getByRole("row", { name: /Spring 2027/ })
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "14-reports-full");
    // The top of the report, for docs/img/report.png.
    await page.screenshot({
      path: join(SHOTS_DIR, "14-reports-top.png"),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: 1500 },
    });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Export CSV and XLSX: each arrives as a download, with the filters in its address.
    for (const [button, file] of [
      ["Download CSV", "my-life-in-care.csv"],
      ["Download Excel (XLSX)", "my-life-in-care.xlsx"],
    ] as const) {
      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(file);
      await page.getByText(/file saved to your downloads/).waitFor();
    }
    expect(asked.filter((url) => url.includes("/export."))).toEqual([
      expect.stringMatching(/\/export\.csv\?band=8-11$/),
      expect.stringMatching(/\/export\.xlsx\?band=8-11$/),
    ]);

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
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toBe(`${stack.chorus.url}/share/tok_e2e`);
    await page.getByRole("row", { name: /My life in care/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // The story of place.
    await page.getByRole("link", { name: "Story of place" }).click();
    await page.getByRole("heading", { name: "The story of place", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Feel safe where they live" }).waitFor();
    await shoot(page, "16-reports-place");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // Someone without an account opens the link.
    const visitor = await stack.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const outside = await visitor.newPage();
    const outsideErrors = watchErrors(outside);
    await serveFixture(outside);
    await outside.goto(link);
    await outside.getByRole("heading", { name: "My life in care", level: 1 }).waitFor();
    expect(await outside.getByRole("button", { name: /Download|Print/ }).count()).toBe(0);
    expect(await outside.getByRole("heading", { name: /Sign in/ }).count()).toBe(0);
    await shoot(outside, "17-reports-shared");
    expect(await accessibilityProblems(outside)).toEqual([]);
    expect(outsideErrors).toEqual([]);
    await visitor.close();
  });
});
