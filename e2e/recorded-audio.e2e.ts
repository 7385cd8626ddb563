/**
 * Recorded audio, end to end: an officer uploads a small WAV for a question in Polish beside its
 * words in the studio, publishes, and a child who chooses Polski presses "read the question
 * aloud": the page plays that recording (its audio element's source and played time are checked,
 * not sound). Screens are checked with axe at three sizes and screenshotted.
 */

import { join } from "node:path";
import { sampleWav } from "@chorus/core/local";
import { describe, expect, it } from "vitest";
import { words as pl } from "../web/src/pages/child/words-pl";
import { accessibilityProblems, noBrowser, SHOTS_DIR, shoot, watchErrors } from "./browser";
import { publishDraft, signInOnPage, useStack } from "./stack";

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const PROMPT = "How do you feel about where you live now?";

describe.skipIf(noBrowser)("a recording in place of the tablet's voice", () => {
  const stack = useStack();

  it("is uploaded for a Polish question, published, and played to a child who chose Polski", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page, [401]);
    const a11y: string[] = [];
    const atEverySize = async (name: string, on = page) => {
      for (const size of SIZES) {
        await on.setViewportSize(size);
        for (const problem of await accessibilityProblems(on))
          a11y.push(`${name} ${size.width}: ${problem}`);
      }
    };
    await page.goto(`${stack.chorus.url}/studio`);
    await signInOnPage(page, "officer@demo.chorus.test");
    await page.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();

    // A survey already translated into Polish (the translating itself is another journey's).
    const surveyId = "srv_audiojourney01";
    await page.evaluate(async (id) => {
      const send = (method: string, path: string, body: unknown) =>
        fetch(path, {
          method,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const created = await send("POST", "/api/surveys", {
        id,
        templateId: "my-life-in-care-8-11",
        staffName: "Recorded audio journey",
      });
      const definition = created.draft.definition;
      const polish = (value: unknown): void => {
        if (!value || typeof value !== "object") return;
        const record = value as Record<string, unknown>;
        if (typeof record.en === "string") record.pl = `PL: ${record.en}`;
        else for (const inner of Object.values(record)) polish(inner);
      };
      polish(definition);
      definition.languages = ["en", "pl"];
      const saved = await send("PUT", `/api/surveys/${id}/draft`, {
        revision: created.draft.revision,
        definition,
      });
      if (!saved.draft) throw new Error(JSON.stringify(saved));
    }, surveyId);

    await page.goto(`${stack.chorus.url}/studio/${surveyId}`);
    await page.getByRole("link", { name: "Translations" }).click();
    await page.getByRole("heading", { name: "Translate here" }).waitFor();
    const pair = page
      .locator("li.pair")
      .filter({ has: page.locator(".pair-kind", { hasText: /^Question$/ }) })
      .filter({ hasText: PROMPT })
      .first();
    await pair.scrollIntoViewIfNeeded();
    await pair.getByLabel(/^Add a recording in Polish/).setInputFiles({
      name: "pytanie.wav",
      mimeType: "audio/wav",
      buffer: Buffer.from(sampleWav()),
    });
    const saved = pair.getByLabel("Recording of the question in Polish");
    await saved.waitFor();
    await pair.getByText(/^Saved\. Children choosing Polish hear it once you publish\./).waitFor();
    expect(await pair.getByLabel(/^Replace the recording in Polish/).count()).toBe(1);
    await shoot(page, "95-studio-recording");
    // The whole page is long; this is the string with its recording, close up.
    await pair.screenshot({ path: join(SHOTS_DIR, "95-studio-recording-close.png") });
    await atEverySize("studio recording");
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("link", { name: "Publish" }).click();
    await publishDraft(page);
    await page.getByText(/Nothing has changed since version 1\./).waitFor();
    const code = await page.evaluate(async (id) => {
      const handed = await fetch(`/api/surveys/${id}/distributions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          id: "dst_audiojourney01",
          label: "Audio journey",
          cohort: "children-in-care",
        }),
      }).then((r) => r.json());
      if (!handed.distribution) throw new Error(JSON.stringify(handed));
      return handed.distribution.code as string;
    }, surveyId);

    // The child, on a phone, in Polish.
    const child = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tablet = await child.newPage();
    const childErrors = watchErrors(tablet);
    await tablet.goto(`${stack.chorus.url}/s/${code}`);
    // Once the service worker has the page, opening the survey keeps its recordings offline.
    await tablet.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await tablet.reload();
    await tablet.getByRole("button", { name: "Polski" }).click();
    await tablet.getByRole("button", { name: new RegExp(pl.start ?? "") }).click();
    await tablet.getByRole("heading", { name: `PL: ${PROMPT}` }).waitFor();
    // The recording is fetched as the survey opens, so it plays offline too.
    await expect
      .poll(() =>
        tablet.evaluate(async () =>
          (await (await caches.open("chorus-surveys-v1")).keys()).some((request) =>
            /\/audio\/[0-9a-f]{64}$/.test(request.url),
          ),
        ),
      )
      .toBe(true);
    await tablet.getByRole("button", { name: pl.readQuestion }).click();
    const player = tablet.locator("audio.recording");
    expect(await player.getAttribute("src")).toMatch(/^blob:/);
    await expect
      .poll(() =>
        player.evaluate((el: HTMLAudioElement) => el.played.length > 0 && el.currentTime > 0),
      )
      .toBe(true);
    // Played, so no "can't read aloud" message.
    expect((await tablet.locator(".speech-problem").textContent())?.trim()).toBe("");
    await shoot(tablet, "96-child-recording-playing");
    await atEverySize("child question with recording", tablet);

    // Moving on stops it.
    await tablet.getByRole("button", { name: pl.skip ?? "", exact: true }).click();
    await expect.poll(() => tablet.locator("audio.recording").getAttribute("src")).toBeNull();

    expect(a11y).toEqual([]);
    expect(errors).toEqual([]);
    expect(childErrors).toEqual([]);
    await child.close();
    await context.close();
  }, 240_000);
});
