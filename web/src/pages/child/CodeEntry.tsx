/**
 * The welcome screen: one big box for the code on a card or poster. Codes are read
 * case-insensitively by the API, so the box shows capitals but accepts anything.
 */
import type { PublicSurvey } from "@chorus/core/survey/schema";
import { batch, createEffect, createSignal, on, Show } from "solid-js";
import { type ApiError, api } from "../../api";
import { asApiError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { OutboxNotice } from "./OutboxNotice";

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
      <p class="lead">Type in the code you were given. It might be on a card or a poster.</p>
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
