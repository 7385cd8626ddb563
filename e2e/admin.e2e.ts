/**
 * Staff administration against the real local stack: an admin invites an officer, who sets a
 * password from the link in a browser of their own; a leader is kept out of the admin pages;
 * signing out everywhere ends a session in another browser; single sign-on settings are saved
 * and send staff at that domain to their council's sign-in.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const WIDE = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

describe.skipIf(noBrowser)("admin", () => {
  const stack = useStack();

  /** Opens a page in a fresh browser (its own cookies) and signs in there. */
  async function signedIn(path: string, email: string, viewport = WIDE) {
    const context = await stack.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}${path}`);
    await signInOnPage(page, email);
    return { context, page };
  }

  const status = async (context: BrowserContext, path: string) =>
    (await context.request.get(`${stack.chorus.url}${path}`)).status();

  it("invites an officer, who sets a password from the link and signs in", async () => {
    const { context: adminContext, page: admin } = await signedIn(
      "/admin",
      "admin@demo.chorus.test",
    );
    const adminErrors = watchErrors(admin, [401]);
    const a11y: string[] = [];
    const check = async (page: Page, screen: string) => {
      await shoot(page, screen);
      for (const problem of await accessibilityProblems(page)) a11y.push(`${screen}: ${problem}`);
    };

    await admin.getByRole("heading", { name: "Staff", level: 1 }).waitFor();
    await admin.getByRole("heading", { name: "Lee Leader" }).waitFor();
    await check(admin, "20-admin-staff");

    await admin.getByLabel("Name").fill("New Officer");
    await admin.getByLabel("Work e-mail address").fill("new.officer@demo.chorus.test");
    const roles = admin.getByRole("group", { name: "Roles", exact: true });
    await roles.getByRole("checkbox", { name: /Officer/ }).check();
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await admin.getByRole("heading", { name: "Invitation ready for New Officer" }).waitFor();
    const link = await admin.getByLabel("One-time link").inputValue();
    expect(link).toMatch(/\/set-password#[\w-]{40,}$/);
    await admin.getByRole("heading", { name: "New Officer", exact: true }).waitFor();
    await check(admin, "21-admin-invited");

    await admin
      .getByRole("navigation", { name: "Admin" })
      .getByRole("link", { name: "Outbox" })
      .click();
    await admin.getByRole("heading", { name: "Outbox", level: 1 }).waitFor();
    const letter = admin.getByRole("listitem").filter({ hasText: "new.officer@demo.chorus.test" });
    expect(await letter.getByRole("link", { name: link }).getAttribute("href")).toBe(link);
    await check(admin, "22-admin-outbox");

    // The officer, in a browser of their own.
    const officerContext = await stack.browser.newContext({ viewport: TABLET });
    const officer = await officerContext.newPage();
    const officerErrors = watchErrors(officer, [400, 401]);
    await officer.goto(link);
    await officer.getByRole("heading", { name: "Choose your password" }).waitFor();
    expect(officer.url()).not.toContain("#");
    await officer.getByLabel("New password").fill("passwordpassword");
    await officer.getByLabel("Type it again").fill("passwordpassword");
    await officer.getByRole("button", { name: "Set password" }).click();
    await officer.getByText("on lists of passwords attackers try first").waitFor();
    expect(await officer.getByLabel("New password").getAttribute("aria-invalid")).toBe("true");
    await check(officer, "23-set-password-weak");

    const strong = "kettle orbit lantern meadow";
    await officer.getByLabel("New password").fill(strong);
    await officer.getByLabel("Type it again").fill(strong);
    await officer.getByRole("button", { name: "Set password" }).click();
    await officer.getByRole("heading", { name: "Password set" }).waitFor();
    await check(officer, "24-set-password-done");

    await officer.getByRole("link", { name: "Sign in" }).click();
    await officer.getByRole("heading", { name: "Sign in to Reports" }).waitFor();
    await signInOnPage(officer, "new.officer@demo.chorus.test", strong);
    // Officers have no reports; what matters is that they are signed in.
    await officer.getByRole("heading", { name: "You need the Leader role" }).waitFor();
    await officer.getByRole("banner").getByText("New Officer").waitFor();
    await officer.getByRole("button", { name: "Sign out", exact: true }).waitFor();
    const me = await officerContext.request.get(`${stack.chorus.url}/api/me`);
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({
      email: "new.officer@demo.chorus.test",
      roles: ["officer"],
    });
    await shoot(officer, "25-officer-signed-in");

    await admin.getByRole("link", { name: "Audit log" }).click();
    await admin.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    await admin.getByLabel("What happened").selectOption({ label: "Changes to staff" });
    await admin.getByRole("button", { name: "Show entries" }).click();
    // The unfiltered rows stay on screen until the filtered ones arrive.
    const signIns = admin.getByRole("row").filter({ hasText: "Signed in" });
    await expect.poll(() => signIns.count()).toBe(0);
    const invitedRow = admin.getByRole("row").filter({ hasText: "Invited someone" });
    await invitedRow.waitFor();
    expect(await invitedRow.textContent()).toContain("New Officer (new.officer@demo.chorus.test)");
    await check(admin, "26-admin-audit");

    expect(a11y).toEqual([]);
    expect(adminErrors).toEqual([]);
    expect(officerErrors).toEqual([]);
    await officerContext.close();
    await adminContext.close();
  });

  it("tells a leader that admin needs the admin role, and the API agrees", async () => {
    const context = await stack.browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    const adminCalls: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/admin")) adminCalls.push(request.url());
    });
    await page.goto(`${stack.chorus.url}/admin`);
    await signInOnPage(page, "leader@demo.chorus.test");
    await page.getByRole("heading", { name: "You need the Admin role" }).waitFor();
    const areas = page.getByRole("navigation", { name: "Staff areas" });
    expect(await areas.getByRole("link").allTextContents()).toEqual(["Home", "Reports"]);
    await shoot(page, "27-admin-no-role");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(adminCalls).toEqual([]);
    expect(await status(context, "/api/admin/staff")).toBe(403);
    await context.close();
  });

  it("signs out everywhere: another browser's session ends too", async () => {
    const first = await signedIn("/reports", "leader@demo.chorus.test");
    const second = await signedIn("/reports", "leader@demo.chorus.test", TABLET);
    await first.page.getByRole("heading", { name: "Surveys" }).waitFor();
    await second.page.getByRole("heading", { name: "Surveys" }).waitFor();

    await first.page.getByRole("button", { name: "Sign out everywhere" }).click();
    await first.page.getByText("You have signed out on every device").waitFor();
    await shoot(first.page, "28-signed-out-everywhere");

    await second.page.reload();
    await second.page.getByRole("heading", { name: "Sign in to Reports" }).waitFor();
    expect(await status(second.context, "/api/me")).toBe(401);
    await first.context.close();
    await second.context.close();
  });

  it("saves single sign-on settings and sends that domain's staff to their provider", async () => {
    const { context, page } = await signedIn("/admin/sso", "admin@demo.chorus.test", TABLET);
    await page.getByRole("heading", { name: "Single sign-on", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("The settings weren't saved").waitFor();
    expect(await page.getByLabel("Issuer URL").getAttribute("aria-invalid")).toBe("true");

    // A provider that cannot answer, so the round trip ends in an explained failure.
    await page.getByLabel("Issuer URL").fill("http://localhost:9");
    await page.getByLabel("Client ID").fill("chorus-e2e");
    await page.getByLabel("Client secret").fill("not-a-real-secret");
    await page.getByLabel("E-mail domains").fill("council.example");
    await page.getByRole("button", { name: "Add a group" }).click();
    await page.getByLabel("Group 1: name or ID").fill("chorus-leaders");
    await page.getByRole("group", { name: "Roles for group 1" }).getByLabel("Leader").check();
    await page.getByLabel(/Turn on single sign-on/).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved. Single sign-on is on.").waitFor();
    await page.getByText("A secret is stored and never shown").waitFor();
    await shoot(page, "29-admin-sso");
    expect(await accessibilityProblems(page)).toEqual([]);

    // Deactivation, on a tablet: asked first, then undone.
    await page.getByRole("link", { name: "Staff", exact: true }).click();
    await page.getByRole("button", { name: "Deactivate Olu Officer" }).click();
    await page.getByText("Deactivate Olu Officer? They will be signed out").waitFor();
    await shoot(page, "32-admin-deactivate-confirm");
    await page.getByRole("button", { name: "Yes, deactivate" }).click();
    await page.getByText("Olu Officer has been deactivated and signed out everywhere.").waitFor();
    const reactivate = page.getByRole("button", { name: "Reactivate Olu Officer" });
    expect(await reactivate.evaluate((button) => button === document.activeElement)).toBe(true);
    await shoot(page, "33-admin-deactivated");
    expect(await accessibilityProblems(page)).toEqual([]);
    await reactivate.click();
    await page.getByRole("button", { name: "Yes, reactivate" }).click();
    await page.getByText("Olu Officer is active again and can sign in.").waitFor();
    await context.close();

    const visitor = await stack.browser.newPage({ viewport: WIDE });
    await visitor.goto(`${stack.chorus.url}/reports`);
    await visitor.getByLabel("Email address").fill("someone@council.example");
    const go = visitor.getByRole("button", { name: "Continue with your council account" });
    await go.waitFor();
    expect(await visitor.getByLabel("Password").count()).toBe(0);
    await shoot(visitor, "30-sign-in-sso");
    await go.click();
    await visitor.getByText("Your council's sign-in service didn't answer").waitFor();
    expect(new URL(visitor.url()).search).toBe("");
    await shoot(visitor, "31-sign-in-sso-error");
    await visitor.close();
  });
});
