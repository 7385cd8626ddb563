/**
 * Publishing: what must be fixed first, the safeguarding warnings (a survey that asks about
 * safety but alerts nobody needs the officer's deliberate confirmation), the button that makes
 * the draft the version children get, which version that is, and archiving or restoring.
 */
import { createSignal, For, Show } from "solid-js";
import { ApiError } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { ProblemsPanel, WarningsPanel } from "./ProblemsPanel";
import { studio } from "./studioApi";
import type { Workspace } from "./workspace";

export function PublishTab(props: { ws: Workspace }) {
  const ws = props.ws;
  const draft = () => ws.view().draft;
  const unruled = () => (ws.view().warnings ?? []).some((w) => w.kind === "noSafeguardingRule");
  const [confirmed, setConfirmed] = createSignal(false);
  let confirmBox: HTMLInputElement | undefined;
  const publish = createAction(async () => {
    if (!(await ws.flush()))
      throw new Error("Your latest edits are not saved yet. Fix or wait, then try again.");
    try {
      const { version } = await studio.publish(
        ws.surveyId,
        ws.revision(),
        unruled() && confirmed(),
      );
      ws.setView(await studio.get(ws.surveyId));
      setConfirmed(false);
      return version;
    } catch (error) {
      if (error instanceof ApiError && error.code === "survey.safeguarding_unconfirmed") {
        // The warning may be newer than this screen: show it and put the officer at the box.
        ws.setView(await studio.get(ws.surveyId));
        requestAnimationFrame(() => confirmBox?.focus());
      }
      throw error;
    }
  });
  const archive = createAction(async (archived: boolean) => {
    await (archived ? studio.archive(ws.surveyId) : studio.restore(ws.surveyId));
    ws.setView(await studio.get(ws.surveyId));
  });
  const notReady = () =>
    ((publish.error()?.issues as { nested?: { survey?: string[] } } | undefined)?.nested?.survey ??
      []) as string[];
  const versions = () =>
    Array.from({ length: draft().publishedVersion }, (_, i) => draft().publishedVersion - i);

  return (
    <div class="publish">
      <ProblemsPanel ws={ws} />
      <WarningsPanel ws={ws} />
      <section class="panel" aria-labelledby="publish-title">
        <h2 id="publish-title">Publish</h2>
        <p>
          Publishing makes this draft the version children get through every code. Earlier answers
          stay with the version they were given on.
        </p>
        <Show when={draft().status !== "archived" && unruled()}>
          <div class="confirm-box">
            <label class="check">
              <input
                ref={confirmBox}
                type="checkbox"
                checked={confirmed()}
                aria-describedby="warning-noSafeguardingRule"
                onChange={(event) => setConfirmed(event.currentTarget.checked)}
              />
              <span>
                Publish without a safeguarding rule: I understand that nobody will be alerted,
                whatever a child answers to the questions about safety named above.
              </span>
            </label>
          </div>
        </Show>
        <Show when={draft().status !== "archived"}>
          <button
            type="button"
            class="btn primary"
            onClick={() => void publish.run()}
            aria-disabled={publish.busy()}
          >
            {draft().publishedVersion > 0 ? "Publish the changes" : "Publish"}
          </button>
          <Show when={publish.busy()}>
            <Spinner label="Publishing…" inline />
          </Show>
        </Show>
        <Show when={publish.error()}>
          {(error) => (
            <Message kind="error" title="Not published">
              <Show when={notReady().length > 0} fallback={<p>{describeError(error())}</p>}>
                <p>Fix these first:</p>
                <ul>
                  <For each={notReady()}>{(problem) => <li>{problem}</li>}</For>
                </ul>
              </Show>
            </Message>
          )}
        </Show>
        <Show when={!publish.busy() && !publish.error() && draft().publishedVersion > 0}>
          <Message kind={draft().unpublishedChanges ? "info" : "success"}>
            <p>
              Children get version {draft().publishedVersion}.
              {draft().unpublishedChanges
                ? " The draft has changes that are not published yet."
                : " The draft matches it."}
            </p>
          </Message>
        </Show>
      </section>
      <Show when={versions().length > 0}>
        <section class="panel" aria-labelledby="versions-title">
          <h2 id="versions-title">Versions</h2>
          <ul>
            <For each={versions()}>
              {(n) => (
                <li>
                  Version {n}
                  {n === draft().publishedVersion ? " — children get this one" : ""}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="panel" aria-labelledby="archive-title">
        <h2 id="archive-title">{draft().status === "archived" ? "Archived" : "Archive"}</h2>
        <Show
          when={draft().status === "archived"}
          fallback={
            <>
              <p>
                Archiving closes the survey to children: its codes stop working. Reports keep its
                answers.
              </p>
              <button
                type="button"
                class="btn"
                onClick={() => void archive.run(true)}
                aria-disabled={archive.busy()}
              >
                Archive this survey
              </button>
            </>
          }
        >
          <p>Children cannot answer this survey. Restoring opens its codes again.</p>
          <button
            type="button"
            class="btn"
            onClick={() => void archive.run(false)}
            aria-disabled={archive.busy()}
          >
            Restore this survey
          </button>
        </Show>
        <Show when={archive.error()}>
          {(error) => <Message kind="error">{describeError(error())}</Message>}
        </Show>
      </section>
    </div>
  );
}
