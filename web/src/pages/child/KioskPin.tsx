/**
 * Ending a kiosk session on the tablet: a PIN pad with big keys for a finger, and the same PIN
 * typed on a keyboard. The server limits wrong tries, so a child pressing keys cannot guess it.
 */
import { createSignal, Show } from "solid-js";
import { api } from "../../api";
import { asApiError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { Keypad } from "./Keypad";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

export function KioskPin(props: { token: string; onCancel: () => void; onEnded: () => void }) {
  const [pin, setPin] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  setTitle("End this tablet session");

  const digits = (text: string) => text.replace(/\D/g, "").slice(0, 8);
  const press = (digit: string) => setPin(digits(pin() + digit));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    if (!/^\d{4,8}$/.test(pin())) return setError("Type the PIN: 4 to 8 numbers.");
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/t/${encodeURIComponent(props.token)}/end`, { pin: pin() });
      props.onEnded();
    } catch (failure) {
      const problem = asApiError(failure);
      // Ended elsewhere (from the studio, or by time): there is nothing left to end here.
      if (problem.status === 404 || problem.status === 410) return props.onEnded();
      setPin("");
      setError(
        problem.status === 403 || problem.status === 429
          ? problem.message
          : "That didn't work. Check the Wi-Fi or internet connection, then try again.",
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="child page narrow kiosk">
      <h1 tabindex="-1" ref={focusOnMount}>
        End this tablet session
      </h1>
      <p class="lead">For staff. Type the PIN chosen when the session was started.</p>
      <form class="kiosk-pin" onSubmit={submit} novalidate aria-busy={busy()}>
        <label for="kiosk-pin" class="code-label">
          Staff PIN
        </label>
        <input
          id="kiosk-pin"
          class="code-input"
          type="password"
          inputmode="numeric"
          autocomplete="off"
          maxLength={8}
          value={pin()}
          aria-invalid={error() ? true : undefined}
          aria-describedby={error() ? "kiosk-pin-error" : undefined}
          onInput={(e) => {
            setPin(digits(e.currentTarget.value));
            e.currentTarget.value = pin();
          }}
        />
        <Show when={error()}>
          {(message) => (
            <Message kind="error" id="kiosk-pin-error">
              {message()}
            </Message>
          )}
        </Show>
        <Keypad
          class="pin-pad"
          keys={KEYS}
          legend="Number keys"
          deleteLabel="Delete the last number"
          keyClass={(key) => (key === "0" ? "zero" : undefined)}
          onKey={press}
          onDelete={() => setPin(pin().slice(0, -1))}
        />
        <div class="step-nav">
          <button type="button" class="btn back" onClick={props.onCancel}>
            Cancel
          </button>
          <span />
          <button type="submit" class="btn primary next" aria-disabled={busy()}>
            <Show when={busy()} fallback="End session">
              <Spinner inline label="Ending…" />
            </Show>
          </button>
        </div>
      </form>
    </main>
  );
}
