/**
 * The admin's "Keeping data" page: the retention periods shown with their defaults, a bad value
 * refused beside its field and focused, a good one saved; usable at phone, tablet and desk sizes.
 */
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { signInOnPage, useStack } from "./stack";

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

describe.skipIf(noBrowser)("keeping data", () => {
  const stack = useStack();

  it("shows the periods, refuses a bad one beside its field and saves a good one", async () => {
    const context = await stack.browser.newContext({ viewport: SIZES[0] });
    const page = await context.newPage();
    // A 401 before signing in and the refused save are expected; nothing else is.
    const errors = watchErrors(page, [400, 401]);
    await page.goto(`${stack.chorus.url}/admin/retention`);
    await signInOnPage(page, "admin@demo.chorus.test");
    await page.getByRole("heading", { name: "Keeping data", level: 1 }).waitFor();
    const answers = page.getByLabel("Children's answers (months)");
    expect(await answers.inputValue()).toBe("24");
    for (const size of SIZES) {
      await page.setViewportSize(size);
      expect(await accessibilityProblems(page)).toEqual([]);
    }

    await answers.fill("6");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("The settings weren't saved").waitFor();
    await page.getByText("Use 12 to 120 months.").waitFor();
    expect(await answers.getAttribute("aria-invalid")).toBe("true");
    expect(await answers.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);

    await answers.fill("36");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved. The next nightly purge uses them.").waitFor();
    await shoot(page, "60-admin-retention");
    await page.reload();
    await page.getByRole("heading", { name: "Keeping data", level: 1 }).waitFor();
    expect(await page.getByLabel("Children's answers (months)").inputValue()).toBe("36");
    expect(errors).toEqual([]);
    await context.close();
  });
});
