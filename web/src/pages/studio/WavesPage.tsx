/**
 * Waves: the named periods ("Spring 2027") reports compare across. An officer sets each one on
 * a code (every answer that came through it) or on dates (every answer given between them), for
 * the whole organisation. Reports read them at once: naming a wave recounts nothing.
 */
import type { Wave } from "@chorus/core/wave/schema";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { api, request } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { StatusLine, TextField } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import { randomPart } from "./ids";
import { studio } from "./studioApi";

const at = (id: string) => `/api/surveys/waves/${encodeURIComponent(id)}`;

/** "1 March 2027", in the reader's own words for a date. */
const dayWords = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** The wave in words; `surveyName` is the staff's name for the survey a code wave is on. */
export function describeWave(wave: Wave, surveyName?: string): string {
  if (wave.code) {
    return `answers through code ${wave.code}${surveyName ? ` of “${surveyName}”` : ""}`;
  }
  if (wave.from && wave.to)
    return `answers given from ${dayWords(wave.from)} to ${dayWords(wave.to)}`;
  return "";
}

export function WavesPage(props: { expired: () => void }) {
  setTitle("Waves", "Studio");
  const waves = createLoad(
    () => "all",
    () => api.get<{ waves: Wave[] }>("/api/reports/waves"),
  );
  // Only to name the survey behind a code; the page works without it.
  const surveys = createLoad(() => "all", studio.list);
  const surveyName = (wave: Wave) =>
    surveys.data()?.surveys?.find((survey) => survey.id === wave.surveyId)?.staffName;
  const [kind, setKind] = createSignal<"dates" | "code">("dates");
  const [label, setLabel] = createSignal("");
  const [code, setCode] = createSignal("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [status, setStatus] = createSignal<string>();
  // Made once per new wave, so a retried save (a double click, a dropped answer) is the same one.
  let pendingId = `wav_${randomPart()}`;

  const save = createAction(async () => {
    const body =
      kind() === "code"
        ? { label: label().trim(), code: code().trim().toUpperCase() }
        : { label: label().trim(), from: from(), to: to() };
    await request("PUT", at(pendingId), body);
    pendingId = `wav_${randomPart()}`;
    setStatus(`Wave “${label().trim()}” saved. Reports can now be read by it.`);
    setLabel("");
    setCode("");
    setFrom("");
    setTo("");
    waves.reload();
  });
  const remove = createAction(async (wave: Wave) => {
    await request("DELETE", at(wave.id));
    setStatus(`Wave “${wave.label}” removed.`);
    waves.reload();
  });
  // A session that ended while the page was open: the shell asks to sign in again.
  createEffect(() => {
    if ([waves.error(), save.error(), remove.error()].some((e) => e?.status === 401)) {
      props.expired();
    }
  });
  const issues = () => fieldIssues(save.error());

  return (
    <>
      <div class="studio-head">
        <h1>Waves</h1>
      </div>
      <p class="lead">
        A wave is a named period, such as “Spring 2027”, that reports compare: each question and
        theme is shown wave by wave, with the change. Set one on the code you handed out for that
        round, or on the dates children answered between.
      </p>
      <StatusLine text={status()} />

      <section aria-labelledby="waves-list">
        <h2 id="waves-list">Your waves</h2>
        <Switch>
          <Match when={waves.error()}>
            {(error) => (
              <Message kind="error" title="The waves could not be loaded">
                <p>{describeError(error())}</p>
                <button type="button" class="btn" onClick={waves.reload}>
                  Try again
                </button>
              </Message>
            )}
          </Match>
          <Match when={waves.loading() && !waves.data()}>
            <Spinner label="Loading the waves" />
          </Match>
          <Match when={waves.data()?.waves.length === 0}>
            <p>No waves yet. Reports show every answer together until you name one.</p>
          </Match>
          <Match when={waves.data()}>
            {(data) => (
              <ul class="wave-list">
                <For each={data().waves}>
                  {(wave) => (
                    <li>
                      <strong>{wave.label}</strong>: {describeWave(wave, surveyName(wave))}{" "}
                      <button
                        type="button"
                        class="btn small"
                        disabled={remove.busy()}
                        onClick={() => {
                          if (confirm(`Remove the wave “${wave.label}”? No answer is removed.`)) {
                            void remove.run(wave);
                          }
                        }}
                      >
                        Remove<span class="sr-only"> {wave.label}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            )}
          </Match>
        </Switch>
        <Show when={remove.error()}>
          {(error) => (
            <Message kind="error" title="The wave could not be removed">
              <p>{describeError(error())}</p>
            </Message>
          )}
        </Show>
      </section>

      <section aria-labelledby="wave-new">
        <h2 id="wave-new">Name a wave</h2>
        <form
          class="wave-form"
          onSubmit={(event) => {
            event.preventDefault();
            setStatus(undefined);
            void save.run();
          }}
        >
          <TextField
            label="Name"
            hint="What leaders will read, such as Spring 2027."
            value={label()}
            maxLength={60}
            error={issues().label}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
          <fieldset class="inline-choices">
            <legend>Which answers are in it</legend>
            <label class="check">
              <input
                type="radio"
                name="wave-kind"
                checked={kind() === "dates"}
                onChange={() => setKind("dates")}
              />
              <span>Answers given between two dates</span>
            </label>
            <label class="check">
              <input
                type="radio"
                name="wave-kind"
                checked={kind() === "code"}
                onChange={() => setKind("code")}
              />
              <span>Answers through one code</span>
            </label>
          </fieldset>
          <Show
            when={kind() === "dates"}
            fallback={
              <TextField
                label="Code"
                hint="The access code children typed, such as KX7RMQ4D."
                value={code()}
                maxLength={20}
                error={issues().code}
                onInput={(event) => setCode(event.currentTarget.value)}
              />
            }
          >
            <TextField
              label="First day"
              type="date"
              value={from()}
              error={issues().from}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
            <TextField
              label="Last day"
              type="date"
              value={to()}
              error={issues().to}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </Show>
          <Show when={save.error() && !Object.keys(issues()).some((key) => key !== "")}>
            <Message kind="error" title="The wave was not saved">
              <p>{describeError(save.error()!)}</p>
            </Message>
          </Show>
          <button type="submit" class="btn primary" disabled={save.busy()}>
            {save.busy() ? "Saving…" : "Save the wave"}
          </button>
        </form>
      </section>
    </>
  );
}
