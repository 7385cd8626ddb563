/**
 * The queue: alerts that need a person, open first, urgent first, the one waiting longest first;
 * closed ones behind their own tab. It checks for new alerts every few seconds while the tab is
 * in view and says so politely, without moving focus or rebuilding the rows.
 */
import { createEffect, createSignal, For, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { type ApiError, api } from "../../api";
import { asApiError, describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner, setTitle } from "../../ui/Feedback";
import { expireOn } from "../admin/Loaded";
import { ownerName, type SafeguardingProps } from "./SafeguardingApp";
import type { AlertStatus, Colleague, ListedAlert } from "./types";
import {
  clockTime,
  gravestFirst,
  isOverdue,
  queueOrder,
  reasonWords,
  relativeTime,
  SEVERITY_WORDS,
  STATUS_WORDS,
} from "./words";

/** How often the queue asks for new alerts while it is in view. */
export const POLL_MS = 10_000;

type Tab = "active" | "closed";

const fetchStatus = (status: AlertStatus) =>
  api
    .get<{ alerts: ListedAlert[] }>(`/api/safeguarding/alerts?status=${status}`)
    .then((data) => data.alerts);

/** Words for the polite announcement of alerts that arrived since the last look. */
export function arrivalWords(arrived: ListedAlert[]): string {
  if (arrived.length === 0) return "";
  if (arrived.length === 1) {
    const [alert] = arrived as [ListedAlert];
    const [first] = gravestFirst(alert.reasons);
    const why = first ? `: ${reasonWords(first)}` : "";
    return `New ${alert.severity === "urgent" ? "urgent alert" : "concern"}${why}.`;
  }
  const urgent = arrived.filter((alert) => alert.severity === "urgent").length;
  return `${arrived.length} new alerts${urgent ? `, ${urgent} urgent` : ""}.`;
}

export function QueuePage(props: SafeguardingProps & { colleagues: Colleague[] }) {
  const [show, setShow] = createSignal<Tab>("active");
  const [lists, setLists] = createStore<Record<Tab, ListedAlert[]>>({ active: [], closed: [] });
  const [loaded, setLoaded] = createSignal<Record<Tab, boolean>>({ active: false, closed: false });
  const [error, setError] = createSignal<ApiError>();
  const [now, setNow] = createSignal(new Date());
  const [news, setNews] = createSignal("");
  let seen: Set<string> | undefined;
  let checking = false;

  const fetchShown = async (which: Tab) => {
    if (which === "closed") return fetchStatus("closed");
    const [open, acknowledged] = await Promise.all([
      fetchStatus("open"),
      fetchStatus("acknowledged"),
    ]);
    return [...open, ...acknowledged].sort(queueOrder);
  };

  const check = async () => {
    if (checking) return;
    checking = true;
    const which = show();
    try {
      const alerts = await fetchShown(which);
      if (which === "active") {
        const arrived = seen ? alerts.filter((a) => a.status === "open" && !seen?.has(a.id)) : [];
        seen = new Set([...(seen ?? []), ...alerts.map((alert) => alert.id)]);
        if (arrived.length > 0) setNews(arrivalWords(arrived));
      }
      // Rows keep their elements (and any focus in them) when an alert is unchanged.
      setLists(which, reconcile(alerts, { key: "id" }));
      setLoaded((before) => ({ ...before, [which]: true }));
      setError(undefined);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      checking = false;
      setNow(new Date());
    }
  };

  onMount(() => {
    void check();
    const poll = setInterval(() => {
      if (document.visibilityState === "visible") void check();
    }, POLL_MS);
    const tick = setInterval(() => setNow(new Date()), 30_000);
    const onVisible = () => document.visibilityState === "visible" && void check();
    document.addEventListener("visibilitychange", onVisible);
    onCleanup(() => {
      clearInterval(poll);
      clearInterval(tick);
      document.removeEventListener("visibilitychange", onVisible);
    });
  });

  const choose = (which: Tab) => {
    if (show() === which) return;
    setShow(which);
    void check();
  };

  const openCount = () => lists.active.filter((alert) => alert.status === "open").length;
  createEffect(() => {
    if (!loaded().active) return setTitle("Alerts", "Safeguarding");
    const count = openCount();
    setTitle(`${count === 0 ? "No" : count} open alert${count === 1 ? "" : "s"}`, "Safeguarding");
  });
  expireOn(error, props.expired);

  const shown = () => lists[show()];

  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Alerts
      </h1>
      <p class="lede">
        Children at {props.me.orgName} who may not be safe. New alerts appear here by themselves;
        the most urgent, waiting longest, come first.
      </p>
      {/* Read out when new alerts arrive; focus stays where it is. */}
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {news()}
      </p>
      <fieldset class="queue-tabs">
        <legend class="sr-only">Which alerts to show</legend>
        <button
          type="button"
          class="btn small"
          aria-pressed={show() === "active"}
          onClick={() => choose("active")}
        >
          Needs action
          <Show when={loaded().active}> ({lists.active.length})</Show>
        </button>
        <button
          type="button"
          class="btn small"
          aria-pressed={show() === "closed"}
          onClick={() => choose("closed")}
        >
          Closed
        </button>
      </fieldset>
      <Show when={error()}>
        {(failure) => (
          <Message kind="error" title="Couldn't check for alerts">
            <p>
              {describeError(failure())} The list below may be out of date; Chorus keeps trying.
            </p>
            <button type="button" class="btn small" onClick={() => void check()}>
              Try again now
            </button>
          </Message>
        )}
      </Show>
      <Switch>
        <Match when={!loaded()[show()]}>
          <Show when={!error()}>
            <Spinner label="Loading alerts…" />
          </Show>
        </Match>
        <Match when={shown().length === 0}>
          <p class="queue-empty">
            {show() === "active"
              ? "No alerts need action. New ones will appear here by themselves."
              : "No closed alerts yet."}
          </p>
        </Match>
        <Match when={shown().length > 0}>
          <ol class="queue">
            <For each={shown()}>
              {(alert) => (
                <QueueRow
                  alert={alert}
                  now={now()}
                  owner={ownerName(props.colleagues, alert.owner, props.me)}
                />
              )}
            </For>
          </ol>
        </Match>
      </Switch>
    </>
  );
}

