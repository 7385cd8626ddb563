/**
 * A kiosk child who walks away mid-survey must not leave their answers for the next child to
 * page through. After a while with no touch or key, this asks "Are you still there?"; any touch
 * carries on, and if nobody answers the answers are cleared and the tablet goes back to its
 * welcome. The wait is long, because a young child may think for minutes over one question.
 */
import { createEffect, createSignal, Show } from "solid-js";
import { onQuiet } from "./quiet";
import { useWords } from "./words";

/** Quiet time before the question is asked. */
export const KIOSK_IDLE_MS = 3 * 60_000;
/** Time the question stays up before the answers are cleared. */
export const KIOSK_WARN_MS = 60_000;

export function StillThere(props: { onGone: () => void }) {
  const w = useWords();
  const [asking, setAsking] = createSignal(false);
  // Where focus was when the question came up, to put it back when the child carries on.
  let before: Element | null = null;

  const carryOn = () => {
    setAsking(false);
    // Back where the child was, so a keyboard or switch user does not start again at the top.
    if (before instanceof HTMLElement) before.focus();
  };
  createEffect(() => {
    if (!asking()) {
      onQuiet(KIOSK_IDLE_MS, () => {
        before = document.activeElement;
        setAsking(true);
      });
    } else {
      // Any touch while asking is an answer; none, and the answers are cleared.
      onQuiet(KIOSK_WARN_MS, props.onGone, carryOn);
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
            ref={(element) => queueMicrotask(() => element.focus())}
            onClick={carryOn}
          >
            {w().stillHere}
          </button>
        </div>
      </div>
    </Show>
  );
}
