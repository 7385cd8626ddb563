/**
 * Issue 13, items 11 and 12 on the real stack. An officer makes three invite links, revokes one,
 * downloads the list as CSV; the child holding the revoked link is told kindly it no longer
 * works. An admin puts up the council's logo, and the officer's poster shows it with the
 * survey's title in Arabic, right to left, on screen and in print.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { samplePng } from "../packages/core/src/org/sample-logo.js";
import { accessibilityProblems, apiSession, noBrowser, shoot, watchErrors } from "./browser";
import { parseCsv } from "./csv";
import { signInOnPage, useStack } from "./stack";

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

describe.skipIf(noBrowser)("invite links and posters", () => {
  const stack = useStack();

  async function signedIn(email: string, path: string) {
    const context = await stack.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${stack.chorus.url}${path}`);
    await signInOnPage(page, email);
    return { context, page };
  }

  /** axe at the phone, tablet and desktop sizes, each finding named with its size. */
  async function a11yEverywhere(page: Page, name: string) {
    const found: string[] = [];
    for (const size of VIEWPORTS) {
      await page.setViewportSize(size);
      if (size.width < 1280)
        await shoot(page, `links13-${name.replaceAll(" ", "-")}-${size.width}`);
      for (const problem of await accessibilityProblems(page)) {
        found.push(`${name} ${size.width}: ${problem}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    return found;
  }

  it("makes three links, revokes one, downloads them, and the revoked one turns its child away kindly", async () => {
    const { context, page } = await signedIn(
      "officer@demo.chorus.test",
      "/studio/srv_demo_life811/distribute",
    );
    const errors = watchErrors(page, [401]);
    const card = page.locator(".code-card").filter({ hasText: "DEMO811" });
    await card.getByText("Single-use invite links").click();
    await card.getByLabel("Private labels, one a line (one link each)").fill("Ayesha\nBen\nCara");
    await card.getByRole("button", { name: "Make links" }).click();
    await card.getByText("New links").waitFor();
    const urlOf = async (label: string) =>
      (await card.locator(".invites li").filter({ hasText: label }).locator("code").textContent())!;
    const ben = await urlOf("Ben");
    const ayesha = await urlOf("Ayesha");
    const table = card.locator(".invites-table");
    for (const label of ["Ayesha", "Ben", "Cara"]) {
      await table.getByRole("row").filter({ hasText: label }).getByText("Not used yet").waitFor();
    }

    await card.getByRole("button", { name: "Revoke Ben's link" }).click();
    await card.getByRole("button", { name: "Yes, revoke it" }).click();
    await table.getByRole("row").filter({ hasText: "Ben" }).getByText("Revoked").waitFor();
    expect(await card.getByRole("button", { name: /^Revoke/ }).count()).toBe(2);
    await card.locator(".invites-table").scrollIntoViewIfNeeded();
    await shoot(page, "links13-invite-list");

    const downloading = page.waitForEvent("download");
    await card.getByRole("link", { name: "Download as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("invite-links-DEMO811.csv");
    const rows = parseCsv(
      (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, ""),
    );
    expect(rows[0]).toEqual([
      "Private label",
      "Status",
      "Made on",
      "Used on",
      "Revoked on",
      "Link",
    ]);
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row("Ayesha").slice(1, 2)).toEqual(["Not used yet"]);
    expect(row("Ayesha")[5]).toBe(ayesha);
    expect(row("Ben")[1]).toBe("Revoked");
    expect(row("Ben")[5]).toBe("");
    expect(row("Cara")[5]).toMatch(/\/i\/[\w-]{24}$/);

    const problems = await a11yEverywhere(page, "invite links");
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // The child holding Ben's link, and the one holding Ayesha's.
    const child = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await child.newPage();
    await phone.goto(ben);
    await phone.getByText("This link no longer works. Ask your worker for a new one.").waitFor();
    expect(await phone.getByText(/revoked|cancelled|stopped/i).count()).toBe(0);
    await shoot(phone, "links13-revoked-link-child");
    await phone.goto(ayesha);
    await phone
      .getByRole("button", { name: /Start|Next|Continue/ })
      .first()
      .waitFor();
    await child.close();

    // Every action is in the audit log, with how many and never a link's token.
    const admin = await apiSession(stack.chorus.url, "admin@demo.chorus.test");
    const { entries } = await admin.get<{ entries: { action: string }[] }>(
      "/api/admin/audit?action=invite",
    );
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["invites.created", "invite.revoked", "invites.exported"]),
    );
    const token = ben.split("/").pop()!;
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it("puts up the council's logo, and the poster shows it with the title in Arabic, right to left", async () => {
    const { context, page } = await signedIn("admin@demo.chorus.test", "/admin/org");
    const errors = watchErrors(page, [401]);
    await page.getByRole("heading", { name: "Council name and logo", level: 1 }).waitFor();
    await page.getByLabel("Choose a logo").setInputFiles({
      name: "council-logo.png",
      mimeType: "image/png",
      buffer: samplePng(360, 96, [0, 94, 84]),
    });
    await page.getByText("Logo saved. Posters show it from now on.").waitFor();
    await page.getByRole("img", { name: "Demo Council logo" }).waitFor();
    await shoot(page, "links13-admin-logo");
    expect(await a11yEverywhere(page, "org settings")).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const officer = await signedIn(
      "officer@demo.chorus.test",
      "/studio/srv_demo_allages/poster/dst_seedDEMOALL",
    );
    const poster = officer.page.getByRole("article", { name: "Poster" });
    await poster.getByRole("heading", { name: "All about me" }).waitFor();
    await officer.page.getByLabel("Language of the survey's title").selectOption("ar");
    const title = poster.getByRole("heading", { level: 1 });
    await title.getByText("كل شيء عنّي").waitFor();
    expect(await title.getAttribute("dir")).toBe("rtl");
    expect(await title.getAttribute("lang")).toBe("ar");
    expect(await poster.getByTestId("poster-council").textContent()).toBe("Demo Council");
    const logo = poster.locator(".poster-council img");
    await logo.waitFor();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      360,
    );
    expect(await a11yEverywhere(officer.page, "poster")).toEqual([]);
    await shoot(officer.page, "links13-poster");

    // Print preview: only the poster, logo and all.
    await officer.page.emulateMedia({ media: "print" });
    expect(await logo.isVisible()).toBe(true);
    expect(await officer.page.getByRole("button", { name: "Print the poster" }).isVisible()).toBe(
      false,
    );
    await shoot(officer.page, "links13-poster-print");
    await officer.context.close();
  });
});
