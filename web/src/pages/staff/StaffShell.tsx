/**
 * The frame every staff area shares: it finds out who is signed in, shows the sign-in form when
 * nobody is, refuses politely when the person lacks the area's role, and offers sign out (here,
 * or on every device at once).
 */
import "./staff.css";
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from "solid-js";
import type { ApiError } from "../../api";
import { asApiError, describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { ROLE_GUIDE, ROLE_ORDER, whoGrants } from "./roles";
import { SignIn } from "./SignIn";
import { type Leaving, StaffBar } from "./StaffBar";
import {
  currentUser,
  hasRole,
  type Role,
  type StaffUser,
  signOut,
  signOutEverywhere,
} from "./session";

type Session =
  | { state: "checking" }
  | { state: "signedOut"; notice?: string }
  | { state: "signedIn"; user: StaffUser }
  | { state: "failed"; error: ApiError };

export function StaffShell(props: {
  area: string;
  /** The role a person needs to use this area; any signed-in person when none. */
  requires?: Role;
  /** Uses the full width of a wide screen, for pages of tables and side-by-side forms. */
  wide?: boolean;
  /** `expired` is for a child that meets a 401 mid-session: it sends the person to sign in. */
  children: (user: StaffUser, expired: () => void) => JSX.Element;
}) {
  const [session, setSession] = createSignal<Session>({ state: "checking" });
  const [leaving, setLeaving] = createSignal<Leaving>();
  const [signOutError, setSignOutError] = createSignal<string>();

  const check = async () => {
    setSession({ state: "checking" });
    try {
      const user = await currentUser();
      setSession(user ? { state: "signedIn", user } : { state: "signedOut" });
    } catch (error) {
      setSession({ state: "failed", error: asApiError(error) });
    }
  };
  onMount(check);

  const expired = () =>
    setSession({ state: "signedOut", notice: "Your session has ended. Please sign in again." });

  const leave = async (where: "here" | "everywhere") => {
    if (leaving()) return;
    setLeaving(where);
    setSignOutError(undefined);
    try {
      if (where === "here") await signOut();
      else await signOutEverywhere();
      setSession({
        state: "signedOut",
        notice:
          where === "here"
            ? "You have signed out."
            : "You have signed out on every device and browser, including this one.",
      });
    } catch (error) {
      const failure = asApiError(error);
      // A session that had already ended has nothing left to end.
      if (failure.status === 401) return expired();
      setSignOutError(`Signing out didn't work. ${describeError(failure)}`);
    } finally {
      setLeaving(undefined);
    }
  };

  const user = () => {
    const current = session();
    return current.state === "signedIn" ? current.user : undefined;
  };
  const failed = () => {
    const current = session();
    return current.state === "failed" ? current : undefined;
  };
  const signedOut = () => {
    const current = session();
    return current.state === "signedOut" ? current : undefined;
  };

  return (
    <div class="staff">
      <StaffBar
        area={props.area}
        user={user()}
        leaving={leaving()}
        onSignOut={() => void leave("here")}
        onSignOutEverywhere={() => void leave("everywhere")}
      />
      <main class={props.wide ? "page wide" : "page"}>
        <Show when={signOutError()}>{(text) => <Message kind="error">{text()}</Message>}</Show>
        <Switch>
          <Match when={session().state === "checking"}>
            <Spinner label="Checking your sign-in…" />
          </Match>
          <Match when={failed()}>
            {(failure) => (
              <Message kind="error" title="Chorus isn't answering">
                <p>{describeError(failure().error)}</p>
                <button type="button" class="btn" onClick={check}>
                  Try again
                </button>
              </Message>
            )}
          </Match>
          <Match when={signedOut()}>
            {(out) => (
              <div class="narrow-block">
                <Show when={out().notice}>
                  {(notice) => <Message kind="info">{notice()}</Message>}
                </Show>
                <SignIn
                  area={props.area}
                  onSignedIn={(signedIn) => setSession({ state: "signedIn", user: signedIn })}
                />
              </div>
            )}
          </Match>
          <Match when={user()}>
            {(who) => (
              <Show
                when={!props.requires || hasRole(who(), props.requires)}
                fallback={<MissingRole area={props.area} requires={props.requires!} user={who()} />}
              >
                {props.children(who(), expired)}
              </Show>
            )}
          </Match>
        </Switch>
      </main>
    </div>
  );
}

/**
 * A signed-in person on an area their roles do not open: which role it needs, what that role is
 * for, who gives it, and the areas they can open now.
 */
export function MissingRole(props: { area: string; requires: Role; user: StaffUser }) {
  setTitle("No access", props.area);
  const needed = () => ROLE_GUIDE[props.requires];
  const held = () => ROLE_ORDER.filter((role) => hasRole(props.user, role));
  return (
    <div class="narrow-block missing-role">
      <h1 tabindex="-1" ref={focusOnMount}>
        You need the {needed().name} role
      </h1>
      <p>
        You are signed in as {props.user.email}. {props.area} is for people with the{" "}
        <strong>{needed().name}</strong> role: {needed().what}.
      </p>
      <p>
        Roles are given by {whoGrants(props.user.orgName)}. Ask them to add the {needed().name} role
        to your account on the Staff page of Admin.
      </p>
      <Show
        when={held().length > 0}
        fallback={<p>You have no roles yet, so there is nothing else to open.</p>}
      >
        <h2>What you can open now</h2>
        <ul class="role-areas">
          <For each={held()}>
            {(role) => (
              <li>
                <a href={ROLE_GUIDE[role].home}>{ROLE_GUIDE[role].area}</a>
              </li>
            )}
          </For>
        </ul>
        <p>
          <a href="/staff">Everything your roles let you do</a>
        </p>
      </Show>
    </div>
  );
}
