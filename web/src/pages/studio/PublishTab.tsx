/**
 * Publishing: what must be fixed first, the safeguarding warnings (a survey that asks about
 * safety but alerts nobody needs the officer's deliberate confirmation), what publishing would
 * change, confirmed in a dialog naming the new version, which version children get, and
 * archiving or restoring. With nothing changed there is nothing to publish, and it says so.
 */
import { createSignal, For, Show } from "solid-js";
import { ApiError } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import "./dashboard.css";
import { ProblemsPanel, WarningsPanel } from "./ProblemsPanel";
import { PublishChanges } from "./PublishChanges";
import { type PublishPreview, studio } from "./studioApi";
import type { Workspace } from "./workspace";

export function PublishTab(props: { ws: Workspace }) {
  const ws = props.ws;
  const draft = () => ws.view().draft;
  const unruled = () => (ws.view().warnings ?? []).some((w) => w.kind === "noSafeguardingRule");
  const [confirmed, setConfirmed] = createSignal(false);
  // Worked out again whenever a save or a publish moves the draft on.
  const preview = createLoad(
    () => `${draft().revision}#${draft().publishedVersion}`,
    () => studio.changes(ws.surveyId),
  );
  const [asking, setAsking] = createSignal<PublishPreview>();
  let confirmBox: HTMLInputElement | undefined;
  let dialog: HTMLDialogElement | undefined;
  let opener: HTMLButtonElement | undefined;

  const closeDialog = () => {
    dialog?.close?.();
    setAsking(undefined);
    opener?.focus();
  };
  /** Saves what is waiting, then asks about exactly the revision it will publish. */
  const review = createAction(async () => {
    if (!(await ws.flush()))
      throw new Error("Your latest edits are not saved yet. Fix or wait, then try again.");
    const fresh = await studio.changes(ws.surveyId);
    if (!fresh.changed) {
      preview.reload();
      return;
    }
    setAsking(fresh);
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
  });
  const publish = createAction(async (shown: PublishPreview) => {
    try {
      const { version } = await studio.publish(
        ws.surveyId,
        shown.revision,
        unruled() && confirmed(),
      );
      closeDialog();
      ws.setView(await studio.get(ws.surveyId));
      setConfirmed(false);
      return version;
    } catch (error) {
      closeDialog();
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
          <Show when={preview.error()}>
            {(error) => (
              <Message kind="error" title="We couldn't check what has changed">
                <p>{describeError(error())}</p>
                <button type="button" class="btn" onClick={preview.reload}>
                  Try again
                </button>
              </Message>
            )}
          </Show>
          <Show when={preview.data()}>
            {(found) => (
              <Show
                when={found().changed}
                fallback={
                  <Message kind="success">
                    <p>
                      Nothing has changed since version {found().publishedVersion}. Children get
                      version {found().publishedVersion}; change the survey to publish a new one.
                    </p>
                  </Message>
                }
              >
                <button
                  type="button"
                  class="btn primary"
                  ref={opener}
                  aria-haspopup="dialog"
                  onClick={() => void review.run()}
                  aria-disabled={review.busy() || publish.busy()}
                >
                  Publish version {found().nextVersion}…
                </button>
              </Show>
            )}
          </Show>
          <Show when={preview.loading() || review.busy()}>
            <Spinner label="Checking what has changed…" inline />
          </Show>
          <Show when={review.error()}>
            {(error) => <Message kind="error">{describeError(error())}</Message>}
          </Show>
        </Show>
        <dialog
          ref={dialog}
          class="publish-dialog"
          aria-labelledby="publish-dialog-title"
          onClose={() => setAsking(undefined)}
        >
          <Show when={asking()}>
            {(shown) => (
              <>
                <h2 id="publish-dialog-title">Publish version {shown().nextVersion}?</h2>
                <p>
                  Children will get version {shown().nextVersion} through every code from now on.
                  <Show when={shown().publishedVersion > 0}>
                    {" "}
                    Answers already given stay with version {shown().publishedVersion}.
                  </Show>
                </p>
                <PublishChanges preview={shown()} defaultLanguage={ws.survey.defaultLanguage} />
                <div class="actions">
                  <button
                    type="button"
                    class="btn primary"
                    onClick={() => void publish.run(shown())}
                    aria-disabled={publish.busy()}
                  >
                    Publish version {shown().nextVersion}
                  </button>
                  <button type="button" class="btn" onClick={closeDialog}>
                    Not now
                  </button>
                  <Show when={publish.busy()}>
                    <Spinner label="Publishing…" inline />
                  </Show>
                </div>
              </>
            )}
          </Show>
        </dialog>
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
        <Show
          when={
            !publish.busy() &&
            !publish.error() &&
            draft().publishedVersion > 0 &&
            preview.data()?.changed
          }
        >
          <Message kind="info">
            <p>
              Children get version {draft().publishedVersion}. The draft has changes that are not
              published yet.
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
