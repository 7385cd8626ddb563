/**
 * The staff sign-in form, shown by any staff area when nobody is signed in. Once the e-mail
 * address is typed it asks whether that organisation uses its own sign-in; if so the password
 * gives way to a button that goes there. The password field shows until then, so password
 * managers can still fill both fields at once.
 */
import { createSignal, onCleanup, Show } from "solid-js";
import { asApiError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { createDiscovery, domainOf, withReturnTo } from "./discover";
import { signInFailure, ssoErrorMessage } from "./messages";
import { type StaffUser, signIn } from "./session";

const TYPING_PAUSE_MS = 500;

export function SignIn(props: { area: string; onSignedIn: (user: StaffUser) => void }) {
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [checking, setChecking] = createSignal(false);
  const [ssoUrl, setSsoUrl] = createSignal<string>();
  const [usePassword, setUsePassword] = createSignal(false);
  const ssoError = takeSsoError();
  const discover = createDiscovery();
  let email!: HTMLInputElement;
  let password: HTMLInputElement | undefined;
  let submitButton!: HTMLButtonElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  setTitle("Sign in", props.area);
  onCleanup(() => clearTimeout(timer));

  const sso = () => (usePassword() ? undefined : ssoUrl());

  /** Looks up the method for what is typed now; an answer for an older address is ignored. */
  const check = async () => {
    clearTimeout(timer);
    const value = email.value.trim();
    const mine = ++latest;
    if (!domainOf(value)) {
      setChecking(false);
      setSsoUrl(undefined);
      return;
    }
    setChecking(true);
    const method = await discover(value);
    if (mine !== latest) return;
    setChecking(false);
    const hadPasswordFocus = document.activeElement === password;
    setSsoUrl(method.sso ? method.startUrl : undefined);
    if (sso() && hadPasswordFocus) submitButton.focus();
  };

  const onEmailInput = () => {
    setUsePassword(false);
    clearTimeout(timer);
    timer = setTimeout(() => void check(), TYPING_PAUSE_MS);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setError(undefined);
    const address = email.value.trim();
    if (!address) {
      setError("Enter your email address.");
      email.focus();
      return;
    }
    if (!usePassword()) {
      setBusy("Checking…");
      await check();
      setBusy(undefined);
    }
    const startUrl = sso();
    if (startUrl) {
      setBusy("Opening your council's sign-in…");
      location.assign(withReturnTo(startUrl, location.pathname));
      return;
    }
    if (!password?.value) {
      setError("Enter your password.");
      password?.focus();
      return;
    }
    setBusy("Signing in…");
    try {
      props.onSignedIn(await signIn(address, password.value));
    } catch (failure) {
      setError(signInFailure(asApiError(failure)));
      password?.select();
    } finally {
      setBusy(undefined);
    }
  };

  const choosePassword = () => {
    setUsePassword(true);
    password?.focus();
  };

  const describedBy = () => (error() ? "sign-in-error" : undefined);

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1" ref={focusOnMount}>
        Sign in to {props.area}
      </h1>
      <p>For council staff. Children don't need to sign in.</p>
      <Show when={ssoError}>
        {(code) => (
          <Message kind="error" title="Signing in with your council account didn't work">
            {ssoErrorMessage(code())}
          </Message>
        )}
      </Show>
      <form onSubmit={submit} novalidate aria-busy={Boolean(busy())}>
        <Show when={error()}>
          {(message) => (
            <Message kind="error" id="sign-in-error">
              {message()}
            </Message>
          )}
        </Show>
        <label class="field">
          Email address
          <input
            ref={email}
            class="text"
            type="email"
            name="email"
            autocomplete="username"
            spellcheck={false}
            onInput={onEmailInput}
            onChange={() => void check()}
            aria-describedby={describedBy()}
          />
        </label>
        <div class="method" role="status">
          {/* Not a Spinner: that is a live region of its own, and this one is already live. */}
          <Show when={checking()}>
            <span class="busy inline">
              <span class="spinner" aria-hidden="true" />
              Checking how you sign in…
            </span>
          </Show>
          <Show when={!checking() && sso()}>
            <p>Your organisation signs in to Chorus with its own accounts.</p>
          </Show>
        </div>
        <Show when={!sso()}>
          <label class="field">
            Password
            <input
              ref={password}
              class="text"
              type="password"
              name="password"
              autocomplete="current-password"
              aria-describedby={describedBy()}
            />
          </label>
        </Show>
        <div class="actions">
          <button
            ref={submitButton}
            type="submit"
            class="btn primary"
            aria-disabled={Boolean(busy())}
          >
            <Show when={busy()} fallback={sso() ? "Continue with your council account" : "Sign in"}>
              {(label) => <Spinner inline label={label()} />}
            </Show>
          </button>
          <Show when={sso()}>
            <button type="button" class="btn quiet" onClick={choosePassword}>
              Use a password instead
            </button>
          </Show>
        </div>
      </form>
    </section>
  );
}

/** Reads a failed single sign-on's code once, and drops it so a reload does not repeat it. */
function takeSsoError(): string | undefined {
  const params = new URLSearchParams(location.search);
  const code = params.get("sso_error") ?? undefined;
  if (code !== undefined) {
    params.delete("sso_error");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? `?${rest}` : "") + location.hash);
  }
  return code;
}
