/**
 * Offline support, started once from the app's entry: the outbox sender on every page load, and
 * the service worker in production builds (never in tests or the dev server, whose files change
 * under it).
 */
import { startOutbox } from "./pages/child/outbox-app";

/** The survey reads the worker keeps (the same rule as in sw.ts, which cannot import it). */
const SURVEY_PATH = /^\/api\/[sit]\/[^/]+$/;

export function startOffline(): void {
  startOutbox();
  // MODE, not PROD: a build run from the test runner inherits NODE_ENV=test, which turns PROD off
  // though it is the very build the browser journeys must check.
  if (import.meta.env.MODE !== "production" || !("serviceWorker" in navigator)) return;
  const { serviceWorker } = navigator;
  // On a tablet's first visit the survey was read before the worker was there to keep it: read
  // it again through the worker once it takes over, so it opens offline on tonight's visit.
  serviceWorker.addEventListener("controllerchange", () => {
    for (const entry of performance.getEntriesByType("resource")) {
      const url = new URL(entry.name);
      if (SURVEY_PATH.test(url.pathname)) void fetch(url).catch(() => {});
    }
  });
  // Registered after load, so installing it (and downloading the precache) never competes with
  // the child's first screen.
  const register = () => {
    serviceWorker.register("/sw.js").catch(() => {
      // Without a worker the app still works online; there is nothing to tell the child.
    });
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
