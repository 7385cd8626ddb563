/**
 * The page's one outbox sender and the status the screens show. Started from the app's entry on
 * every page load, whatever screen it opens on, so answers queued yesterday go as soon as the
 * tablet is back online, even if nobody opens a survey.
 */
import { createSignal } from "solid-js";
import { openOutbox } from "./outbox";
import { createSender, EMPTY_STATUS, type OutboxStatus, type Sender } from "./outbox-sender";

/** How often an open page looks for entries whose pause is over (cheap: one IndexedDB read). */
const TICK_MS = 15_000;

const [status, setStatus] = createSignal<OutboxStatus>(EMPTY_STATUS);

/** The outbox as the screens show it; updated after every send and on every tick. */
export const outboxStatus = status;

let sender: Promise<Sender | undefined> | undefined;
let started = false;

/** The page's sender, or undefined where the browser has no usable IndexedDB. */
export function appSender(): Promise<Sender | undefined> {
  sender ??= openOutbox().then(
    (outbox) =>
      outbox &&
      createSender({
        outbox,
        locks: globalThis.navigator?.locks,
        persist: requestPersistence,
        onStatus: setStatus,
      }),
  );
  return sender;
}

/** Sends what is waiting now, when the network returns, and on a timer while the page is open. */
export function startOutbox(): void {
  if (started) return;
  started = true;
  void appSender().then((ready) => {
    if (!ready) return;
    const flush = (force?: boolean) => void ready.flush(force).catch(() => {});
    flush();
    window.addEventListener("online", () => flush(true));
    setInterval(flush, TICK_MS);
  });
}

function requestPersistence(): void {
  // Without it the browser may clear the outbox when the tablet runs short of space. Absent in
  // some browsers, and a refusal changes nothing: the queue still works, only less protected.
  void globalThis.navigator?.storage?.persist?.().catch(() => {});
}
