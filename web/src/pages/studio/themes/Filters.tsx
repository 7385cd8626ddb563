/**
 * Which answers the theme screen reads: an age band and a date range. Quotes are offered only
 * from themes with 8 answers or more within these, so narrowing can take candidates away.
 */
import { AGE_BANDS } from "@chorus/core/survey/schema";
import { createSignal, For } from "solid-js";
import { bandName } from "../SurveyDetails";
import type { Filters } from "./themesApi";

export function FilterBar(props: { value: Filters; onApply: (filters: Filters) => void }) {
  const [band, setBand] = createSignal(props.value.band ?? "");
  const [from, setFrom] = createSignal(props.value.from ?? "");
  const [to, setTo] = createSignal(props.value.to ?? "");
  return (
    <form
      class="panel filter-bar"
      aria-label="Which answers"
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply({
          ...(band() ? { band: band() } : {}),
          ...(from() ? { from: from() } : {}),
          ...(to() ? { to: to() } : {}),
        });
      }}
    >
      <label for="themes-band">Age band</label>
      <select id="themes-band" value={band()} onChange={(e) => setBand(e.currentTarget.value)}>
        <option value="">All ages</option>
        <For each={AGE_BANDS}>{(each) => <option value={each}>{bandName(each)}</option>}</For>
      </select>
      <label for="themes-from">From</label>
      <input
        id="themes-from"
        type="date"
        value={from()}
        onInput={(e) => setFrom(e.currentTarget.value)}
      />
      <label for="themes-to">To</label>
      <input
        id="themes-to"
        type="date"
        value={to()}
        onInput={(e) => setTo(e.currentTarget.value)}
      />
      <button type="submit" class="btn">
        Show these answers
      </button>
    </form>
  );
}
