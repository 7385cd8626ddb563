/**
 * Single-use links: one for each private label typed (a first name or a case reference), and
 * any number without one; the new ones shown with copy buttons, every one listed below.
 */
import { createSignal, For, Show } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { uniqueId } from "../../ui/fields";
import { InviteList } from "./InviteList";
import { randomPart } from "./ids";
import { type DistributionView, type Invite, studio } from "./studioApi";
import { NumberField } from "./Words";

export function Invites(props: { surveyId: string; distribution: DistributionView }) {
  const id = uniqueId("names");
  const [names, setNames] = createSignal("");
  const [unlabelled, setUnlabelled] = createSignal<number | undefined>(0);
  const [made, setMade] = createSignal<Invite[]>([]);
  const [copied, setCopied] = createSignal<string>();
  const [version, setVersion] = createSignal(0);
  // Kept until the links are made, so a retry after a lost answer gives back the same links.
  let batch = `ivb_${randomPart()}`;
  const create = createAction(async () => {
    const labels = names()
      .split("\n")
      .map((n) => n.trim())
      .filter(Boolean);
    const count = unlabelled() ?? 0;
    if (labels.length + count === 0) {
      throw new Error("Type at least one label, or say how many links without a label.");
    }
    const { invites } = await studio.invite(
      props.surveyId,
      props.distribution.id,
      labels,
      count,
      batch,
    );
    batch = `ivb_${randomPart()}`;
    setMade(invites);
    setNames("");
    setUnlabelled(0);
    setVersion((n) => n + 1);
  });
  return (
    <details class="more">
      <summary>Single-use invite links</summary>
      <Show when={!props.distribution.closed}>
        <div class="text-field">
          <label class="field" for={id}>
            Private labels, one a line (one link each)
          </label>
          <p class="hint" id={`${id}-hint`}>
            A first name or a case reference, up to 80 letters. Children never see it and reports
            never show it; only the safeguarding lead sees it, if the child's answers raise an
            alert.
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
        <NumberField
          label="Links without a label"
          min={0}
          max={200}
          value={unlabelled()}
          onInput={setUnlabelled}
        />
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
          <Message kind="info" title="New links">
            <p>Each works once. Unused links can be copied again from the list below.</p>
          </Message>
          <ul class="invites">
            <For each={made()}>
              {(invite) => (
                <li>
                  <span>{invite.label ?? "No label"}</span> <code>{invite.url}</code>{" "}
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Copy the link ${invite.label ? `for ${invite.label}` : "without a label"}`}
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
      </Show>
      <InviteList surveyId={props.surveyId} distribution={props.distribution} version={version()} />
    </details>
  );
}
