/**
 * What the tablet says about answers it is still holding: how many are waiting to be sent (read
 * out politely as the number changes), and any the server refused, for the adult to act on.
 */
import { createEffect, createSignal, For, Show } from "solid-js";
import { fill } from "./intl";
import { appSender, outboxStatus } from "./outbox-app";
import { useWords } from "./words";

/** The live count, for the thank-you screen after answers were saved on the tablet. */
export function WaitingCount() {
  const w = useWords();
  const waiting = () => outboxStatus().waiting;
  return (
    <p class="outbox-count" aria-live="polite">
      <Show
        when={waiting() > 0}
        fallback={<Show when={outboxStatus().stuck.length === 0}>{w().allSentNow}</Show>}
      >
        {w().waiting(waiting())}
      </Show>
    </p>
  );
}

/** For the welcome screen: shown only while something is queued or was refused. */
export function OutboxNotice() {
  const w = useWords();
  const waiting = () => outboxStatus().waiting;
  const stuck = () => outboxStatus().stuck;
  // "All sent" is only news to someone who saw answers waiting on this screen.
  const [sawWaiting, setSawWaiting] = createSignal(false);
  const [retrying, setRetrying] = createSignal(false);
  createEffect(() => {
    if (waiting() > 0) setSawWaiting(true);
  });
  const codes = () => [...new Set(stuck().map((entry) => entry.code))];

  const retry = async () => {
    if (retrying()) return;
    setRetrying(true);
    try {
      await (await appSender())?.retryStuck();
    } finally {
      setRetrying(false);
    }
  };

  return (
    <>
      <div class="outbox-note" aria-live="polite">
        <Show when={waiting() > 0}>
          <div class="message info">
            <p class="message-title">{w().waiting(waiting())}</p>
            <p>{w().waitingNote}</p>
          </div>
        </Show>
        <Show when={waiting() === 0 && sawWaiting() && stuck().length === 0}>
          <div class="message success">
            <p class="message-title">{w().allSent}</p>
          </div>
        </Show>
      </div>
      <Show when={stuck().length > 0}>
        <div class="message error outbox-stuck">
          <p class="message-title">{w().stuck(stuck().length)}</p>
          <p>
            {fill(w().stuckNote, {
              codes: (
                <For each={codes()}>
                  {(code, index) => (
                    <>
                      {index() > 0 && w().comma}
                      <span class="error-code" dir="ltr">
                        {code}
                      </span>
                    </>
                  )}
                </For>
              ),
            })}
          </p>
          <button type="button" class="btn" aria-disabled={retrying()} onClick={retry}>
            {w().sendAgain}
          </button>
        </div>
      </Show>
    </>
  );
}
