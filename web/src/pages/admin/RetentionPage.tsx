/**
 * How long the organisation keeps each kind of record, and what the last nightly purge deleted
 * (counts only). Reports and approved quotes are kept whatever is set here.
 */
import type { RetentionSave, RetentionSettings } from "@chorus/core/retention/schema";
import { createSignal, For, Show } from "solid-js";
import { api, request } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, setTitle } from "../../ui/Feedback";
import { TextField } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { expireOn, Loaded } from "./Loaded";
import { SaveSettings } from "./SaveButton";

type Field = keyof RetentionSave;

const FIELDS: { name: Field; label: string; hint: string }[] = [
  {
    name: "rawAnswersMonths",
    label: "Children's answers (months)",
    hint: "Each answer is deleted this many whole months after the month it was given. Reports keep their numbers and approved quotes. 12 to 120; 24 if you have not chosen.",
  },
  {
    name: "alertsMonths",
    label: "Closed safeguarding alerts (months)",
    hint: "Counted from when the alert was closed. Open alerts are never deleted, nor the answers that raised them. At least as long as answers; 12 to 300; 84 (7 years) if you have not chosen.",
  },
  {
    name: "auditMonths",
    label: "Audit log (months)",
    hint: "Whole months of the audit log older than this are deleted. 12 to 180; 72 (6 years) if you have not chosen.",
  },
  {
    name: "sessionsDays",
    label: "Ended staff sign-ins (days)",
    hint: "Kept this many days after they end, to look into a sign-in that seems wrong. 1 to 365; 30 if you have not chosen.",
  },
];

const KIND_NAMES: Record<string, string> = {
  alerts: "closed alerts",
  responses: "answers",
  helpRequests: "“Tell my worker” requests",
  audit: "audit entries",
  sessions: "ended sign-ins",
};

export function RetentionPage(props: AdminProps) {
  setTitle("Keeping data", "Admin");
  const load = createLoad(
    () => "retention",
    () => api.get<RetentionSettings>("/api/admin/retention"),
  );
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Keeping data
      </h1>
      <p class="lede">
        How long Chorus keeps each kind of record before a nightly job deletes it. Reports and
        approved quotes are kept: last year's report reads the same after the answers behind it are
        gone.
      </p>
      <Loaded load={load} loading="Loading the settings…" expired={props.expired}>
        {(data) => <RetentionForm settings={data()} expired={props.expired} />}
      </Loaded>
    </>
  );
}

function RetentionForm(props: { settings: RetentionSettings; expired: () => void }) {
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const [status, setStatus] = createSignal<string>();
  let form!: HTMLFormElement;
  const save = createAction((body: RetentionSave) =>
    request<RetentionSettings>("PUT", "/api/admin/retention", body),
  );
  expireOn(save.error, props.expired);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus(undefined);
    save.clear();
    const value = (name: Field) => {
      const text = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      return text === "" ? Number.NaN : Number(text);
    };
    const body = Object.fromEntries(FIELDS.map(({ name }) => [name, value(name)]));
    const saved = await save.run(body as RetentionSave);
    if (saved) {
      setProblems({});
      setStatus("Settings saved. The next nightly purge uses them.");
      return;
    }
    const found = fieldIssues(save.error());
    setProblems(found);
    const first = FIELDS.find(({ name }) => found[name]);
    if (first) form.querySelector<HTMLElement>(`[data-field="${first.name}"]`)?.focus();
  };

  const last = props.settings.lastPurge;
  return (
    <>
      <form ref={form} class="card" onSubmit={submit} novalidate aria-busy={save.busy()}>
        <Show when={save.error()}>
          {(error) => (
            <Message kind="error" title="The settings weren't saved">
              {error().status === 400 ? "Check the settings marked below." : describeError(error())}
            </Message>
          )}
        </Show>
        <For each={FIELDS}>
          {(field) => (
            <TextField
              label={field.label}
              name={field.name}
              field={field.name}
              inputmode="numeric"
              autocomplete="off"
              value={String(props.settings[field.name])}
              hint={field.hint}
              error={problems()[field.name]}
            />
          )}
        </For>
        <SaveSettings status={status()} busy={save.busy()} />
      </form>
      <section class="card" aria-labelledby="last-purge">
        <h2 id="last-purge">Last purge</h2>
        <Show when={last} fallback={<p>No purge has finished yet.</p>}>
          {(purge) => (
            <>
              <p>On {purge().on} the nightly purge deleted:</p>
              <ul>
                <For each={Object.entries(purge().deleted)}>
                  {([kind, count]) => (
                    <li>
                      {count} {KIND_NAMES[kind] ?? kind}
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </Show>
      </section>
    </>
  );
}
