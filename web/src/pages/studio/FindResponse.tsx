/**
 * "Find a response": a child or their family asks to see their answers or to have them deleted.
 * The officer types the reference the child was shown on the thank-you screen, or pastes the
 * invite link they used, reads the answers, downloads them for the child, or deletes them
 * (docs/subject-rights.md). Every step is recorded in the audit log.
 */
import type { FoundResponse } from "@chorus/core/rights/schema";
import { ownName } from "@chorus/core/survey/languages";
import { createEffect, createSignal, For, Show } from "solid-js";
import { api, request, toApiError } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, setTitle } from "../../ui/Feedback";
import { StatusLine, TextField } from "../../ui/fields";
import { saveFile } from "./studioApi";

/** A link has a slash or is long; a reference is 12 letters and numbers with spaces or dashes. */
const queryOf = (typed: string) =>
  typed.includes("/") || typed.replace(/[\s-]/g, "").length > 12
    ? { link: typed }
    : { reference: typed };

const answersAt = (reference: string) => `/api/responses/${encodeURIComponent(reference)}`;

export function FindResponse(props: { expired: () => void }) {
  setTitle("Find a response", "Studio");
  const [typed, setTyped] = createSignal("");
  const [found, setFound] = createSignal<FoundResponse>();
  const [confirming, setConfirming] = createSignal(false);
  const [status, setStatus] = createSignal<string>();

  const find = createAction(async () => {
    setFound(undefined);
    setConfirming(false);
    setStatus(undefined);
    const { response } = await api.post<{ response: FoundResponse }>(
      "/api/responses/find",
      queryOf(typed().trim()),
    );
    setFound(response);
  });
  const download = createAction(async (response: FoundResponse) => {
    const answer = await fetch(`${answersAt(response.reference)}/answers.html`, {
      credentials: "same-origin",
    });
    if (!answer.ok) throw toApiError(answer.status, await answer.json().catch(() => undefined));
    saveFile(`answers-${response.reference}.html`, "text/html", await answer.text());
    setStatus(`The answers were saved as answers-${response.reference}.html.`);
  });
  const erase = createAction(async (response: FoundResponse) => {
    await request("DELETE", answersAt(response.reference));
    setFound(undefined);
    setConfirming(false);
    setTyped("");
    setStatus(
      `The response ${response.reference} is deleted. Its answers are gone and reports no longer count them.`,
    );
  });
  createEffect(() => {
    if ([find.error(), download.error(), erase.error()].some((e) => e?.status === 401)) {
      props.expired();
    }
  });

  return (
    <>
      <div class="studio-head">
        <h1>Find a response</h1>
      </div>
      <p class="lead">
        When a child or their family asks to see their answers, or to have them deleted, find the
        answers here by the reference the child was given when they sent them, or by the invite link
        they used. Everything you do here is recorded in the audit log.
      </p>
      <form
        class="find-response"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed().trim()) void find.run();
        }}
      >
        <TextField
          label="The child's reference or invite link"
          hint="A reference looks like F3A2-9C01-B7E4."
          value={typed()}
          spellcheck={false}
          autocomplete="off"
          maxLength={500}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit" class="btn primary" disabled={find.busy()}>
          Find
        </button>
      </form>
      <StatusLine text={status()} />
      <Show when={find.error()}>
        {(error) => (
          <Message kind="error" title="No response found">
            <p>{describeError(error())}</p>
          </Message>
        )}
      </Show>

      <Show when={found()}>
        {(response) => (
          <section aria-labelledby="found-title" class="found-response">
            <h2 id="found-title">
              {response().surveyTitle}: reference {response().reference}
            </h2>
            <p>
              Sent on {response().submittedOn}, in {ownName(response().language)}
              <Show when={response().ageBand}>{(band) => `, age ${band()}`}</Show>.
            </p>
            <dl class="found-answers" lang={response().language} dir="auto">
              <For each={response().answers}>
                {(answer) => (
                  <>
                    <dt>{answer.question}</dt>
                    <dd>{answer.answer}</dd>
                  </>
                )}
              </For>
            </dl>
            <div class="actions">
              <button
                type="button"
                class="btn"
                disabled={download.busy()}
                onClick={() => void download.run(response())}
              >
                Download for the child
              </button>
              <button
                type="button"
                class="btn danger"
                aria-expanded={confirming()}
                disabled={response().held}
                onClick={() => setConfirming(true)}
              >
                Delete
              </button>
            </div>
            <Show when={response().held}>
              <Message kind="info" title="These answers cannot be deleted yet">
                <p>
                  The safeguarding team is still working on them. Ask your safeguarding lead; once
                  they close their work, you can delete the answers here.
                </p>
              </Message>
            </Show>
            <Show when={confirming()}>
              <Message kind="info" title="Delete these answers for good?">
                <p>
                  This deletes the child's answers, takes them out of every report's numbers and
                  removes any quote taken from them. A safeguarding record about them is kept,
                  without the answers. It cannot be undone.
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="btn danger"
                    disabled={erase.busy()}
                    onClick={() => void erase.run(response())}
                  >
                    Yes, delete the answers
                  </button>
                  <button type="button" class="btn" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </div>
              </Message>
            </Show>
            <Show when={download.error() ?? erase.error()}>
              {(error) => (
                <Message kind="error" title="That did not work">
                  <p>{describeError(error())}</p>
                </Message>
              )}
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
