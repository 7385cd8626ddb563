/**
 * "I'm worried": a button on every screen after the code that opens help at once, whatever the
 * question. A child who is scared should not have to finish a survey, or find the right
 * answer, before they are told who to call or can ask for their worker.
 */
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { fill } from "./intl";
import { ChildlineNumber } from "./Privacy";
import { useWords } from "./words";

export type HelpPanelProps = {
  /** False when the survey turns the request off, or once the answers have gone. */
  canTellWorker: boolean;
  tellWorker: boolean;
  onTellWorker: (on: boolean) => void;
};

export function HelpPanel(props: HelpPanelProps) {
  const [open, setOpen] = createSignal(false);
  const w = useWords();
  let opener: HTMLButtonElement | undefined;
  let panel: HTMLDivElement | undefined;

  const close = () => {
    setOpen(false);
    opener?.focus();
  };

  // A modal that lets focus wander behind it leaves a keyboard or switch user lost, so Tab
  // cycles inside it and Escape closes it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "Tab" || !panel) return;
    const stops = [...panel.querySelectorAll<HTMLElement>("a[href], button")];
    const first = stops[0];
    const last = stops.at(-1);
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !stops.includes(active as HTMLElement))) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const Trap = () => {
    onMount(() => {
      panel?.querySelector<HTMLElement>("h2")?.focus();
      document.addEventListener("keydown", onKeyDown);
    });
    onCleanup(() => document.removeEventListener("keydown", onKeyDown));
    return null;
  };

  return (
    <div class="worried-bar">
      <button
        ref={opener}
        type="button"
        class="btn worried"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {w().worried}
      </button>
      <Show when={open()}>
        <div class="help-backdrop">
          <div
            ref={(el) => {
              panel = el;
            }}
            class="help-panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="help-title"
          >
            <h2 id="help-title" tabindex="-1">
              {w().helpTitle}
            </h2>
            <p>{w().helpOk}</p>
            <p class="help-call">
              {fill(w().helpCall, { name: "Childline", number: <ChildlineNumber /> })}
            </p>
            <p>
              {fill(w().helpOnline, {
                site: (
                  <a href="https://www.childline.org.uk" target="_blank" rel="noopener" dir="ltr">
                    childline.org.uk
                  </a>
                ),
              })}
            </p>
            <Show when={props.canTellWorker}>
              <p class="tell-worker-ask">{w().tellWorkerAsk}</p>
              <button
                type="button"
                class="btn tell-worker"
                aria-pressed={props.tellWorker}
                onClick={() => props.onTellWorker(!props.tellWorker)}
              >
                {w().tellWorker}
              </button>
              <p class="tell-worker-note" role="status">
                <Show when={props.tellWorker}>{w().tellWorkerNote}</Show>
              </p>
            </Show>
            <button type="button" class="btn primary help-close" onClick={close}>
              {w().close}
            </button>
            <Trap />
          </div>
        </div>
      </Show>
    </div>
  );
}
