/**
 * What the tablet says about answers it is still holding: how many are waiting to be sent (read
 * out politely as the number changes), and any the server refused, for the adult to act on.
 */
import { createEffect, createSignal, For, Show } from "solid-js";
import { appSender, outboxStatus } from "./outbox-app";

/** "1 set of answers is waiting to be sent." / "3 sets of answers are waiting to be sent." */
export function waitingSentence(count: number): string {
  return count === 1
    ? "1 set of answers is waiting to be sent."
    : `${count} sets of answers are waiting to be sent.`;
}

/** The live count, for the thank-you screen after answers were saved on the tablet. */
export function WaitingCount() {
  const waiting = () => outboxStatus().waiting;
  return (
    <p class="outbox-count" aria-live="polite">
      <Show
        when={waiting() > 0}
        fallback={
          <Show when={outboxStatus().stuck.length === 0}>
            All the answers saved on this tablet have now been sent.
          </Show>
        }
      >
        {waitingSentence(waiting())}
      </Show>
    </p>
  );
}

/** For the welcome screen: shown only while something is queued or was refused. */
export function OutboxNotice() {
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
            <p class="message-title">{waitingSentence(waiting())}</p>
            <p>They are saved on this tablet and will be sent when it is online.</p>
          </div>
        </Show>
        <Show when={waiting() === 0 && sawWaiting() && stuck().length === 0}>
          <div class="message success">
            <p class="message-title">All the answers saved on this tablet have been sent.</p>
          </div>
        </Show>
      </div>
      <Show when={stuck().length > 0}>
        <div class="message error outbox-stuck">
          <p class="message-title">
            {stuck().length === 1
              ? "1 set of answers could not be sent"
              : `${stuck().length} sets of answers could not be sent`}
          </p>
          <p>
            For the adult: the answers are kept on this tablet. Please tell the person who runs this
            survey, quoting{" "}
            <For each={codes()}>
              {(code, index) => (
                <>
                  {index() > 0 && ", "}
                  <span class="error-code">{code}</span>
                </>
              )}
            </For>
            .
          </p>
          <button type="button" class="btn" aria-disabled={retrying()} onClick={retry}>
            Try sending again
          </button>
        </div>
      </Show>
    </>
  );
}
