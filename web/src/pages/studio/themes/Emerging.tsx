/**
 * Emerging groups: phrases answers share that fit no theme yet. An officer names one (it becomes
 * the council's own theme) or adds its words to a theme; counts follow after the nightly recount.
 */
import { pick } from "@chorus/core/survey/schema";
import { createSignal, For, Show } from "solid-js";
import { createAction } from "../../../ui/action";
import { describeError } from "../../../ui/errors";
import { countWords, type ThemesView, themesApi } from "./themesApi";

export function Emerging(props: {
  surveyId: string;
  view: ThemesView;
  onChanged: (what: string) => void;
}) {
  return (
    <section class="panel" aria-labelledby="emerging-title">
      <h3 id="emerging-title">Emerging groups</h3>
      <p class="muted">
        Answers that fit no theme, grouped by words they share.{" "}
        {props.view.unthemed === 0
          ? "Every answer here fits a theme."
          : `Answers that fit no theme: ${countWords(props.view.unthemed)}.`}
      </p>
      <Show
        when={props.view.emerging.length > 0}
        fallback={<p class="muted">Nothing is emerging yet.</p>}
      >
        <ul class="emerging">
          <For each={props.view.emerging}>
            {(group, index) => (
              <Group
                surveyId={props.surveyId}
                view={props.view}
                group={group}
                index={index()}
                onChanged={props.onChanged}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function Group(props: {
  surveyId: string;
  view: ThemesView;
  group: ThemesView["emerging"][number];
  index: number;
  onChanged: (what: string) => void;
}) {
  const [name, setName] = createSignal("");
  const [into, setInto] = createSignal("");
  const after = (rebuild: string) =>
    rebuild === "done" ? "The counts are updated." : "The counts follow after tonight's recount.";
  const naming = createAction(async () => {
    const done = await themesApi.emerging(props.surveyId, {
      phrase: props.group.phrase,
      name: name().trim(),
    });
    props.onChanged(`New theme “${name().trim()}” saved. ${after(done.rebuild)}`);
  });
  const merging = createAction(async () => {
    const done = await themesApi.emerging(props.surveyId, {
      phrase: props.group.phrase,
      mergeInto: into(),
    });
    props.onChanged(`Words added to the theme. ${after(done.rebuild)}`);
  });
  const id = () => `group-${props.index}`;
  return (
    <li class="group" aria-labelledby={`${id()}-title`}>
      <p id={`${id()}-title`}>
        <strong>“{props.group.phrase}”</strong>{" "}
        <span class="count">{countWords(props.group.count)}</span>
      </p>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name().trim()) void naming.run();
        }}
      >
        <label for={`${id()}-name`}>Name it as a new theme</label>
        <input
          id={`${id()}-name`}
          value={name()}
          maxlength="60"
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit" class="btn" aria-disabled={!name().trim() || naming.busy()}>
          Name it
        </button>
      </form>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (into()) void merging.run();
        }}
      >
        <label for={`${id()}-into`}>Or add it to a theme</label>
        <select id={`${id()}-into`} value={into()} onChange={(e) => setInto(e.currentTarget.value)}>
          <option value="">Choose a theme…</option>
          <For each={props.view.choices}>
            {(choice) => <option value={choice.id}>{pick(choice.label, "en", "en")}</option>}
          </For>
        </select>
        <button type="submit" class="btn" aria-disabled={!into() || merging.busy()}>
          Add to theme
        </button>
      </form>
      <Show when={naming.error() ?? merging.error()}>
        {(error) => (
          <p class="field-error" role="alert">
            {describeError(error())}
          </p>
        )}
      </Show>
    </li>
  );
}
