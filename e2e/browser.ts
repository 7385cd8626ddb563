/**
 * What every browser journey shares: the system Chromium (never a downloaded one), the rule for
 * when a missing browser skips or fails, screenshots for people to look at, an accessibility
 * check, and a leader's view of the API to check results through.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { SurveySummary } from "../packages/core/src/report/schema.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** True when journeys must be skipped. In CI a missing browser is an error, never a skip. */
export const noBrowser = !existsSync(CHROMIUM_PATH);

if (noBrowser) {
  if (process.env.CI) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: browser journeys cannot run, and CI needs them.`,
    );
  }
  console.warn(
    `\n${"!".repeat(72)}\n  SKIPPING BROWSER JOURNEYS: no Chromium at ${CHROMIUM_PATH}.\n` +
      "  Install Debian's chromium (or set CHROMIUM_PATH) to run e2e/*.e2e.ts.\n" +
      `${"!".repeat(72)}\n`,
  );
}

/** Chromium's switches for a headless run on a machine with no GPU, sandbox or internet. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A browser with a profile on disk, as a tablet's browser has: closing it and launching again on
 * the same folder is a browser restart, with its storage and service worker kept.
 */
export function launchWithProfile(
  profileDir: string,
  options: { viewport: { width: number; height: number } },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: options.viewport,
  });
}

export const SHOTS_DIR = join(tmpdir(), "chorus-shots");

/** Saves a full-page screenshot for a person to review; the tests never compare pixels. */
export async function shoot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}

/** Runs axe on the page and returns its serious and critical WCAG 2.1 A/AA findings. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * The strict check for the child's screens: every axe finding, whatever its impact, against
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA. `accessibilityProblems` stays as other journeys
 * use it.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/**
 * Collects console errors and uncaught exceptions so a journey can assert there were none.
 * Chromium logs every 4xx as a console error; statuses the journey expects (a 401 before
 * signing in) are passed in `expected` and ignored.
 */
export function watchErrors(page: Page, expected: number[] = []): string[] {
  const errors: string[] = [];
  const allowed = expected.map((status) => `status of ${status} `);
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() !== "error" || allowed.some((part) => text.includes(part))) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}

/** Signs in through the API like the web app does, keeping the session cookie. */
export async function apiSession(baseUrl: string, email: string, password = "chorus-demo") {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in as ${email} answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return {
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json", origin: baseUrl },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
  };
}

/** How many responses a survey has, as a leader sees it through the API (not the page). */
export async function responseCount(
  baseUrl: string,
  which: (survey: SurveySummary) => boolean,
): Promise<number> {
  const leader = await apiSession(baseUrl, "leader@demo.chorus.test");
  const { surveys } = await leader.get<{ surveys: SurveySummary[] }>("/api/reports/surveys");
  const survey = surveys.find(which);
  if (!survey) throw new Error("The survey is not in the leader's survey list");
  return survey.responseCount;
}
