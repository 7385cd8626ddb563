/** Single-use links for named children: typed one name a line, shown once with copy buttons. */
import { createSignal, For, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { uniqueId } from "../../ui/fields";
import { type DistributionView, type Invite, studio } from "./studioApi";

export function Invites(props: { surveyId: string; distribution: DistributionView }) {
  const id = uniqueId("names");
  const [names, setNames] = createSignal("");
  const [made, setMade] = createSignal<Invite[]>([]);
  const [copied, setCopied] = createSignal<string>();
  const create = createAction(async () => {
    const labels = names()
      .split("\n")
      .map((n) => n.trim())
      .filter(Boolean);
    if (labels.length === 0) throw new Error("Type at least one name.");
    const { invites } = await studio.invite(props.surveyId, props.distribution.id, labels);
    setMade(invites);
    setNames("");
  });
  return (
    <details class="more">
      <summary>Invite links for named children</summary>
      <div class="text-field">
        <label class="field" for={id}>
          Names, one a line
        </label>
        <p class="hint" id={`${id}-hint`}>
          Names stay with the links and never appear in reports.
        </p>
        <textarea
          id={id}
          class="text"
          rows={4}
          aria-describedby={`${id}-hint`}
          value={names()}
          onInput={(e) => setNames(e.currentTarget.value)}
        />
      </div>
      <button
        type="button"
        class="btn"
        onClick={() => void create.run()}
        aria-disabled={create.busy()}
      >
        {create.busy() ? "Making links…" : "Make links"}
      </button>
      <Show when={create.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Show when={made().length > 0}>
        <Message kind="info" title="Copy these links now">
          <p>Each works once. They will not be shown again.</p>
        </Message>
        <ul class="invites">
          <For each={made()}>
            {(invite) => (
              <li>
                <span>{invite.label}</span> <code>{invite.url}</code>{" "}
                <button
                  type="button"
                  class="btn"
                  aria-label={`Copy the link for ${invite.label}`}
                  onClick={async () => {
                    await navigator.clipboard?.writeText(invite.url).catch(() => undefined);
                    setCopied(invite.token);
                  }}
                >
                  {copied() === invite.token ? "Copied" : "Copy"}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </details>
  );
}
