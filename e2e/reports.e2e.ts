import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

describe.skipIf(noBrowser)("reports", () => {
  const stack = useStack();

  it("signs a leader in, lists surveys, shows a report and signs out", async () => {
    // axe needs a page from an explicit context.
    const context = await stack.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${stack.chorus.url}/reports`);
    await page.getByRole("heading", { name: "Sign in to Reports" }).waitFor();

    await signInOnPage(page, "leader@demo.chorus.test", "not-the-password");
    await page.getByRole("alert").getByText("don't match").waitFor();
    await shoot(page, "10-reports-sign-in-error");

    await signInOnPage(page, "leader@demo.chorus.test");
    await page.getByRole("heading", { name: "Surveys" }).waitFor();
    const row = page.getByRole("row", { name: /My life in care/ });
    await row.waitFor();
    expect(await row.getByRole("cell", { name: "DEMO811" }).count()).toBe(1);
    await shoot(page, "11-reports-list");
    expect(await accessibilityProblems(page)).toEqual([]);

    await row.getByRole("link", { name: "My life in care" }).click();
    await page.getByRole("heading", { name: "My life in care", level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/reports\/[^/]+$/);
    const table = page.getByRole("table", {
      name: 'Answers to "How do you feel about where you live?"',
    });
    await table.waitFor({ state: "attached" });
    expect(await table.getByRole("row").count()).toBeGreaterThan(3);
    await shoot(page, "12-reports-survey");
    expect(await accessibilityProblems(page)).toEqual([]);

    // The filter goes to the API and into the address, so the filtered report can be shared.
    // The small demo's answers carry no age band, so the bar offers the code (the band is
    // filtered in reports-full.e2e.ts, on the larger demo).
    const filtered = page.waitForRequest(
      (request) =>
        request.url().includes("/api/reports/surveys/") && request.url().includes("code=DEMO811"),
    );
    await page.getByLabel("Code", { exact: true }).selectOption("DEMO811");
    await filtered;
    await page.waitForURL(/\?code=DEMO811$/);
    await page.locator(".report > .scope").getByText("Code DEMO811").waitFor();
    await page.reload();
    expect(await page.getByLabel("Code", { exact: true }).inputValue()).toBe("DEMO811");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByText("You have signed out.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("tells a signed-in officer that reports need the leader role", async () => {
    const page = await stack.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(`${stack.chorus.url}/reports`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByRole("heading", { name: "You need the Leader role" }).waitFor();
    await shoot(page, "13-reports-no-role");
    await page.close();
  });
});
