/**
 * A code's invite links: each private label with where its link stands, a page at a time;
 * every unused link copied at once or downloaded as CSV (the server records each time), and one
 * link revoked after a second click says so.
 */
import { INVITE_STATUS_NAMES } from "@chorus/core/distribution/schema";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { type DistributionView, type InviteView, studio } from "./studioApi";

/** "4 Mar", with the year only when it is not this one: short enough for a phone's column. */
const day = (iso?: string) => {
  if (!iso) return "";
  const date = new Date(iso);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    ...(thisYear ? {} : { year: "numeric" }),
  });
};

/** Lines to paste: the label and its link, a tab between, so a spreadsheet splits them. */
export function linesToCopy(links: { label?: string; url: string }[]): string {
  return links.map((link) => (link.label ? `${link.label}\t${link.url}` : link.url)).join("\n");
}

export function InviteList(props: {
  surveyId: string;
  distribution: DistributionView;
  /** Changes whenever more links were made, so the list starts again from the first page. */
  version: number;
}) {
  const [rows, setRows] = createSignal<InviteView[]>([]);
  const [next, setNext] = createSignal<string>();
  const [asking, setAsking] = createSignal<string>();
  const [copied, setCopied] = createSignal<{ count: number; text: string; failed: boolean }>();
  const load = createAction(async (cursor?: string) => {
    const page = await studio.invites(props.surveyId, props.distribution.id, cursor);
    setRows((before) => (cursor ? [...before, ...page.invites] : page.invites));
    setNext(page.next);
  });
  createEffect(
    on(
      () => props.version,
      () => void load.run(),
    ),
  );

  const revoke = createAction(async (invite: InviteView) => {
    const { invite: now } = await studio.revokeInvite(
      props.surveyId,
      props.distribution.id,
      invite.id,
    );
    setRows((before) => before.map((row) => (row.id === now.id ? now : row)));
    setAsking(undefined);
  });
  const copyAll = createAction(async () => {
    const { links } = await studio.inviteLinks(props.surveyId, props.distribution.id);
    const text = linesToCopy(links);
    // A browser may refuse the clipboard (no permission, not a secure page): the links are then
    // shown, selected, for the officer to copy themselves.
    const failed = await (navigator.clipboard?.writeText(text) ?? Promise.reject()).then(
      () => false,
      () => true,
    );
    setCopied({ count: links.length, text, failed });
  });
  const nameOf = (invite: InviteView) =>
    invite.label ? `${invite.label}'s link` : "the link without a label";

  return (
    <section class="invite-list" aria-label={`Invite links for code ${props.distribution.code}`}>
      <h3>Links made for this code</h3>
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => void copyAll.run()}
          aria-disabled={copyAll.busy()}
        >
          Copy all unused links
        </button>
        <a
          class="btn"
          href={studio.invitesCsvUrl(props.surveyId, props.distribution.id)}
          download={`invite-links-${props.distribution.code}.csv`}
        >
          Download as CSV
        </a>
      </div>
      <Show when={copied()}>
        {(result) => (
          <Show
            when={result().failed}
            fallback={
              <Message kind="success">
                {result().count === 1 ? "1 link copied." : `${result().count} links copied.`}
              </Message>
            }
          >
            <Message kind="info" title="Copy the links yourself">
              <p>This browser did not let Chorus copy. Select the links below and copy them.</p>
            </Message>
            <textarea
              class="text"
              rows={4}
              readonly
              aria-label="Unused links"
              value={result().text}
              ref={(element) => queueMicrotask(() => element.select())}
            />
          </Show>
        )}
      </Show>
      <Show when={copyAll.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={rows().length === 0 && !load.busy() && !load.error()}>
        <p>No links yet.</p>
      </Show>
      <Show when={rows().length > 0}>
        <div class="table-scroll">
          <table class="data invites-table">
            <thead>
              <tr>
                <th scope="col">Private label</th>
                <th scope="col">Status</th>
                <th scope="col">Made</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(invite) => (
                  <tr>
                    <td>{invite.label ?? <span class="muted">No label</span>}</td>
                    <td>
                      <span class={`invite-status ${invite.status}`}>
                        {INVITE_STATUS_NAMES[invite.status]}
                      </span>
                      <Show when={invite.usedOn ?? invite.revokedAt}>
                        {(when) => <span class="invite-when"> {day(when())}</span>}
                      </Show>
                    </td>
                    <td class="invite-when">{day(invite.createdAt)}</td>
                    <td>
                      <Show when={invite.status === "unused"}>
                        <Show
                          when={asking() === invite.id}
                          fallback={
                            <button
                              type="button"
                              class="btn danger"
                              aria-label={`Revoke ${nameOf(invite)}`}
                              onClick={() => setAsking(invite.id)}
                            >
                              Revoke
                            </button>
                          }
                        >
                          <p class="confirm">
                            Revoke {nameOf(invite)}? Whoever opens it will be told it no longer
                            works.{" "}
                            <button
                              type="button"
                              class="btn danger"
                              ref={(element) => queueMicrotask(() => element.focus())}
                              onClick={() => void revoke.run(invite)}
                              aria-disabled={revoke.busy()}
                            >
                              Yes, revoke it
                            </button>{" "}
                            <button type="button" class="btn" onClick={() => setAsking(undefined)}>
                              Keep it
                            </button>
                          </p>
                        </Show>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={revoke.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={load.busy()}>
        <Spinner label="Loading links…" />
      </Show>
      <Show when={load.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={next() && !load.busy()}>
        <button type="button" class="btn" onClick={() => void load.run(next())}>
          Show more links
        </button>
      </Show>
    </section>
  );
}
