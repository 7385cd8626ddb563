/**
 * Tablet sessions in the studio: turning this device into a kiosk for one code, and watching or
 * ending the sessions already running. Starting one signs the officer out on this device, so a
 * child handed the tablet can never reach a staff page.
 */
import type { TabletSession } from "@chorus/core/tablet/schema";
import { createSignal, For, Show } from "solid-js";
import { api } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { TextField } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import { newTabletToken, saveTablet } from "../child/tabletStore";
import { randomPart } from "./ids";
import { type DistributionView, timeOf } from "./studioApi";
import { WordsField } from "./Words";

export const tablets = {
  list: () => api.get<{ sessions: TabletSession[] }>("/api/tablet-sessions"),
  start: (body: Record<string, string>) =>
    api.post<{ session: TabletSession }>("/api/tablet-sessions", body),
  end: (id: string) =>
    api.post<{ session: TabletSession }>(`/api/tablet-sessions/${encodeURIComponent(id)}/end`, {}),
};

/** Checks the officer can see before anything is sent; the server checks the same again. */
export function pinProblems(pin: string, again: string): { pin?: string; again?: string } {
  if (!/^\d{4,8}$/.test(pin)) return { pin: "Use 4 to 8 numbers." };
  if (pin !== again) return { again: "The two PINs are not the same." };
  return {};
}

export function TabletStart(props: { distribution: DistributionView }) {
  const [label, setLabel] = createSignal("");
  const [pin, setPin] = createSignal("");
  const [again, setAgain] = createSignal("");
  const [problems, setProblems] = createSignal<{ pin?: string; again?: string }>({});
  // Kept while nothing changes, so trying again after a lost answer finds the same session.
  let made = { id: "", token: "" };
  const fresh = () => {
    made = { id: `tab_${randomPart()}`, token: newTabletToken() };
  };
  fresh();

  const start = createAction(async () => {
    await tablets.start({
      ...made,
      distributionId: props.distribution.id,
      label: label().trim(),
      pin: pin(),
    });
    await api.post("/api/auth/logout", {});
    saveTablet({ token: made.token, finished: 0 });
    // A new page, not a step in this one: nothing of the studio stays in memory or in Back.
    location.replace("/t");
  });
  const errors = () => fieldIssues(start.error());
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = pinProblems(pin(), again());
    setProblems(found);
    if (!found.pin && !found.again) void start.run();
  };
  const changed = (set: (value: string) => void) => (value: string) => {
    set(value);
    fresh();
  };

  return (
    <details class="more">
      <summary>Start a tablet session</summary>
      <form
        onSubmit={submit}
        novalidate
        aria-label={`Start a tablet session for ${props.distribution.code}`}
      >
        <p>
          This device becomes a tablet for children to answer on, one after another. You will be
          signed out here, and staff pages cannot be opened on it until the session ends. After each
          child it goes back to a welcome screen, and the next child cannot reach their answers. If
          the tablet is offline, answers wait on it, out of sight, only until they can be sent.
        </p>
        <p>
          To end it, tap “End session (staff)” on the tablet and type the PIN, or end it from the
          studio on another device. It ends by itself after 12 hours.
        </p>
        <WordsField
          label="Name for this tablet"
          hint="For staff, e.g. “Hall tablet 2”. Shown small at the bottom of the tablet."
          value={label()}
          errors={errors().label ? [errors().label!] : undefined}
          onInput={changed(setLabel)}
        />
        <PinField
          label="PIN to end the session"
          hint="4 to 8 numbers. Children must not see it."
          value={pin()}
          error={problems().pin ?? errors().pin}
          onInput={changed(setPin)}
        />
        <PinField
          label="The same PIN again"
          value={again()}
          error={problems().again}
          onInput={changed(setAgain)}
        />
        <Show when={start.error() && !errors().label && !errors().pin}>
          <Message kind="error">{describeError(start.error()!)}</Message>
        </Show>
        <button type="submit" class="btn primary" aria-disabled={start.busy()}>
          {start.busy() ? "Starting…" : "Start the session on this device"}
        </button>
      </form>
    </details>
  );
}

/** A PIN box: numbers only, masked, never offered for autofill. */
function PinField(props: {
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onInput: (value: string) => void;
}) {
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      error={props.error}
      class="pin"
      type="password"
      inputmode="numeric"
      autocomplete="off"
      maxLength={8}
      value={props.value}
      onInput={(event) => props.onInput(event.currentTarget.value)}
    />
  );
}

/** This survey's sessions, live first, with their counts; a live one can be ended from here. */
export function TabletList(props: { surveyId: string }) {
  const list = createLoad(() => props.surveyId, tablets.list);
  const end = createAction(async (session: TabletSession) => {
    await tablets.end(session.id);
    list.reload();
  });
  const mine = () => list.data()?.sessions.filter((s) => s.surveyId === props.surveyId) ?? [];

  return (
    <section aria-labelledby="tablets-title">
      <h2 id="tablets-title">Tablet sessions</h2>
      <Show when={list.loading() && !list.data()}>
        <Spinner label="Loading tablet sessions…" />
      </Show>
      <Show when={list.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={list.data() && mine().length === 0}>
        <p>No tablet sessions yet. Start one from a code above.</p>
      </Show>
      <ul class="codes">
        <For each={mine()}>
          {(session) => (
            <li class="panel code-card">
              <p>
                <strong>{session.label}</strong> · code {session.code} · started{" "}
                {timeOf(session.startedAt)} · {session.live ? "live" : "ended"}
              </p>
              <p data-testid="participants">
                {session.participants} {session.participants === 1 ? "child has" : "children have"}{" "}
                taken part
              </p>
              <Show when={session.live}>
                <button
                  type="button"
                  class="btn"
                  aria-label={`End this session: ${session.label}`}
                  onClick={() => void end.run(session)}
                >
                  End this session
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={end.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
    </section>
  );
}
