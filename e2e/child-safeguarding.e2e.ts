/**
 * A child who may not be safe is heard, and told so: a "No" to feeling safe and a worry end on
 * the help screen, not the smiley thank-you; "Tell my worker" with a first name reaches the
 * safeguarding lead even when the tab is closed straight after pressing it. Checked against the
 * real local stack, the alerts read through the API as the safeguarding lead.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Keys } from "../packages/core/src/db/keys.js";
import { Effects, Response } from "../packages/core/src/index.js";
import { Demo } from "../packages/core/src/local.js";
import { accessibilityProblems, apiSession, noBrowser, shoot, watchErrors } from "./browser";
import { useStack } from "./stack";

const SURVEY = "srv_demo_life811";
type Detail = {
  alert: { reasons: { kind: string }[]; severity: string; contact?: Record<string, string> };
};

describe.skipIf(noBrowser)("a child who may not be safe", () => {
  const stack = useStack();

  const newPage = async () => {
    const context = await stack.browser.newContext({ viewport: { width: 768, height: 1024 } });
    return { context, page: await context.newPage() };
  };

  const lead = () => apiSession(stack.chorus.url, "safeguarding@demo.chorus.test");

  /**
   * The alert raised for a response or help request, read as the lead: its id is fixed by the
   * record's key. Polls (no fixed sleep) until it is there.
   */
  async function alertFor(key: { pk: string; sk: string }): Promise<Detail["alert"]> {
    const session = await lead();
    const path = `/api/safeguarding/alerts/alr_${Effects.ref(key)}`;
    for (;;) {
      const detail = await session.get<Detail>(path).catch(() => undefined);
      if (detail) return detail.alert;
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  async function open(page: Page) {
    await page.goto(`${stack.chorus.url}/s/DEMO811`);
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radiogroup").waitFor();
  }

  it("answers No to feeling safe, writes a worry, and is shown the help screen with Childline", async () => {
    const { context, page } = await newPage();
    const errors = watchErrors(page);
    await open(page);
    await page.getByRole("button", { name: "Skip" }).click();
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: "Skip" }).click();
    await page.getByRole("textbox").fill("my dad hits me when he is angry");
    await page.getByRole("button", { name: /^Finish/ }).click();
    const sent = page.waitForRequest((request) => request.url().endsWith("/responses"));
    await page.getByRole("button", { name: "Send my answers" }).click();
    const responseId = (await sent).postDataJSON().id as string;

    await page.getByRole("heading", { name: "We heard you" }).waitFor();
    const help = page.getByRole("complementary", { name: "People who can help now" });
    expect(await help.getByRole("link", { name: /0800\s1111/ }).getAttribute("href")).toBe(
      "tel:08001111",
    );
    expect(await help.getByRole("link", { name: "999" }).getAttribute("href")).toBe("tel:999");
    expect(await page.getByText("A worker will read this soon").count()).toBe(1);
    // Never the smiley thank-you everyone else gets.
    expect(await page.getByRole("heading", { name: "Thank you!" }).count()).toBe(0);
    await shoot(page, "40-help-screen");
    expect(await accessibilityProblems(page)).toEqual([]);

    const alert = await alertFor(Keys.response(Demo.ORG_ID, SURVEY, Response.storedId(responseId)));
    expect(alert.reasons.map((r) => r.kind).sort()).toEqual(["answer", "text"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Tell my worker" with a first name reaches the lead after the tab is closed at once', async () => {
    const { context, page } = await newPage();
    await open(page);
    await page.getByRole("button", { name: "I'm worried" }).click();
    await page.getByText("Your name will go with this message so a worker can find you.").waitFor();
    await page.getByLabel("Your first name").fill("Robin");
    await page.getByLabel("Your worker's name").fill("Jo Bloggs");
    await shoot(page, "41-tell-my-worker-form");
    expect(await accessibilityProblems(page)).toEqual([]);

    // The request never gets out before the tab is closed: only the outbox can save it. The
    // network is gone at the press (held routes can still let a request through as the page
    // closes), then the tab is closed.
    await context.setOffline(true);
    const asked = page.waitForRequest((request) => request.url().endsWith("/help"));
    await page.getByRole("button", { name: "Tell my worker" }).click();
    const helpId = (await asked).postDataJSON().id as string;
    await page.close();
    // Nothing reached the server: there is no alert for it yet.
    // Stored under a hash of the device id, never the time-bearing id itself.
    const key = Keys.helpRequest(Demo.ORG_ID, SURVEY, Response.storedId(helpId));
    await expect(
      (await lead()).get(`/api/safeguarding/alerts/alr_${Effects.ref(key)}`),
    ).rejects.toThrow(/answered 404/);

    // The next time the tablet opens Chorus, online, whatever page, the outbox sends it.
    await context.setOffline(false);
    const later = await context.newPage();
    await later.goto(stack.chorus.url);
    expect(await alertFor(key)).toMatchObject({
      severity: "urgent",
      reasons: [{ kind: "tellMyWorker" }],
      contact: { firstName: "Robin", workerName: "Jo Bloggs" },
    });
    await context.close();
  });

  it("says honestly, offline, that the message will go when the tablet is online", async () => {
    const { context, page } = await newPage();
    await open(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "I'm worried" }).click();
    await page.getByRole("button", { name: "Tell my worker" }).click();
    await page.getByText("Saved on this tablet. It will go to a worker as soon as").waitFor();
    await page.getByRole("button", { name: "Close" }).click();
    while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
      await page.getByRole("button", { name: "Skip" }).click();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "We heard you" }).waitFor();
    await page.getByText("It will be sent as soon as the tablet is online").waitFor();
    await shoot(page, "42-help-screen-offline");
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});
