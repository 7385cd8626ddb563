/**
 * Issue 13, items 7, 8 and 10 as an officer (no leader role) meets them: starting a survey from
 * a template under a name for staff, seeing how its hand-out is going on the studio's front page
 * once a child answers, and a publish confirmation that names the new version and what changed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityProblems, noBrowser, shoot, watchErrors } from "./browser";
import { draftSaved, newSurvey, signInOnPage, useStack } from "./stack";

const NAME = "Life in care – Year 9, spring";
const RENAMED = "Life in care – Year 9, spring 2027";
const EDITED = "How do you feel about the home you live in now?";
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** A request from the page, as the web app makes it (same origin, with the session cookie). */
async function fetchJson(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { method, path, body },
  );
}

describe.skipIf(noBrowser)("the studio's dashboard, names for staff and publishing", () => {
  const stack = useStack();

  it("names a survey, shows its responses per code, and confirms what publishing changes", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    const a11y: string[] = [];
    const everySize = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const problem of await accessibilityProblems(page)) {
          a11y.push(`${name} ${size.width}: ${problem}`);
        }
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await page.goto(`${stack.chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");

    // A template asks for a name staff will know the survey by, suggesting one.
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await page.getByRole("button", { name: "New survey" }).click();
    await page
      .getByRole("button", { name: /^Use this template\s+for My life in care \(8 to 11\)$/ })
      .click();
    const suggested = await page.getByLabel("Name for staff").inputValue();
    expect(suggested).toMatch(/^My life in care \(8 to 11\) – [A-Z][a-z]+ \d{4}$/);
    await everySize("name-step");
    await shoot(page, "13-studio-name-step");
    const surveyId = await newSurvey(page, NAME);
    await page.getByText("Children see “My life in care”").waitFor();

    // Publishing for the first time says what children will get, then there is nothing more.
    await page.getByRole("link", { name: "Publish" }).click();
    await page.getByRole("button", { name: "Publish version 1…" }).click();
    const first = page.getByRole("dialog", { name: "Publish version 1?" });
    await first.getByText(/^Version 1 is the first children get: \d+ questions/).waitFor();
    await first.getByRole("button", { name: "Publish version 1" }).click();
    await page.getByText(/Nothing has changed since version 1\./).waitFor();
    expect(await page.getByRole("button", { name: /^Publish version/ }).count()).toBe(0);

    // Hand it out under two codes; a child answers through the first.
    const codes: string[] = [];
    for (const label of ["Council meeting", "Home visits"]) {
      const made = await fetchJson(page, "POST", `/api/surveys/${surveyId}/distributions`, {
        id: `dst_e2edash${label.length}${codes.length}x`,
        label,
        cohort: "children-in-care",
      });
      expect(made.status).toBe(201);
      codes.push(made.json.distribution.code);
    }
    const child = await (await stack.browser.newContext()).newPage();
    await child.goto(`${stack.chorus.url}/`);
    const answered = await child.evaluate(
      async ({ code }) => {
        const now = new Date().toISOString();
        // A UUIDv7 as a device makes one: its clock, then random bits.
        const clock = Date.now().toString(16).padStart(12, "0");
        const random = crypto.getRandomValues(new Uint8Array(6));
        const tail = [...random].map((b) => b.toString(16).padStart(2, "0")).join("");
        const id = `${clock.slice(0, 8)}-${clock.slice(8)}-7000-8000-${tail}`;
        const response = await fetch(`/api/s/${code}/responses`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            id,
            language: "en",
            ageBand: "8-11",
            startedAt: now,
            submittedAt: now,
            answers: { "feel-safe": "yes" },
          }),
        });
        return response.status;
      },
      { code: codes[0] },
    );
    expect(answered).toBe(201);
    await child.context().close();

    // The front page shows how the hand-out is going, by the name for staff.
    await page.goto(`${stack.chorus.url}/studio`);
    const card = page.locator("li.survey-card", {
      has: page.getByRole("link", { name: NAME, exact: true }),
    });
    await card.waitFor();
    expect(await card.locator(".total").textContent()).toBe("1 response");
    const rows = card.getByRole("table", { name: `Codes for ${NAME}` }).getByRole("row");
    await expect
      .poll(async () =>
        (await rows.allTextContents()).map((row) => row.replace(/\s+/g, " ").trim()),
      )
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${codes[0]}Council meetingOpen1$`)),
          expect.stringMatching(new RegExp(`^${codes[1]}Home visitsOpen0$`)),
        ]),
      );
    await shoot(page, "13-studio-dashboard-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "13-studio-dashboard-390");
    await page.setViewportSize({ width: 1280, height: 800 });
    await everySize("dashboard");

    // Renamed in its details; the list follows.
    await card.getByRole("link", { name: NAME, exact: true }).click();
    const name = page.getByLabel("Name for staff");
    await name.fill(RENAMED);
    await name.press("Tab");
    await page.getByText("Name saved.").waitFor();
    await page.getByRole("heading", { name: RENAMED, level: 1 }).waitFor();

    // An edit: the publish confirmation names version 2 and the changed question.
    await page.locator("#card-home-feel [data-field=prompt]").fill(EDITED);
    await draftSaved(page);
    await page.getByRole("link", { name: "Publish" }).click();
    await page.getByRole("button", { name: "Publish version 2…" }).click();
    const second = page.getByRole("dialog", { name: "Publish version 2?" });
    await second.getByText("1 question changed").waitFor();
    await second.getByText(`“${EDITED}”`).waitFor();
    await second.getByText("Answers already given stay with version 1.").waitFor();
    await everySize("publish-dialog");
    await shoot(page, "13-studio-publish-dialog");
    await second.getByRole("button", { name: "Publish version 2" }).click();
    await page.getByText(/Nothing has changed since version 2\./).waitFor();
    // Publishing again when nothing changed offers no button, so makes no third version.
    expect(await page.getByRole("button", { name: /^Publish version/ }).count()).toBe(0);

    await page.goto(`${stack.chorus.url}/studio`);
    const renamed = page.locator("li.survey-card", {
      has: page.getByRole("link", { name: RENAMED, exact: true }),
    });
    await renamed.getByText("Children get version 2").waitFor();

    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