function QueueRow(props: { alert: ListedAlert; now: Date; owner?: string }) {
  const overdue = () => isOverdue(props.alert, props.now);
  const reasons = () => gravestFirst(props.alert.reasons);
  const heading = () => {
    const [first] = reasons();
    return first ? reasonWords(first) : "An alert";
  };
  return (
    <li
      class={`card queue-item ${props.alert.severity}`}
      classList={{ overdue: overdue(), closed: props.alert.status === "closed" }}
    >
      <p class="queue-badges">
        <span class={`badge severity ${props.alert.severity}`}>
          {SEVERITY_WORDS[props.alert.severity]}
        </span>
        <Show when={overdue()}>
          <span class="badge overdue">Overdue</span>
        </Show>
        <span class="badge">{STATUS_WORDS[props.alert.status]}</span>
      </p>
      <h2>
        <a href={`/safeguarding/alerts/${encodeURIComponent(props.alert.id)}`}>{heading()}</a>
      </h2>
      <Show when={reasons().length > 1}>
        <ul class="queue-reasons">
          <For each={reasons().slice(1)}>{(reason) => <li>{reasonWords(reason)}</li>}</For>
        </ul>
      </Show>
      <dl class="queue-facts">
        <div>
          <dt>Arrived</dt>
          <dd>
            <time datetime={props.alert.raisedAt}>
              {relativeTime(props.alert.raisedAt, props.now)}
            </time>
          </dd>
        </div>
        <Show when={props.alert.status !== "closed"}>
          <div>
            <dt>{overdue() ? "Was due" : "Due"}</dt>
            <dd>
              <time datetime={props.alert.dueAt}>{clockTime(props.alert.dueAt, props.now)}</time> (
              {relativeTime(props.alert.dueAt, props.now)})
            </dd>
          </div>
        </Show>
        <div>
          <dt>Owner</dt>
          <dd>{props.owner ?? "Nobody yet"}</dd>
        </div>
      </dl>
    </li>
  );
}
