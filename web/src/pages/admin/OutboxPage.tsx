/**
 * Messages Chorus would e-mail (invitations, for now), newest first. Until a council connects an
 * e-mail sender this is where an admin finds a link to pass on by hand.
 */
import { For, Show } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { Loaded } from "./Loaded";
import type { OutboxMessage } from "./types";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function OutboxPage(props: AdminProps) {
  setTitle("Outbox", "Admin");
  const load = createLoad(
    () => "all",
    () => api.get<{ messages: OutboxMessage[] }>("/api/admin/outbox"),
  );

  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Outbox
      </h1>
      <p class="lede">
        Messages Chorus has written for people at {props.me.orgName}, newest first. Links in them
        open in a new tab.
      </p>
      <p>
        <button
          type="button"
          class="btn small"
          onClick={() => load.loading() || load.reload()}
          aria-disabled={load.loading()}
        >
          Check for new messages
        </button>
      </p>
      <Loaded
        load={load}
        loading="Loading messages…"
        refreshing="Checking for new messages…"
        expired={props.expired}
      >
        {(data) => (
          <Show
            when={data().messages.length > 0}
            fallback={<p>No messages yet. Invitations appear here when you invite someone.</p>}
          >
            <ol class="outbox">
              <For each={data().messages}>{(message) => <Letter message={message} />}</For>
            </ol>
          </Show>
        )}
      </Loaded>
    </>
  );
}

function Letter(props: { message: OutboxMessage }) {
  const id = () => `message-${props.message.id}`;
  return (
    <li class="letter card" aria-labelledby={id()}>
      <h2 id={id()}>{props.message.subject}</h2>
      <dl class="letter-facts">
        <div>
          <dt>To</dt>
          <dd>{props.message.to}</dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>
            <time datetime={props.message.createdAt}>
              {WHEN.format(new Date(props.message.createdAt))}
            </time>
          </dd>
        </div>
      </dl>
      <p class="letter-body">
        <For each={linkify(props.message.body)}>
          {(run) =>
            run.href ? (
              <a href={run.href} target="_blank" rel="noopener noreferrer">
                {run.text}
              </a>
            ) : (
              run.text
            )
          }
        </For>
      </p>
    </li>
  );
}

/**
 * Splits plain text into runs of words and web addresses, so an e-mail body can be shown with its
 * links clickable without ever treating the text as HTML.
 */
export type Run = { text: string; href?: string };

// Stops at whitespace and at characters that end an address in prose more often than belong to it.
const ADDRESS = /https?:\/\/[^\s<>"']+/g;
const TRAILING = /[.,;:!?)\]]+$/;

export function linkify(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const found of text.matchAll(ADDRESS)) {
    const start = found.index;
    const href = found[0].replace(TRAILING, "");
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: href, href });
    last = start + href.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
