/**
 * The welcome screen: one big box for the code on a card or poster, with big letter and number
 * keys below it. Codes are read case-insensitively by the API, so the box shows capitals but
 * accepts anything.
 */
import type { PublicSurvey } from "@chorus/core/survey/schema";
import { batch, createEffect, createSignal, on, Show } from "solid-js";
import { type ApiError, api } from "../../api";
import { asApiError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { Keypad } from "./Keypad";
import { OutboxNotice } from "./OutboxNotice";

/**
 * Every letter and digit, in reading order rather than a keyboard's: the demo codes use some that
 * generated codes leave out (see `CODE_ALPHABET`), and a child finds "M" faster in A to Z.
 */
const CODE_KEYS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
/** Longer than any code, so a tap too many shows rather than being silently dropped. */
const CODE_KEYS_MAX = 16;

export function CodeEntry(props: {
  initialCode?: string;
  busy: boolean;
  error?: string;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = createSignal(props.initialCode ?? "");
  let input: HTMLInputElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.busy) props.onSubmit(code());
  };

  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Have your say</h1>
      <p class="lead">
        Put in the code you were given: tap the letters and numbers, or type them. It might be on a
        card or a poster.
      </p>
      <form onSubmit={submit} novalidate aria-busy={props.busy}>
        <label for="code" class="code-label">
          Your code
        </label>
        <input
          id="code"
          ref={input}
          class="code-input"
          name="code"
          type="text"
          inputmode="text"
          autocapitalize="characters"
          autocomplete="off"
          autocorrect="off"
          spellcheck={false}
          enterkeyhint="go"
          maxLength={32}
          value={code()}
          readOnly={props.busy}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? "code-error" : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <Keypad
          class="code-keys"
          keys={CODE_KEYS}
          legend="Letter and number keys"
          deleteLabel="Delete the last letter"
          disabled={props.busy}
          onKey={(key) => setCode((code() + key).slice(0, CODE_KEYS_MAX))}
          onDelete={() => setCode(code().slice(0, -1))}
        />
        <Show when={props.error}>
          {(error) => (
            <Message kind="error" id="code-error">
              {error()}
            </Message>
          )}
        </Show>
        <button type="submit" class="btn primary big" aria-disabled={props.busy}>
          <Show when={props.busy} fallback="Start">
            <Spinner inline label="Finding your survey…" />
          </Show>
        </button>
      </form>
      <OutboxNotice />
    </section>
  );
}

/** Codes are printed in capitals and sometimes typed with spaces or dashes; the API wants neither. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/** A kiosk tablet's session token and the survey its welcome screen already loaded. */
export type KioskSource = { token: string; found: PublicSurvey };

/**
 * Finds the survey behind a typed code, a deep link (/s/CODE), a single-use invite link
 * (/i/TOKEN) or a kiosk session (/api/t/TOKEN, loaded by the kiosk). `current` is the code
 * already open, so a deep link to it does not restart it.
 */
export function createLookup(
  links: { code?: string; invite?: string; tablet?: KioskSource },
  current: () => string | undefined,
  onFound: (result: PublicSurvey, source: string) => void,
  onFailed: () => void,
) {
  const [lookup, setLookup] = createSignal<{ busy: boolean; error?: string; code?: string }>({
    busy: false,
  });

  async function load(source: string, code?: string) {
    try {
      const result = await api.get<PublicSurvey>(source);
      batch(() => {
        setLookup({ busy: false });
        onFound(result, source);
      });
    } catch (error) {
      batch(() => {
        setLookup({ busy: false, error: lookupMessage(asApiError(error)), code });
        onFailed();
      });
    }
  }

  async function open(raw: string) {
    const code = normaliseCode(raw);
    if (!code) return setLookup({ busy: false, error: "Type your code first.", code: raw });
    setLookup({ busy: true, code });
    await load(`/api/s/${encodeURIComponent(code)}`, code);
  }

  createEffect(
    on(
      () => links.code,
      (code) => {
        if (code && normaliseCode(code) !== current()?.toUpperCase()) void open(code);
      },
    ),
  );
  // The token is only ever sent to the API, never shown.
  createEffect(
    on(
      () => links.invite,
      (token) => {
        if (!token) return;
        setLookup({ busy: true });
        void load(`/api/i/${encodeURIComponent(token)}`);
      },
    ),
  );

  // The kiosk fetched the survey for its welcome screen; answers go back through its token.
  createEffect(
    on(
      () => links.tablet,
      (tablet) => {
        if (tablet) onFound(tablet.found, `/api/t/${encodeURIComponent(tablet.token)}`);
      },
    ),
  );

  return { lookup, open, clear: () => setLookup({ busy: false }) };
}

/** What a child is told when a code or invite link does not open a survey. */
function lookupMessage(error: ApiError): string {
  // These are written for children already: a used invite link, a survey not open yet.
  if (error.code.startsWith("invite.") || error.code === "survey.not_open_yet")
    return error.message;
  if (error.status === 404) return "We couldn't find that code. Check it and try again.";
  if (error.status === 410) return "That survey has closed. Thank you for wanting to take part.";
  if (error.retryable) return "We couldn't connect. Check the Wi-Fi or internet, then try again.";
  return "Something went wrong. Please ask the adult helping you.";
}
