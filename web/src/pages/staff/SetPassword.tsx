/**
 * Choosing a password from an invitation link. The token travels in the address's fragment so it
 * never reaches a server log; it is read once and dropped from the address bar and history.
 */
import "./staff.css";
import { createSignal, Match, Show, Switch } from "solid-js";
import { api } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { TextField } from "../../ui/fields";

/** Takes the token from the fragment and removes it, so it is not left on screen or in history. */
export function takeToken(): string | undefined {
  const token = location.hash.slice(1);
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  return token || undefined;
}

export function SetPassword() {
  setTitle("Choose your password");
  const token = takeToken();
  const [problem, setProblem] = createSignal<{ field: "password" | "confirm"; text: string }>();
  const [done, setDone] = createSignal<string>();
  const [show, setShow] = createSignal(false);
  let password!: HTMLInputElement;
  let confirm!: HTMLInputElement;

  const send = createAction(async (chosen: string) => {
    const result = await api.post<{ ok: true; email: string }>("/api/auth/set-password", {
      token,
      password: chosen,
    });
    setDone(result.email);
  });
  const deadLink = () => {
    const error = send.error();
    // A token the API will not even look at (cut short when copied) is as dead as a used one.
    return error?.status === 410 || error?.code === "request.invalid";
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!password.value) {
      setProblem({ field: "password", text: "Enter a new password." });
      return password.focus();
    }
    if (confirm.value !== password.value) {
      setProblem({ field: "confirm", text: "The two passwords are different. Type it again." });
      return confirm.focus();
    }
    if (await send.run(password.value)) return;
    const error = send.error();
    if (error?.code === "auth.weak_password") {
      setProblem({ field: "password", text: error.message });
      password.focus();
      password.select();
    }
  };

  return (
    <div class="staff">
      <header class="staff-bar">
        <p class="brand">Chorus</p>
      </header>
      <main class="page narrow">
        <Switch>
          <Match when={done()}>
            {(email) => (
              <>
                <h1 tabindex="-1" ref={focusOnMount}>
                  Password set
                </h1>
                <Message kind="success">
                  You can now sign in to Chorus as <strong>{email()}</strong>.
                </Message>
                <p>
                  <a class="btn primary" href="/reports">
                    Sign in
                  </a>
                </p>
              </>
            )}
          </Match>
          <Match when={!token || deadLink()}>
            <h1 tabindex="-1" ref={focusOnMount}>
              This link doesn't work any more
            </h1>
            <Message kind="error">
              {send.error()?.status === 410
                ? send.error()?.message
                : "This page needs the whole link from your invitation e-mail. Open the link again, or ask your Chorus administrator for a new one."}
            </Message>
          </Match>
          <Match when={token}>
            <h1 tabindex="-1" ref={focusOnMount}>
              Choose your password
            </h1>
            <div class="rules" id="password-rules">
              <p>Your password must:</p>
              <ul>
                <li>be at least 15 characters long</li>
                <li>not be a password that is often used, or a common word repeated</li>
                <li>not contain the first part of your e-mail address</li>
              </ul>
              <p>
                Three or four unrelated words make a long password that is easy to remember. You
                don't need symbols, numbers or capital letters.
              </p>
            </div>
            <form onSubmit={submit} novalidate aria-busy={send.busy()}>
              <Show when={send.error() && !problem() && !deadLink()}>
                <Message kind="error">{describeError(send.error()!)}</Message>
              </Show>
              <TextField
                ref={password}
                label="New password"
                type={show() ? "text" : "password"}
                name="new-password"
                autocomplete="new-password"
                describedBy="password-rules"
                error={problem()?.field === "password" ? problem()?.text : undefined}
              />
              <TextField
                ref={confirm}
                label="Type it again"
                type={show() ? "text" : "password"}
                name="confirm-password"
                autocomplete="new-password"
                error={problem()?.field === "confirm" ? problem()?.text : undefined}
              />
              <label class="check">
                <input type="checkbox" onChange={(e) => setShow(e.currentTarget.checked)} />
                <span>Show the passwords</span>
              </label>
              <button type="submit" class="btn primary" aria-disabled={send.busy()}>
                <Show when={send.busy()} fallback="Set password">
                  <Spinner inline label="Setting your password…" />
                </Show>
              </button>
            </form>
          </Match>
        </Switch>
      </main>
    </div>
  );
}
