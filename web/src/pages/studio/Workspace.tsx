/**
 * A survey's workspace: its name and state, where saving has got to, the four tabs, and the
 * conflict and restore notices that can appear over any of them.
 */
import { pick } from "@chorus/core/survey/schema";
import { createEffect, For, lazy, Match, Show, Switch } from "solid-js";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { Message, Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { DesignTab } from "./DesignTab";
import { DistributeTab } from "./DistributeTab";
import { PublishTab } from "./PublishTab";
import { SaveState } from "./SaveState";
import { StatusBadge } from "./StatusBadge";
import { saveFile, studio, timeOf } from "./studioApi";
import { TranslationsTab } from "./TranslationsTab";
import { createWorkspace, type Workspace as State } from "./workspace";

export type Tab = "design" | "translations" | "publish" | "distribute" | "themes";

// Theme work reads what children wrote; it comes with its own tab only.
const ThemesTab = lazy(() => import("./themes/ThemesTab").then((m) => ({ default: m.ThemesTab })));

const TAB_NAMES: [Tab, string][] = [
  ["design", "Design"],
  ["translations", "Translations"],
  ["publish", "Publish"],
  ["distribute", "Hand out"],
  ["themes", "Themes and quotes"],
];

export function Workspace(props: { surveyId: string; tab: Tab; expired: () => void }) {
  const load = createLoad(() => props.surveyId, studio.get);
  createEffect(() => {
    if (load.error()?.status === 401) props.expired();
  });
  return (
    <Switch>
      <Match when={load.error()}>
        {(error) => (
          <Message kind="error" title="This survey didn't load">
            <p>{describeError(error())}</p>
            <p>
              <a href="/studio">Back to all surveys</a>
            </p>
          </Message>
        )}
      </Match>
      <Match when={load.data()}>
        {(first) => <Open ws={createWorkspace(first())} tab={props.tab} />}
      </Match>
      <Match when={load.loading()}>
        <Spinner label="Opening the survey…" />
      </Match>
    </Switch>
  );
}

function Open(props: { ws: State; tab: Tab }) {
  const ws = props.ws;
  const title = () => pick(ws.survey.title, ws.survey.defaultLanguage, "en") || "Untitled survey";
  const staffName = () => ws.view().draft.staffName;
  createEffect(() => setTitle(staffName(), "Studio"));
  const exporting = createAction(async () => {
    await ws.flush();
    const { format, definition } = await studio.exportJson(ws.surveyId);
    saveFile(
      `${ws.surveyId}.json`,
      "application/json",
      JSON.stringify({ format, definition }, null, 2),
    );
  });
  const draft = () => ws.view().draft;

  return (
    <div class="workspace">
      <p class="crumbs">
        <a href="/studio">
          <span aria-hidden="true">←</span> All surveys
        </a>
      </p>
      <div class="studio-head">
        <div>
          <h1>{staffName()}</h1>
          <Show when={title() !== staffName()}>
            <p class="muted">Children see “{title()}”</p>
          </Show>
          <p class="muted">
            <StatusBadge status={draft().status} />{" "}
            {draft().publishedVersion > 0
              ? `Children get version ${draft().publishedVersion}.`
              : "Not published yet."}
            <Show when={draft().unpublishedChanges && draft().publishedVersion > 0}>
              {" "}
              Your draft has changes they don't see yet.
            </Show>
          </p>
        </div>
        <div class="actions">
          <SaveState status={ws.status()} />
          <button
            type="button"
            class="btn"
            aria-disabled={exporting.busy()}
            onClick={() => void exporting.run()}
          >
            {exporting.busy() ? "Exporting…" : "Export JSON"}
          </button>
        </div>
      </div>
      <Show when={exporting.error()}>
        {(error) => <Message kind="error">{describeError(error())}</Message>}
      </Show>
      <Notices ws={ws} />
      <nav class="tabs" aria-label="Survey">
        <ul>
          <For each={TAB_NAMES}>
            {([tab, name]) => (
              <li>
                <a
                  href={
                    tab === "design" ? `/studio/${ws.surveyId}` : `/studio/${ws.surveyId}/${tab}`
                  }
                  aria-current={props.tab === tab ? "page" : undefined}
                >
                  {name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <Switch>
        <Match when={props.tab === "design"}>
          <DesignTab ws={ws} />
        </Match>
        <Match when={props.tab === "translations"}>
          <TranslationsTab ws={ws} />
        </Match>
        <Match when={props.tab === "publish"}>
          <PublishTab ws={ws} />
        </Match>
        <Match when={props.tab === "distribute"}>
          <DistributeTab ws={ws} />
        </Match>
        <Match when={props.tab === "themes"}>
          <ThemesTab surveyId={ws.surveyId} published={draft().publishedVersion > 0} />
        </Match>
      </Switch>
    </div>
  );
}

function Notices(props: { ws: State }) {
  const ws = props.ws;
  const conflict = () => {
    const status = ws.status();
    return status.state === "conflict" ? status : undefined;
  };
  const resolving = createAction((how: "theirs" | "mine") =>
    how === "theirs" ? ws.loadTheirs() : ws.keepMine(),
  );
  return (
    <>
      <Show when={conflict()}>
        {(found) => (
          <Message kind="error" title="Someone else saved this survey while you were editing">
            <p>
              {found().error.message} Your changes are not saved to Chorus; they are kept in this
              browser until you choose.
            </p>
            <div class="actions">
              <button
                type="button"
                class="btn primary"
                onClick={() => void resolving.run("theirs")}
              >
                Load their version
              </button>
              <button type="button" class="btn" onClick={() => void resolving.run("mine")}>
                Keep mine and replace theirs
              </button>
              <Show when={resolving.busy()}>
                <Spinner label="Working…" inline />
              </Show>
            </div>
            <Show when={resolving.error()}>{(error) => <p>{describeError(error())}</p>}</Show>
          </Message>
        )}
      </Show>
      <Show when={ws.restoredAt()}>
        {(at) => (
          <Message kind="info" title="We brought back changes you hadn't saved">
            <p>
              This browser kept your edits from {timeOf(at())} that never reached Chorus. They are
              back in the editor and being saved now.
            </p>
            <button type="button" class="btn" onClick={ws.dismissRestored}>
              OK
            </button>
          </Message>
        )}
      </Show>
    </>
  );
}
