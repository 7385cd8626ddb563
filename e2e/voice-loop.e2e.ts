/**
 * The whole loop of issue 11 on the real stack and the demo council's "Your voice" survey: a
 * participation lead filters the report by age band, reads a theme, approves a quote, sees it in
 * the report, exports CSV and XLSX, prints, records and publishes a "You said, we did" action;
 * then a child answers the survey and sees that action on the thank-you screen.
 *
 * Approving quotes is an officer's job and reading reports a leader's. In a council one
 * participation lead often does both, and Chorus lets a person hold several roles, so the admin
 * invites such a person here (as an admin would) and the journey follows them through both areas
 * in one sign-in, moving between them by the staff bar's links. Signing in twice as two people
 * would hide whether the two areas work together for one person.
 *
 * Tests start with the small demo seed, whose surveys have no age bands; the journey adds the
 * two-wave "Your voice" demo (what `pnpm start` adds), whose themes already have 8 or more
 * answers in each band, so no answers need sending before the quote shows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createDb } from "@chorus/core";
import { Demo } from "@chorus/core/local";
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
import { parseCsv } from "./csv";
import { signInOnPage, useStack } from "./stack";

const LEAD = { email: "pat@demo.chorus.test", name: "Pat Participation" };
const PASSWORD = "a long passphrase for the voice loop";
const SURVEY = "srv_demo_voice";
const SAID = "You said school is hard when you move home.";
const DID = "Your school place is now kept when you move, unless you choose to change.";

/** The admin invites someone who is both officer and leader; they choose a password. */
async function inviteLead(baseUrl: string) {
  const admin = await apiSession(baseUrl, "admin@demo.chorus.test");
  const { link } = await admin.post<{ link: string }>("/api/admin/staff", {
    ...LEAD,
    roles: ["officer", "leader"],
  });
  const set = await fetch(`${baseUrl}/api/auth/set-password`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ token: link.split("#")[1], password: PASSWORD }),
  });
  expect(set.status).toBe(200);
}

/** Every count a report shows: 0, "fewer than 8", or a multiple of 5 from 10 up. */
const CONTROLLED = /^(0|fewer than 8|[1-9]\d*[05])$/;

/** The counts in the CSV's tables, by the columns named "Count" or "Answers". */
function csvCounts(text: string): string[] {
  const counts: string[] = [];
  let columns: number[] = [];
  for (const row of parseCsv(text)) {
    if (row.length <= 1) {
      columns = [];
      continue;
    }
    const heads = row
      .map((cell, i) => (/^(Count|Answers|Responses matching the filters)$/.test(cell) ? i : -1))
      .filter((i) => i >= 0);
    if (heads.length > 0) {
      columns = heads;
      continue;
    }
    for (const i of columns) counts.push(row[i] ?? "");
  }
  return counts;
}

/** The report's theme card for a theme. */
const themeCard = (page: Page, name: string) => page.getByRole("article", { name, exact: true });

