/**
 * A kiosk child who walks away mid-survey must not leave their answers for the next child to
 * page through. After a while with no touch or key, this asks "Are you still there?"; any touch
 * carries on, and if nobody answers the answers are cleared and the tablet goes back to its
 * welcome. The wait is long, because a young child may think for minutes over one question.
 */
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { useWords } from "./words";

/** Quiet time before the question is asked. */
export const KIOSK_IDLE_MS = 3 * 60_000;
/** Time the question stays up before the answers are cleared. */
export const KIOSK_WARN_MS = 60_000;

export function StillThere(props: { onGone: () => void }) {
  const w = useWords();
  const [asking, setAsking] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let button: HTMLButtonElement | undefined;
  let before: Element | null = null;

  const wait = (ms: number, then: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(then, ms);
  };
  const ask = () => {
    before = document.activeElement;
    setAsking(true);
    button?.focus();
    wait(KIOSK_WARN_MS, props.onGone);
  };
  const carryOn = () => {
    if (asking()) {
      setAsking(false);
      // Back where the child was, so a keyboard or switch user does not start again at the top.
      if (before instanceof HTMLElement) before.focus();
    }
    wait(KIOSK_IDLE_MS, ask);
  };

  onMount(() => {
    wait(KIOSK_IDLE_MS, ask);
    for (const type of ["pointerdown", "keydown", "input"]) {
      document.addEventListener(type, carryOn, true);
    }
  });
  onCleanup(() => {
    clearTimeout(timer);
    for (const type of ["pointerdown", "keydown", "input"]) {
      document.removeEventListener(type, carryOn, true);
    }
  });

  return (
    <Show when={asking()}>
      <div class="help-backdrop">
        <div
          class="help-panel still-there"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="still-there-title"
          aria-describedby="still-there-text"
        >
          <h2 id="still-there-title">{w().stillThere}</h2>
          <p id="still-there-text">{w().stillThereText}</p>
          <button
            type="button"
            class="btn primary big"
            ref={(element) => {
              button = element;
              queueMicrotask(() => element.focus());
            }}
            onClick={carryOn}
          >
            {w().stillHere}
          </button>
        </div>
      </div>
    </Show>
  );
}
