/**
 * The officer's theme work for one survey: what children wrote, by theme, with counts under the
 * disclosure rule; candidate quotes to approve or reject; answers to move; emerging groups to
 * name. Reading it reads children's answers, so the server audits each visit.
 */
import "./themes.css";
import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from "solid-js";
import { describeError } from "../../../ui/errors";
import { Message, Spinner } from "../../../ui/Feedback";
import { createLoad } from "../../../ui/load";
import { Emerging } from "./Emerging";
import { FilterBar } from "./Filters";
import { NamesList } from "./NamesList";
import { ThemePanel } from "./ThemePanel";
import { type Filters, themesApi } from "./themesApi";

export function ThemesTab(props: { surveyId: string; published: boolean }) {
  const [filters, setFilters] = createSignal<Filters>({});
  const load = createLoad(
    () => ({ surveyId: props.surveyId, filters: filters() }),
    (key) => themesApi.list(key.surveyId, key.filters),
  );
  const [said, setSaid] = createSignal("");
  // The theme worked on, whose next candidate takes focus once the new list is drawn.
  let focusIn: string | undefined;
  /** After a change: say what happened, reload, and keep focus in the theme worked on. */
  const changed = (what: string, themeId?: string) => {
    setSaid(what);
    focusIn = themeId;
    load.reload();
  };
  // Panels are kept by theme id across reloads, so an open list of answers stays open.
  const themeIds = createMemo(() => load.data()?.themes.map((theme) => theme.id) ?? [], [], {
    equals: (a, b) => a.join("\n") === b.join("\n"),
  });
  createEffect(
    on(
      load.data,
      () => {
        const themeId = focusIn;
        focusIn = undefined;
        if (themeId) requestAnimationFrame(() => refocus(themeId));
      },
      { defer: true },
    ),
  );
  return (
    <div class="themes-work">
      <p class="muted">
        Counts follow the reports' rule: fewer than 8 is not shown, the rest is rounded to the
        nearest 5. Every quote is checked for names, phone numbers, e-mails, postcodes, addresses
        and schools before you see it.
      </p>
      <p class="sr-only" role="status">
        {said()}
      </p>
      <Show when={!props.published}>
        <Message kind="info" title="Publish first">
          <p>Themes appear once children have answered the published survey.</p>
        </Message>
      </Show>
      <NamesList onSaved={(what) => changed(what)} />
      <FilterBar value={filters()} onApply={setFilters} />
      <Switch>
        <Match when={load.error()}>
          {(error) => (
            <Message kind="error" title="The themes didn't load">
              <p>{describeError(error())}</p>
            </Message>
          )}
        </Match>
        <Match when={load.data()}>
          {(view) => (
            <>
              <Show
                when={view().themes.length > 0}
                fallback={<p>No answers have been put in a theme yet.</p>}
              >
                <h2>Themes</h2>
                <For each={themeIds()}>
                  {(id) => (
                    <Show when={view().themes.find((theme) => theme.id === id)}>
                      {(theme) => (
                        <ThemePanel
                          surveyId={props.surveyId}
                          theme={theme()}
                          view={view()}
                          filters={filters()}
                          onChanged={changed}
                        />
                      )}
                    </Show>
                  )}
                </For>
              </Show>
              <Emerging surveyId={props.surveyId} view={view()} onChanged={changed} />
            </>
          )}
        </Match>
        <Match when={load.loading()}>
          <Spinner label="Reading what children wrote…" />
        </Match>
      </Switch>
    </div>
  );
}

/** The next candidate in the same theme, or its heading; never lost to the top of the page. */
function refocus(themeId: string) {
  const was = document.activeElement;
  if (was && was !== document.body && was.isConnected) return;
  const heading = document.getElementById(`theme-${themeId}`);
  const next = heading?.closest("section")?.querySelector<HTMLElement>(".candidate");
  (next ?? heading)?.focus();
}
