/**
 * The filter bar: narrows every table, chart and export of the report to one age band, group,
 * code, language, wave or period, and picks a breakdown. Each change applies at once (and goes
 * into the address); the choices offered are those the report says have data.
 */
import type { ReportFilters, SurveyReport } from "@chorus/core/report/schema";
import { AGE_BANDS } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { type FilterKey, narrowed } from "./filters";
import { bandName, byName, languageName } from "./words";

type Choice = { value: string; label: string };

export function FilterBar(props: {
  options?: SurveyReport["options"];
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}) {
  const set = (key: FilterKey, value: string) => {
    const next: ReportFilters = { ...props.filters };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    props.onChange(next);
  };
  // Before the report carries its options, the age bands are still known.
  const bands = (): Choice[] =>
    (props.options?.bands ?? [...AGE_BANDS]).map((band) => ({
      value: band,
      label: bandName(band),
    }));
  const cohorts = (): Choice[] =>
    (props.options?.cohorts ?? []).map((c) => ({ value: c.id, label: c.label }));
  const codes = (): Choice[] =>
    (props.options?.codes ?? []).map((c) => ({ value: c.code, label: `${c.code} (${c.label})` }));
  const languages = (): Choice[] =>
    (props.options?.languages ?? []).map((tag) => ({ value: tag, label: languageName(tag) }));
  const waves = (): Choice[] =>
    (props.options?.waves ?? []).map((w) => ({ value: w.id, label: w.label }));
  const breakdowns = (): Choice[] =>
    (["band", "cohort", "code", "language", "wave"] as const).map((by) => ({
      value: by,
      label: `By ${byName(by)}`,
    }));

  return (
    <form
      class="filter-bar no-print"
      aria-label="Filter the report"
      onSubmit={(event) => event.preventDefault()}
    >
      <Pick name="band" label="Age band" all="All ages" choices={bands()} {...props} set={set} />
      <Pick name="cohort" label="Group" all="All groups" choices={cohorts()} {...props} set={set} />
      <Pick name="code" label="Code" all="All codes" choices={codes()} {...props} set={set} />
      <Pick
        name="language"
        label="Language"
        all="All languages"
        choices={languages()}
        {...props}
        set={set}
      />
      <Pick name="wave" label="Wave" all="All waves" choices={waves()} {...props} set={set} />
      <DateFilter name="from" label="From" {...props} set={set} />
      <DateFilter name="to" label="To" {...props} set={set} />
      <Pick
        name="by"
        label="Break down"
        all="No breakdown"
        choices={breakdowns()}
        {...props}
        set={set}
      />
      <Show when={narrowed(props.filters) || props.filters.by}>
        <button type="button" class="btn quiet" onClick={() => props.onChange({})}>
          Clear filters
        </button>
      </Show>
    </form>
  );
}

function Pick(props: {
  name: FilterKey;
  label: string;
  all: string;
  choices: Choice[];
  filters: ReportFilters;
  set: (key: FilterKey, value: string) => void;
}) {
  const current = () => props.filters[props.name] ?? "";
  // A value from a bookmarked address that has no data now is still shown, so it can be cleared.
  const choices = () =>
    current() && !props.choices.some((c) => c.value === current())
      ? [...props.choices, { value: current(), label: current() }]
      : props.choices;
  return (
    <Show when={choices().length > 0}>
      <div class="filter">
        <label for={`filter-${props.name}`}>{props.label}</label>
        <select
          id={`filter-${props.name}`}
          value={current()}
          onChange={(event) => props.set(props.name, event.currentTarget.value)}
        >
          <option value="">{props.all}</option>
          <For each={choices()}>
            {(choice) => (
              <option value={choice.value} selected={choice.value === current()}>
                {choice.label}
              </option>
            )}
          </For>
        </select>
      </div>
    </Show>
  );
}

function DateFilter(props: {
  name: "from" | "to";
  label: string;
  options?: SurveyReport["options"];
  filters: ReportFilters;
  set: (key: FilterKey, value: string) => void;
}) {
  return (
    <div class="filter">
      <label for={`filter-${props.name}`}>{props.label}</label>
      <input
        id={`filter-${props.name}`}
        type="date"
        value={props.filters[props.name] ?? ""}
        min={props.options?.firstDay ?? undefined}
        max={props.options?.lastDay ?? undefined}
        onChange={(event) => props.set(props.name, event.currentTarget.value)}
      />
    </div>
  );
}
