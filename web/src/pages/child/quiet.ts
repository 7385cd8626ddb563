/**
 * Waiting out a quiet tablet, for a kiosk: after the thank-you screen, and when a child stops
 * part way through a survey. A touch, a key or typing anywhere on the page starts the wait again.
 */
import { onCleanup } from "solid-js";

const ACTIVITY = ["pointerdown", "keydown", "input"] as const;

/**
 * Runs `then` once `ms` pass with no activity; each activity restarts the wait and is passed on
 * to `onActivity`. Stops with the reactive scope it is called in (an effect or a component).
 */
export function onQuiet(ms: number, then: () => void, onActivity?: () => void): void {
  let timer = setTimeout(then, ms);
  const active = () => {
    clearTimeout(timer);
    timer = setTimeout(then, ms);
    onActivity?.();
  };
  // Captured, so a control that stops an event from bubbling still counts as someone there.
  for (const type of ACTIVITY) document.addEventListener(type, active, true);
  onCleanup(() => {
    clearTimeout(timer);
    for (const type of ACTIVITY) document.removeEventListener(type, active, true);
  });
}