describe.skipIf(noBrowser)("the voice loop", () => {
  const stack = useStack();

  it("from a filtered report to a child seeing what was done", async () => {
    const base = stack.chorus.url;
    const db = createDb({ table: "chorus", endpoint: stack.chorus.endpoint });
    expect(await Demo.seedWaves(db)).toBe(true);
    db.doc.destroy();
    await inviteLead(base);
    const context = await stack.browser.newContext({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    await page.goto(`${base}/reports`);
    await signInOnPage(page, LEAD.email, PASSWORD);
    // One person, both areas: the staff bar opens the studio and the reports.
    const areas = page.getByRole("navigation", { name: "Staff areas" });
    await areas.getByRole("link", { name: "Reports" }).waitFor();
    expect(await areas.getByRole("link", { name: "Studio" }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Filter by age band.
    await page.getByRole("link", { name: "Your voice" }).first().click();
    await page.getByRole("heading", { name: "Your voice", level: 1 }).waitFor();
    await page.getByLabel("Age band", { exact: true }).selectOption("12-17");
    await page.waitForURL(/\?band=12-17$/);
    await page
      .locator(".report > .scope")
      .getByText(/^Ages 12 to 17/)
      .waitFor();

    // Read a theme: its words and its count, the same the API gives a leader for that band.
    const leader = await apiSession(base, LEAD.email, PASSWORD);
    type Report = { themes: { id: string; count: number | null; quotes: { text: string }[] }[] };
    const before = await leader.get<Report>(`/api/reports/surveys/${SURVEY}?band=12-17`);
    const schoolCount = before.themes.find((theme) => theme.id === "school")?.count;
    expect(schoolCount).toBeGreaterThanOrEqual(10);
    const school = themeCard(page, "School");
    await school.scrollIntoViewIfNeeded();
    const numbers = (await school.locator(".theme-numbers").textContent()) ?? "";
    expect(numbers).toMatch(
      new RegExp(`^${schoolCount} answers \\(\\d+(\\.\\d)?% of those who wrote\\)$`),
    );
    expect(await school.locator(".theme-words").textContent()).toContain("school, skool");
    await school.getByText("No quotes approved for this theme yet.").waitFor();
    // A theme too small to count ("Being listened to" among 12 to 17s) says so, with no number.
    const small = before.themes.find((theme) => theme.id === "being-listened-to");
    expect(small?.count).toBeNull();
    expect(await themeCard(page, "Being listened to").locator(".theme-numbers").textContent()).toBe(
      "fewer than 8 answers",
    );
    await shoot(page, "loop-01-report-band");
    expect(await accessibilityProblems(page)).toEqual([]);

    // Approve a quote: the studio's themes tab, same band, the first candidate about school.
    await areas.getByRole("link", { name: "Studio" }).click();
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await page.goto(`${base}/studio/${SURVEY}/themes`);
    await page.getByRole("heading", { name: "Themes", level: 2 }).waitFor();
    await page.getByLabel("Age band").selectOption("12-17");
    await page.getByRole("button", { name: "Show these answers" }).click();
    const panel = page
      .locator("section.theme")
      .filter({ has: page.getByRole("heading", { name: /^School/, level: 3 }) });
    const candidate = panel.locator(".candidate").first();
    await candidate.waitFor();
    await candidate.getByRole("button", { name: "Approve" }).click();
    await page.getByRole("status").getByText("Quote approved.").waitFor();
    await panel.locator(".approved blockquote").first().waitFor();
    await shoot(page, "loop-02-quote-approved");
    const view = await leader.get<{ themes: { id: string; approved: { text: string }[] }[] }>(
      `/api/surveys/${SURVEY}/themes`,
    );
    const approved = view.themes.find((theme) => theme.id === "school")?.approved ?? [];
    expect(approved).toHaveLength(1);
    const quote = approved[0]!.text;

    // Back in the report, the quote is under the theme, which has 8 or more answers.
    await page.goto(`${base}/reports/${SURVEY}?band=12-17`);
    await page.getByRole("heading", { name: "Your voice", level: 1 }).waitFor();
    await themeCard(page, "School").getByRole("blockquote").getByText(quote).waitFor();
    await shoot(page, "loop-03-report-quote");
    await themeCard(page, "School").screenshot({ path: join(SHOTS_DIR, "loop-03-theme.png") });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Export CSV and XLSX with the band filter; every count in the CSV is controlled.
    const files: Record<string, Buffer> = {};
    for (const [button, ext] of [
      ["Download CSV", "csv"],
      ["Download Excel (XLSX)", "xlsx"],
    ] as const) {
      const downloading = page.waitForEvent("download");
      const asking = page.waitForRequest((request) => request.url().includes(`/export.${ext}`));
      await page.getByRole("button", { name: button }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^Your-voice-.*\\.${ext}$`));
      expect((await asking).url()).toMatch(new RegExp(`/export\\.${ext}\\?band=12-17$`));
      files[ext] = await readFile((await download.path())!);
    }
    expect(files.xlsx!.subarray(0, 2).toString()).toBe("PK");
    const csv = files.csv!.toString("utf8");
    expect(csv).toContain("Age band 12-17");
    const counts = csvCounts(csv);
    expect(counts.length).toBeGreaterThan(10);
    for (const count of counts) expect(count).toMatch(CONTROLLED);
    expect(counts).toContain("fewer than 8");
    const schoolRow = parseCsv(csv).find((row) => row[0] === "School");
    expect(schoolRow?.[1]).toBe(String(schoolCount));
    expect(schoolRow?.join(",")).toContain(quote);

    // Print: the cover names the council and carries the method note.
    await page.emulateMedia({ media: "print" });
    const cover = page.locator(".print-cover");
    await cover.getByText("Demo Council").waitFor();
    expect(await cover.textContent()).toContain("groups of fewer than 8 children are shown as");
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    // The report itself prints, not only its cover.
    expect(await themeCard(page, "School").getByText(quote).isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot(page, "loop-04-report-print");
    // The cover, the first printed page.
    const a4 = { x: 0, y: 0, width: 794, height: 1123 };
    await page.screenshot({ path: join(SHOTS_DIR, "loop-04-print-cover.png"), clip: a4 });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.emulateMedia({ media: "screen" });

    // Record and publish "You said, we did" for this survey.
    await page.goto(`${base}/reports/actions`);
    await page.getByRole("heading", { name: "You said, we did", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Add an action" }).click();
    await page.getByRole("textbox", { name: "You said", exact: true }).fill(SAID);
    await page.getByLabel("We did (or will do)").fill(DID);
    await page.getByLabel("Who owns it").fill("Virtual School Head");
    await page.getByRole("radio", { name: "Done" }).check();
    await page.getByLabel("Survey", { exact: true }).selectOption({ label: "Your voice" });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Save action" }).click();
    await page.getByRole("status").getByText(`Saved “${SAID}”.`).waitFor();
    await page.getByRole("button", { name: `Publish: ${SAID}` }).click();
    await page.getByRole("status").getByText("Published: children see it now.").waitFor();
    await page.getByRole("button", { name: `Unpublish: ${SAID}` }).waitFor();
    await shoot(page, "loop-05-action-published");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // A child answers "Your voice" and, thanked, sees what was done.
    const child = await stack.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const tablet = await child.newPage();
    const childErrors = watchErrors(tablet);
    await tablet.goto(`${base}/s/VOICEAUT26`);
    await tablet.getByRole("button", { name: "English" }).click();
    await tablet.getByRole("radio", { name: /12 to 17/ }).check();
    await tablet.getByRole("button", { name: /Next/ }).click();
    await tablet.getByRole("button", { name: /Start/ }).click();
    // One question a screen; each step waits for its question, so none is skipped by a race.
    const question = (prompt: string) => tablet.getByText(prompt).first().waitFor();
    await question("How happy are you with your life at the moment?");
    await tablet.getByRole("radio", { name: "Good", exact: true }).check();
    await tablet.getByRole("button", { name: /Next/ }).click();
    await question("How safe do you feel where you live?");
    await tablet.getByRole("button", { name: "Skip" }).click();
    await question("Is there an adult you trust that you can talk to?");
    await tablet.getByRole("radio", { name: "Yes", exact: true }).check();
    await tablet.getByRole("button", { name: /Next/ }).click();
    await question("If you could change one thing, what would it be?");
    await tablet.getByRole("textbox").fill("More help with homework at school");
    await tablet.getByRole("button", { name: /Next|Finish/ }).click();
    await tablet.getByRole("heading", { name: "Ready to send?" }).waitFor();
    await tablet.getByRole("button", { name: "Send my answers" }).click();
    await tablet.getByRole("heading", { name: "Thank you!" }).waitFor();
    const said = tablet.getByRole("region", { name: "You said, we did" });
    await said.getByText(SAID).waitFor();
    await said.getByText(DID).waitFor();
    await shoot(tablet, "loop-06-child-thank-you");
    expect(await accessibilityProblems(tablet)).toEqual([]);
    expect(childErrors).toEqual([]);
    await child.close();
  });
});
