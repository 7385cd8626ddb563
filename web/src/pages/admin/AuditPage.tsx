/**
 * The audit log: one month at a time, newest first, narrowed by kind of action and by person.
 * Filters apply when the form is sent, so changing three of them costs one request, not three.
 */
import { createEffect, createSignal, For, Show } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { StatusLine, TextField } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { ACTION_FILTERS, auditQuery, detailLines, GLOSSARY, monthName, thisMonth } from "./audit";
import { Loaded } from "./Loaded";
import type { AuditEntry, StaffMember } from "./types";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });
// The API stops at this many entries; saying so beats implying the month had no more.
const API_LIMIT = 200;

export function AuditPage(props: AdminProps) {
  setTitle("Audit log", "Admin");
  const [filter, setFilter] = createSignal({ month: thisMonth(), action: "", actor: "" });
  const [monthError, setMonthError] = createSignal<string>();
  const [status, setStatus] = createSignal<string>();
  const staff = createLoad(
    () => "all",
    () => api.get<{ staff: StaffMember[] }>("/api/admin/staff"),
  );
  const log = createLoad(filter, (current) =>
    api.get<{ entries: AuditEntry[] }>(`/api/admin/audit${auditQuery(current)}`),
  );
  createEffect(() => {
    const entries = log.data()?.entries;
    if (entries && !log.loading()) {
      const count = entries.length === 1 ? "1 entry" : `${entries.length} entries`;
      setStatus(`${count} for ${monthName(filter().month)}.`);
    }
  });

  let month!: HTMLInputElement;
  let action!: HTMLSelectElement;
  let actor!: HTMLSelectElement;
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month.value)) {
      setMonthError("Enter a month as year and month, for example 2026-03.");
      month.focus();
      return;
    }
    setMonthError(undefined);
    const next = { month: month.value, action: action.value, actor: actor.value };
    if (JSON.stringify(next) === JSON.stringify(filter())) log.reload();
    else setFilter(next);
  };

  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Audit log
      </h1>
      <p class="lede">
        Who signed in, changed staff or settings, worked on surveys, opened reports or alerts.
        Entries can't be changed or removed.
      </p>
      <details class="glossary">
        <summary>What each kind of entry means</summary>
        <dl>
          <For each={GLOSSARY}>
            {(words) => (
              <>
                <dt>{words.label}</dt>
                <dd>{words.means}</dd>
              </>
            )}
          </For>
        </dl>
      </details>
      <form class="filters card" aria-label="Audit log filters" onSubmit={apply}>
        <TextField
          ref={month}
          label="Month"
          type="month"
          name="month"
          value={filter().month}
          error={monthError()}
        />
        <div class="text-field">
          <label class="field" for="audit-action">
            What happened
          </label>
          <select ref={action} id="audit-action" class="text" name="action">
            <For each={ACTION_FILTERS}>
              {(choice) => <option value={choice.value}>{choice.label}</option>}
            </For>
          </select>
        </div>
        <div class="text-field">
          <label class="field" for="audit-actor">
            Person
          </label>
          <select ref={actor} id="audit-actor" class="text" name="actor">
            <option value="">Anyone</option>
            <For each={staff.data()?.staff ?? []}>
              {(person) => (
                <option value={person.id}>
                  {person.name} ({person.email})
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="btn primary" aria-disabled={log.loading()}>
          Show entries
        </button>
      </form>
      <StatusLine text={status()} />
      <Loaded load={log} loading="Loading the audit log…" expired={props.expired}>
        {(data) => (
          <Show
            when={data().entries.length > 0}
            fallback={<p>Nothing that matches was recorded in {monthName(filter().month)}.</p>}
          >
            <Show when={data().entries.length >= API_LIMIT}>
              <p class="note">
                Showing the newest {API_LIMIT} entries. Narrow the filters to see older ones.
              </p>
            </Show>
            <AuditTable entries={data().entries} month={filter().month} />
          </Show>
        )}
      </Loaded>
    </>
  );
}

function AuditTable(props: { entries: AuditEntry[]; month: string }) {
  return (
    // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too.
    <section class="table-wrap" tabindex="0" aria-label="Audit log entries">
      <table class="data audit">
        <caption>Audit log for {monthName(props.month)}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">About</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.entries}>
            {(entry) => (
              <tr>
                <th scope="row">
                  <time datetime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
                </th>
                <td class="wrap">{entry.who}</td>
                <td>{entry.what}</td>
                <td class="wrap">{entry.about ?? ""}</td>
                <td>
                  <For each={detailLines(entry)}>
                    {(line) => <span class="detail">{line}</span>}
                  </For>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
