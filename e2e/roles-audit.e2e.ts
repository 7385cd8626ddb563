/**
 * Issue 13, items 14 and 15, in a browser against the real local stack: each role's staff home
 * links to every page the role opens (and each link opens a page, not "Page not found"); a
 * signed-in person on an area their roles do not open is told which role it needs and who gives
 * it; the audit log reads as names and plain words. Axe at phone, tablet and desktop sizes.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "desktop", width: 1280, height: 800 },
];

describe.skipIf(noBrowser)("roles and the audit log", () => {
  const stack = useStack();

  async function signedIn(path: string, email: string, size = SIZES[2]!) {
    const context = await stack.browser.newContext({ viewport: size });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}${path}`);
    await signInOnPage(page, email);
    return { context, page };
  }

  const axeAtEverySize = async (page: Page, shot: string, ready: () => Promise<unknown>) => {
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await ready();
      await shoot(page, `${shot}-${size.name}`);
      for (const problem of await accessibilityProblems(page)) {
        problems.push(`${size.name}: ${problem}`);
      }
    }
    return problems;
  };

  it("gives an officer a home that reaches the survey list with responses, and every link opens", async () => {
    const { context, page } = await signedIn("/staff", "officer@demo.chorus.test");
    const errors = watchErrors(page, [401]);
    await page.getByRole("heading", { name: "What you can do in Chorus", level: 1 }).waitFor();
    const studio = page.getByRole("region", { name: /Studio/ });
    const links = await studio
      .getByRole("link")
      .evaluateAll((all) => all.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["Surveys and responses", "/studio"],
      ["Waves", "/studio/waves"],
    ]);
    expect(await page.getByRole("region", { name: /Reports|Admin/ }).count()).toBe(0);
    expect(
      await axeAtEverySize(page, "60-staff-home-officer", () =>
        page.getByRole("link", { name: "Surveys and responses" }).waitFor(),
      ),
    ).toEqual([]);

    await page.getByRole("link", { name: "Surveys and responses" }).click();
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await page.goto(`${stack.chorus.url}/studio/waves`);
    await page.getByRole("heading", { name: "Waves", level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("links every page of every role from the home of someone who holds them all", async () => {
    // The demo officer, given every role by the admin for this test, then put back.
    const admin = await signedIn("/admin", "admin@demo.chorus.test");
    await admin.page.getByRole("heading", { name: "Staff", level: 1 }).waitFor();
    const setRoles = (roles: string[]) =>
      admin.context.request.patch(`${stack.chorus.url}/api/admin/staff/stf_demo_officer`, {
        data: { roles },
        headers: { origin: stack.chorus.url },
      });
    expect((await setRoles(["admin", "officer", "leader", "safeguarding"])).status()).toBe(200);
    const { context, page } = await signedIn("/staff", "officer@demo.chorus.test");
    await page.getByRole("heading", { name: "What you can do in Chorus" }).waitFor();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual([
      "Studio (Officer role)",
      "Reports (Leader role)",
      "Safeguarding (Safeguarding role)",
      "Admin (Admin role)",
    ]);
    const hrefs = await page
      .locator(".role-pages a")
      .evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      await page.goto(`${stack.chorus.url}${href}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      const title = await page.getByRole("heading", { level: 1 }).first().textContent();
      expect(title, href).not.toMatch(/Page not found|You need the/);
    }
    expect((await setRoles(["officer"])).status()).toBe(200);
    await context.close();
    await admin.context.close();
  });

  it("tells an officer on the reports which role they need and who gives it", async () => {
    const { context, page } = await signedIn("/reports", "officer@demo.chorus.test");
    await page.getByRole("heading", { name: "You need the Leader role" }).waitFor();
    const text = await page.getByRole("main").textContent();
    expect(text).toContain("Roles are given by an admin at");
    await page.getByRole("main").getByRole("link", { name: "Studio" }).waitFor();
    expect(
      await axeAtEverySize(page, "61-missing-role", () =>
        page.getByRole("heading", { name: "You need the Leader role" }).waitFor(),
      ),
    ).toEqual([]);
    await context.close();
  });

  it("shows the audit log with names and plain words", async () => {
    const leader = await signedIn("/reports", "leader@demo.chorus.test");
    await leader.page.getByRole("button", { name: "Sign out", exact: true }).waitFor();
    const read = await leader.context.request.get(
      `${stack.chorus.url}/api/reports/surveys/srv_demo_life811`,
    );
    expect(read.status()).toBe(200);
    await leader.context.close();

    const { context, page } = await signedIn("/admin/audit", "admin@demo.chorus.test");
    const errors = watchErrors(page, [401]);
    const reportRow = page.getByRole("row").filter({ hasText: "Opened a report" }).first();
    await reportRow.waitFor();
    const row = await reportRow.textContent();
    expect(row).toContain("Lee Leader (leader@demo.chorus.test)");
    expect(row).toContain("Survey “My life in care”");
    expect(row).not.toMatch(/\bsrv_demo_life811\b|\breport\.read\b/);

    await page.getByText("What each kind of entry means").click();
    await page.getByText("A leader opened a survey's report.").waitFor();
    expect(await axeAtEverySize(page, "62-admin-audit", () => reportRow.waitFor())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
