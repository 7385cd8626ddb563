/**
 * What the safeguarding lead does with an alert: acknowledge it (taking ownership), hand it to a
 * colleague, add notes, close it with an outcome, reopen it. Each is one request that is safe to
 * repeat; a note's id is chosen before it is sent, so a retried note is added once.
 */
import { createSignal, For, Show } from "solid-js";
import { type ApiError, api } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { uniqueId } from "../../ui/fields";
import { expireOn } from "../admin/Loaded";
import type { StaffUser } from "../staff/session";
import { WordsField } from "../studio/Words";
import { FieldError, messages } from "./fields";
import { ownerName } from "./SafeguardingApp";
import type { Colleague, FullAlert, Outcome } from "./types";
import { OUTCOMES, outcomeWords } from "./words";

type Props = {
  alert: FullAlert;
  me: StaffUser;
  colleagues: Colleague[];
  expired: () => void;
  onChange: (alert: FullAlert, words: string) => void;
};

/** A fresh id for a note, in the form the API asks for. */
export function noteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `note_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

const path = (alert: FullAlert, action: string) =>
  `/api/safeguarding/alerts/${encodeURIComponent(alert.id)}/${action}`;

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function AlertActions(props: Props) {
  const send = (action: string, body: unknown = {}) =>
    api.post<{ alert: FullAlert }>(path(props.alert, action), body).then((data) => data.alert);

  const acknowledge = createAction(async () => {
    props.onChange(await send("acknowledge"), "You acknowledged this alert. It is yours now.");
  });
  const reopen = createAction(async () => {
    props.onChange(await send("reopen"), "You reopened this alert.");
  });
  const failures = () =>
    [acknowledge.error(), reopen.error()].find((error): error is ApiError => Boolean(error));
  expireOn(failures, props.expired);

  const notes = () =>
    Object.entries(props.alert.notes ?? {})
      .map(([id, note]) => ({ id, ...note }))
      .sort((a, b) => a.at.localeCompare(b.at));

  return (
    <>
      <Show when={failures()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={props.alert.status === "open"}>
        <div class="act-step">
          <p>Nobody has picked this alert up yet. Acknowledging it makes it yours.</p>
          <button
            type="button"
            class="btn primary"
            aria-disabled={acknowledge.busy()}
            onClick={() => void acknowledge.run()}
          >
            {acknowledge.busy() ? "Acknowledging…" : "Acknowledge and take ownership"}
          </button>
        </div>
      </Show>
      <Show when={props.alert.status === "closed"}>
        <div class="act-step">
          <p>
            Closed: {props.alert.outcome ? outcomeWords(props.alert.outcome) : "no outcome given"}
            {props.alert.reason ? `: ${props.alert.reason}` : ""}.
          </p>
          <button
            type="button"
            class="btn"
            aria-disabled={reopen.busy()}
            onClick={() => void reopen.run()}
          >
            {reopen.busy() ? "Reopening…" : "Reopen this alert"}
          </button>
        </div>
      </Show>
      <Show when={props.alert.status !== "closed"}>
        <AssignForm {...props} send={send} />
      </Show>
      <NoteForm {...props} send={send} />
      <Show when={notes().length > 0}>
        <h3>Notes</h3>
        <ol class="notes">
          <For each={notes()}>
            {(note) => (
              <li>
                <p class="note-text">{note.text}</p>
                <p class="muted">
                  {note.by}, <time datetime={note.at}>{WHEN.format(new Date(note.at))}</time>
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.alert.status !== "closed"}>
        <CloseForm {...props} send={send} />
      </Show>
    </>
  );
}

type Send = (action: string, body?: unknown) => Promise<FullAlert>;

function AssignForm(props: Props & { send: Send }) {
  const id = uniqueId("assign");
  const others = () => props.colleagues.filter((person) => person.id !== props.alert.ownerId);
  const [chosen, setChosen] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const assign = createAction(async (staffId: string) => {
    const alert = await props.send("assign", { staffId });
    props.onChange(
      alert,
      `You handed this alert to ${ownerName(props.colleagues, staffId, props.me)}.`,
    );
    setChosen("");
  });
  expireOn(assign.error, props.expired);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!chosen()) return setProblem("Choose who to hand it to.");
    setProblem(undefined);
    void assign.run(chosen());
  };
  const error = () => problem() ?? (assign.error() && describeError(assign.error()!));
  return (
    <form class="act-step" onSubmit={submit} noValidate>
      <h3>Hand to a colleague</h3>
      <Show
        when={others().length > 0}
        fallback={
          <p class="muted">There is nobody else with the safeguarding role to hand it to.</p>
        }
      >
        <label class="field" for={id}>
          Colleague
        </label>
        <div class="inline-form">
          <select
            id={id}
            value={chosen()}
            onChange={(event) => setChosen(event.currentTarget.value)}
            aria-invalid={error() ? true : undefined}
            aria-describedby={error() ? `${id}-error` : undefined}
          >
            <option value="">Choose a colleague</option>
            <For each={others()}>
              {(person) => (
                <option value={person.id}>
                  {person.id === props.me.id ? `${person.name} (you)` : person.name}
                </option>
              )}
            </For>
          </select>
          <button type="submit" class="btn" aria-disabled={assign.busy()}>
            {assign.busy() ? "Handing over…" : "Hand over"}
          </button>
        </div>
        <FieldError id={`${id}-error`} text={error()} />
      </Show>
    </form>
  );
}

function NoteForm(props: Props & { send: Send }) {
  const [text, setText] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  // Chosen once per note, so sending the same note again after a failure adds it once.
  let pending = noteId();
  const add = createAction(async (words: string) => {
    const alert = await props.send("notes", { id: pending, text: words });
    pending = noteId();
    setText("");
    props.onChange(alert, "Your note was added.");
  });
  expireOn(add.error, props.expired);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const words = text().trim();
    if (!words) return setProblem("Write the note first.");
    setProblem(undefined);
    void add.run(words);
  };
  const error = () => problem() ?? (add.error() && describeError(add.error()!));
  return (
    <form class="act-step" onSubmit={submit} noValidate>
      <h3>Add a note</h3>
      <WordsField
        multiline
        label="Your note"
        hint="What you did or found out, e.g. who you rang. Notes stay with the alert."
        errors={messages(error())}
        value={text()}
        onInput={(value) => {
          setText(value);
          // New words are a new note; the same words sent again are the same note.
          pending = noteId();
        }}
      />
      <p>
        <button type="submit" class="btn" aria-disabled={add.busy()}>
          {add.busy() ? "Adding…" : "Add note"}
        </button>
      </p>
    </form>
  );
}

function CloseForm(props: Props & { send: Send }) {
  const id = uniqueId("close");
  const [outcome, setOutcome] = createSignal<Outcome>();
  const [reason, setReason] = createSignal("");
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const close = createAction(async (body: { outcome: Outcome; reason?: string }) => {
    const alert = await props.send("close", body);
    props.onChange(alert, `You closed this alert: ${outcomeWords(body.outcome)}.`);
  });
  expireOn(close.error, props.expired);
  const noFurther = () => outcome() === "no-further-action";
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = outcome();
    const why = reason().trim();
    const found: Record<string, string> = {};
    if (!chosen) found.outcome = "Choose what happened.";
    if (noFurther() && !why) found.reason = "Say why no further action is needed.";
    setProblems(found);
    if (!chosen || Object.keys(found).length > 0) return;
    void close.run({ outcome: chosen, ...(why ? { reason: why } : {}) });
  };
  const issues = () => ({ ...fieldIssues(close.error()), ...problems() });
  const general = () => {
    const error = close.error();
    if (!error) return undefined;
    const fields = fieldIssues(error);
    return fields.outcome || fields.reason ? fields[""] : describeError(error);
  };
  return (
    <form class="act-step close-form" onSubmit={submit} noValidate>
      <h3>Record the outcome and close</h3>
      <Show when={general()}>{(text) => <Message kind="error">{text()}</Message>}</Show>
      <fieldset
        aria-describedby={issues().outcome ? `${id}-outcome-error` : undefined}
        aria-invalid={issues().outcome ? true : undefined}
      >
        <legend>What happened?</legend>
        <FieldError id={`${id}-outcome-error`} text={issues().outcome} />
        <For each={OUTCOMES}>
          {(item) => (
            <label class="outcome-choice">
              <input
                type="radio"
                name={`${id}-outcome`}
                value={item.value}
                checked={outcome() === item.value}
                onChange={() => setOutcome(item.value)}
              />{" "}
              {item.label}
            </label>
          )}
        </For>
      </fieldset>
      <WordsField
        multiline
        label={noFurther() ? "Why is no further action needed?" : "Anything to add (optional)"}
        errors={messages(issues().reason)}
        value={reason()}
        onInput={setReason}
      />
      <p>
        <button type="submit" class="btn primary" aria-disabled={close.busy()}>
          {close.busy() ? "Closing…" : "Close the alert"}
        </button>
      </p>
    </form>
  );
}
