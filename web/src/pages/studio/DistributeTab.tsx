/**
 * Handing a published survey out: codes for a group (with a poster), single-use invite links
 * for named children, and tablet sessions that turn this device into a kiosk for one code.
 * Invite links are listed under their code with their private labels; an unused one can be
 * copied again (see `InviteList`).
 */
import { COHORT_NAMES, type Cohort } from "@chorus/core/distribution/schema";
import { createSignal, For, Show } from "solid-js";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { Invites } from "./Invites";
import { newDistributionId } from "./ids";
import { bandName } from "./SurveyDetails";
import { type DistributionView, studio } from "./studioApi";
import { TabletList, TabletStart } from "./TabletSessions";
import { WordsField } from "./Words";
import type { Workspace } from "./workspace";

/** A date input's day as the start of that day in the officer's time zone. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const shortDate = (iso?: string) =>
  iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" }) : "";

export function DistributeTab(props: { ws: Workspace }) {
  const ws = props.ws;
  const list = createLoad(() => ws.surveyId, studio.distributions);
  const [label, setLabel] = createSignal("");
  const [cohort, setCohort] = createSignal<Cohort>("children-in-care");
  const [band, setBand] = createSignal("");
  const [opens, setOpens] = createSignal("");
  const [closes, setCloses] = createSignal("");
  let id = newDistributionId();
  const create = createAction(async () => {
    await studio.distribute(ws.surveyId, {
      id,
      label: label().trim(),
      cohort: cohort(),
      ...(band() ? { ageBand: band() } : {}),
      ...(opens() ? { opensAt: dayStart(opens()) } : {}),
      // Closing at the end of the chosen day reads as officers mean it.
      ...(closes()
        ? { closesAt: new Date(Date.parse(dayStart(closes())!) + 86_399_000).toISOString() }
        : {}),
    });
    id = newDistributionId();
    setLabel("");
    list.reload();
  });
  const close = createAction(async (distribution: DistributionView) => {
    await studio.close(ws.surveyId, distribution.id);
    list.reload();
  });
  const errors = () => fieldIssues(create.error());
  const published = () => ws.view().draft.publishedVersion > 0;

  return (
    <div class="distribute">
      <Show when={!published()}>
        <Message kind="info" title="Publish first">
          <p>
            A survey can be handed out once it is published.{" "}
            <a href={`/studio/${ws.surveyId}/publish`}>Go to Publish</a>.
          </p>
        </Message>
      </Show>
      <form
        class="panel"
        aria-labelledby="new-code-title"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run();
        }}
      >
        <h2 id="new-code-title">Make a code</h2>
        <WordsField
          label="Name for this code"
          hint="For you, e.g. “CiCC summer event”. Children don't see it."
          value={label()}
          errors={errors().label ? [errors().label!] : undefined}
          onInput={setLabel}
        />
        <div class="card-grid">
          <div class="text-field">
            <label class="field" for="cohort">
              Who it is for
            </label>
            <select
              id="cohort"
              class="text"
              value={cohort()}
              onChange={(e) => setCohort(e.currentTarget.value as Cohort)}
            >
              <For each={Object.entries(COHORT_NAMES)}>
                {([value, name]) => <option value={value}>{name}</option>}
              </For>
            </select>
          </div>
          <div class="text-field">
            <label class="field" for="code-band">
              Age band (optional)
            </label>
            <select
              id="code-band"
              class="text"
              value={band()}
              onChange={(e) => setBand(e.currentTarget.value)}
            >
              <option value="">Any of the survey's bands</option>
              <For each={ws.survey.ageBands}>{(b) => <option value={b}>{bandName(b)}</option>}</For>
            </select>
          </div>
          <div class="text-field">
            <label class="field" for="opens">
              Opens on (optional)
            </label>
            <input
              id="opens"
              class="text"
              type="date"
              value={opens()}
              onInput={(e) => setOpens(e.currentTarget.value)}
            />
          </div>
          <div class="text-field">
            <label class="field" for="closes">
              Closes after (optional)
            </label>
            <input
              id="closes"
              class="text"
              type="date"
              value={closes()}
              onInput={(e) => setCloses(e.currentTarget.value)}
            />
          </div>
        </div>
        <Show when={create.error()}>
          {(error) => <Message kind="error">{errors()[""] ?? describeError(error())}</Message>}
        </Show>
        <button type="submit" class="btn primary" aria-disabled={create.busy()}>
          {create.busy() ? "Making the code…" : "Make a code"}
        </button>
      </form>
      <section aria-labelledby="codes-title">
        <h2 id="codes-title">Codes</h2>
        <Show when={list.loading() && !list.data()}>
          <Spinner label="Loading codes…" />
        </Show>
        <Show when={list.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
        <Show when={list.data()?.distributions.length === 0}>
          <p>No codes yet.</p>
        </Show>
        <ul class="codes">
          <For each={list.data()?.distributions}>
            {(d) => (
              <li class="panel code-card">
                <p class="code">
                  <span class="sr-only">Code </span>
                  <span data-testid="code">{d.code}</span>
                </p>
                <p>
                  <strong>{d.label}</strong> · {COHORT_NAMES[d.cohort]}
                  {d.ageBand ? ` · ages ${bandName(d.ageBand)}` : ""}
                  {d.opensAt ? ` · opens ${shortDate(d.opensAt)}` : ""}
                  {d.closesAt ? ` · closes ${shortDate(d.closesAt)}` : ""}
                  {d.closed ? " · closed" : ""}
                </p>
                <div class="actions">
                  <a class="btn" href={`/studio/${ws.surveyId}/poster/${d.id}`}>
                    Poster with QR code
                  </a>
                  <Show when={!d.closed}>
                    <button type="button" class="btn" onClick={() => void close.run(d)}>
                      Close this code
                    </button>
                  </Show>
                </div>
                {/* A closed code's links stay listed (as expired), for the officer's records. */}
                <Invites surveyId={ws.surveyId} distribution={d} />
                <Show when={!d.closed}>
                  <TabletStart distribution={d} />
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={close.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
      </section>
      <TabletList surveyId={ws.surveyId} />
    </div>
  );
}
