/**
 * Offline support, started once from the app's entry: the outbox sender on every page load, and
 * the service worker in production builds (never in tests or the dev server, whose files change
 * under it).
 */
import { startOutbox } from "./pages/child/outbox-app";

export function startOffline(): void {
  startOutbox();
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // Registered after load, so installing it (and downloading the precache) never competes with
  // the child's first screen.
  const register = () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without a worker the app still works online; there is nothing to tell the child.
    });
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
