/** The staff sign-in form, shown by any staff area when nobody is signed in. */
import { createSignal, Show } from "solid-js";
import { asApiError, describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { type StaffUser, signIn } from "./session";

export function SignIn(props: { area: string; onSignedIn: (user: StaffUser) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;
  setTitle("Sign in", props.area);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    if (!email.value.trim() || !password.value) {
      setError("Enter your email address and password.");
      (email.value.trim() ? password : email).focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      props.onSignedIn(await signIn(email.value.trim(), password.value));
    } catch (failure) {
      const apiError = asApiError(failure);
      setError(
        apiError.status === 401
          ? "That email address and password don't match. Check them and try again."
          : describeError(apiError),
      );
      password.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1" ref={focusOnMount}>
        Sign in to {props.area}
      </h1>
      <p>For council staff. Children don't need to sign in.</p>
      <form onSubmit={submit} novalidate aria-busy={busy()}>
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
            aria-describedby={error() ? "sign-in-error" : undefined}
          />
        </label>
        <label class="field">
          Password
          <input
            ref={password}
            class="text"
            type="password"
            name="password"
            autocomplete="current-password"
            aria-describedby={error() ? "sign-in-error" : undefined}
          />
        </label>
        <button type="submit" class="btn primary" aria-disabled={busy()}>
          <Show when={busy()} fallback="Sign in">
            <Spinner inline label="Signing in…" />
          </Show>
        </button>
      </form>
    </section>
  );
}
