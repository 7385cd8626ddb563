/** The leader's story of place: pick a wave (or all), print it, or share it read-only. */
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { Spinner, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { LoadFailed, watchExpiry } from "./LoadFailed";
import { PlaceView } from "./PlaceView";
import { reportsApi } from "./reportsApi";

export function PlacePage(props: { orgName: string; expired: () => void }) {
  setTitle("Story of place", "Reports");
  const [wave, setWave] = createSignal(new URLSearchParams(location.search).get("wave") ?? "");
  const place = createLoad(wave, (w) => reportsApi.place(w || undefined));
  watchExpiry(place.error, props.expired);
  const waves = () => place.data()?.waves ?? [];
  const waveLabel = () => waves().find((w) => w.id === wave())?.label;
  const choose = (value: string) => {
    setWave(value);
    history.replaceState(
      null,
      "",
      `/reports/place${value ? `?wave=${encodeURIComponent(value)}` : ""}`,
    );
  };

  return (
    <>
      <div class="report-actions no-print">
        <Show when={waves().length > 0}>
          <div class="filter">
            <label for="place-wave">Wave</label>
            <select id="place-wave" value={wave()} onChange={(e) => choose(e.currentTarget.value)}>
              <option value="">All waves</option>
              <For each={waves()}>
                {(w) => (
                  <option value={w.id} selected={w.id === wave()}>
                    {w.label}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
        <button type="button" class="btn" onClick={() => window.print()}>
          Print
        </button>
        <a class="btn quiet" href="/reports/shares?place=1">
          Share a read-only link
        </a>
      </div>
      <Switch>
        <Match when={place.data()}>
          {(data) => <PlaceView place={data()} orgName={props.orgName} waveLabel={waveLabel()} />}
        </Match>
        <Match when={place.error()}>
          {(error) => <LoadFailed error={error()} retry={place.reload} />}
        </Match>
        <Match when={place.loading()}>
          <Spinner label="Loading the story of place…" />
        </Match>
      </Switch>
    </>
  );
}
