/**
 * Offline, exactly once: a tablet that opened a survey online can open it again with no network,
 * a child can answer and send, the answers wait on the tablet through a reload, and when the
 * network returns exactly one response reaches the server, however many times it is sent.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { uuidv7 } from "../web/src/uuidv7";
import {
  accessibilityProblems,
  launchWithProfile,
  noBrowser,
  responseCount,
  shoot,
  watchErrors,
} from "./browser";
import { useStack } from "./stack";

const OUTBOX_DB = "chorus-outbox";

describe.skipIf(noBrowser)("offline, exactly once", () => {
  const stack = useStack();
  const demo811Count = () => responseCount(stack.chorus.url, (s) => s.code === "DEMO811");

  const newPage = async () => {
    const context = await stack.browser.newContext({ viewport: { width: 768, height: 1024 } });
    return { context, page: await context.newPage() };
  };

  /**
   * Resolves once the service worker controls the page (it claims pages as it activates). The
   * check must be synchronous: waitForFunction takes a returned promise as a truthy answer.
   */
  const controlled = (page: Page) =>
    page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  /** How many responses the page's outbox holds, read straight from IndexedDB. */
  const queued = (page: Page) =>
    page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name, 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction("responses").objectStore("responses").count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        }),
      OUTBOX_DB,
    );

  /** Puts a response in the page's outbox the way the app stores it. */
  const enqueue = (page: Page, entry: { id: string; target: string; body: unknown }) =>
    page.evaluate(
      ({ name, entry }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, 1);
          open.onsuccess = () => {
            const transaction = open.result.transaction("responses", "readwrite");
            transaction
              .objectStore("responses")
              .put({ ...entry, attempts: 0, nextAttemptAt: 0, queuedAt: Date.now() });
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { name: OUTBOX_DB, entry },
    );

  /** The request failures Chromium logs while offline are the point of this journey. */
  const unexpected = (errors: string[]) =>
    errors.filter(
      (error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load/.test(error),
    );

  it("answers offline, keeps them through a reload, and sends them once when back online", async () => {
    const before = await demo811Count();
    const { context, page } = await newPage();
    const errors = watchErrors(page);
    const posts: number[] = [];
    context.on("response", (response) => {
      if (response.url().endsWith("/responses")) posts.push(response.status());
    });

    // The survey's own first screen; the code screen before it has a "Start" button too.
    const surveyOpen = () => page.getByRole("heading", { name: "My life in care" }).waitFor();
    await page.goto(`${stack.chorus.url}/s/DEMO811`);
    await surveyOpen();
    await controlled(page);
    // The survey was read before the worker took over; the page reads it again through it.
    const surveyCached = () =>
      page.evaluate(async () => {
        const cache = await caches.open("chorus-surveys-v1");
        return (await cache.keys()).some((request) => request.url.endsWith("/api/s/DEMO811"));
      });
    await expect.poll(surveyCached, { timeout: 30_000 }).toBe(true);

    await context.setOffline(true);
    // Offline must hold for the worker's own fetches too, or the rest would prove nothing.
    const probe = () =>
      fetch("/assets/not-cached.js").then(
        (response) => `answered ${response.status}`,
        () => "failed",
      );
    expect(await page.evaluate(probe)).toBe("failed");
    // A fresh load with no network: the shell, its files and the survey all come from the cache.
    await page.reload();
    await surveyOpen();
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("radio", { name: "OK", exact: true }).check();
    await page.getByRole("button", { name: /^Next/ }).click();
    while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
      await page.getByRole("button", { name: "Skip" }).click();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    await page.getByText("Your answers are saved on this tablet.").waitFor();
    await page.getByText("1 set of answers is waiting to be sent.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Thank you!");
    await shoot(page, "offline-01-saved-on-tablet");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await queued(page)).toBe(1);
    // Nothing was sent, and the draft went into the outbox rather than staying behind.
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).not.toContainEqual(
      expect.stringMatching(/^chorus\.draft/),
    );

    await page.getByRole("button", { name: "Finish" }).click();
    await page.getByText("1 set of answers is waiting to be sent.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Have your say" }).waitFor();
    await page.getByText("1 set of answers is waiting to be sent.").waitFor();
    await shoot(page, "offline-02-welcome-waiting");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await demo811Count()).toBe(before);

    await context.setOffline(false);
    // A tablet's browser says "online" when Wi-Fi returns; Playwright's emulation does not, so
    // the journey says it (without it the 15-second timer would send the answers instead).
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByText("All the answers saved on this tablet have been sent.").waitFor();
    await shoot(page, "offline-03-all-sent");
    expect(await queued(page)).toBe(0);
    expect(posts).toEqual([201]);
    expect(await demo811Count()).toBe(before + 1);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("keeps the answers through a browser restart and sends them once when it starts online", async () => {
    const before = await demo811Count();
    const profile = await mkdtemp(join(tmpdir(), "chorus-tablet-"));
    const viewport = { width: 768, height: 1024 };
    try {
      // The first run: the survey opened online, then answered and sent with no network.
      const first = await launchWithProfile(profile, { viewport });
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(`${stack.chorus.url}/s/DEMO811`);
      await page.getByRole("heading", { name: "My life in care" }).waitFor();
      await controlled(page);
      await first.setOffline(true);
      await page.getByRole("button", { name: /^Start/ }).click();
      await page.getByRole("radio", { name: "Good", exact: true }).check();
      await page.getByRole("button", { name: /^Next/ }).click();
      while (!(await page.getByRole("heading", { name: "Ready to send?" }).isVisible())) {
        await page.getByRole("button", { name: "Skip" }).click();
      }
      await page.getByRole("button", { name: "Send my answers" }).click();
      await page.getByText("1 set of answers is waiting to be sent.").waitFor();
      expect(await queued(page)).toBe(1);
      // The browser quits with the answers still on the tablet.
      await first.close();
      expect(await demo811Count()).toBe(before);

      // The next morning: the browser starts again, online, and the app sends what it kept.
      const second = await launchWithProfile(profile, { viewport });
      const statuses: number[] = [];
      second.on("response", (response) => {
        if (response.url().endsWith("/responses")) statuses.push(response.status());
      });
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto(stack.chorus.url);
      await again.getByRole("heading", { name: "Have your say" }).waitFor();
      await expect.poll(() => queued(again)).toBe(0);
      await expect.poll(() => statuses).toEqual([201]);
      expect(await demo811Count()).toBe(before + 1);
      await second.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  /** A finished response to DEMO811 as the app would build it. */
  async function responseBody(answers: Record<string, unknown> = { "feel-safe": "yes" }) {
    const { survey } = (await (await fetch(`${stack.chorus.url}/api/s/DEMO811`)).json()) as {
      survey: { version: number };
    };
    const now = new Date().toISOString();
    return {
      id: uuidv7(),
      language: "en",
      ageBand: "8-11",
      version: survey.version,
      startedAt: now,
      submittedAt: now,
      answers,
    };
  }

  it("makes one response of the same answers sent from two tablets at once", async () => {
    const before = await demo811Count();
    const body = await responseBody();
    const entry = { id: body.id, target: "/api/s/DEMO811", body };

    const tablets: { context: BrowserContext; page: Page; statuses: number[] }[] = [];
    for (const _ of [1, 2]) {
      const { context, page } = await newPage();
      const statuses: number[] = [];
      // On the context: a page's requests that pass by its service worker are reported there.
      context.on("response", (response) => {
        if (response.url().endsWith("/responses")) statuses.push(response.status());
      });
      await page.goto(stack.chorus.url);
      await page.getByRole("heading", { name: "Have your say" }).waitFor();
      // Queued as the app queues it, in each tablet's own storage.
      await enqueue(page, entry);
      tablets.push({ context, page, statuses });
    }

    // Both pages start up at once, and each sends what it holds as it loads.
    await Promise.all(tablets.map(({ page }) => page.reload()));
    for (const { page } of tablets) {
      await page.waitForFunction(
        (name) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open(name, 1);
            open.onsuccess = () => {
              const count = open.result.transaction("responses").objectStore("responses").count();
              count.onsuccess = () => resolve(count.result === 0);
            };
          }),
        OUTBOX_DB,
      );
    }
    // Both sent it: one was told "new" (201), the other "already have it" (200). The browser's
    // report of a response can trail the page's own handling of it, hence the poll.
    await expect
      .poll(() => tablets.flatMap((tablet) => tablet.statuses).sort())
      .toEqual([200, 201]);
    expect(await demo811Count()).toBe(before + 1);
    for (const { context } of tablets) await context.close();
  });

  it("keeps answers the server refuses, tells the adult, and does not retry them alone", async () => {
    const before = await demo811Count();
    const { context, page } = await newPage();
    const errors = watchErrors(page, [400]);
    await page.goto(stack.chorus.url);
    await page.getByRole("heading", { name: "Have your say" }).waitFor();
    // An answer to a question the survey does not have: refused with a 400, every time.
    const body = await responseBody({ "no-such-question": 3 });
    await enqueue(page, { id: body.id, target: "/api/s/DEMO811", body });
    await page.reload();
    const notice = page.getByText("1 set of answers could not be sent");
    await notice.waitFor();
    await page.getByText("For the adult: the answers are kept on this tablet.").waitFor();
    const code = await page.locator(".outbox-stuck .error-code").textContent();
    expect(code).toMatch(/^[a-z_]+\.[a-z_.]+$/);
    await shoot(page, "offline-04-could-not-send");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await queued(page)).toBe(1);

    // Trying again asks the server again; it refuses again, and the answers are still kept.
    const refused = page.waitForResponse((response) => response.url().endsWith("/responses"));
    await page.getByRole("button", { name: "Try sending again" }).click();
    expect((await refused).status()).toBe(400);
    await notice.waitFor();
    expect(await queued(page)).toBe(1);
    expect(await demo811Count()).toBe(before);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});
