/**
 * The story of place: one page across every survey for the whole authority, for a corporate
 * parenting panel, an inspection or a peer review. Headline indicators by wave and by age band,
 * the top themes with their change, and what the council is doing about them. Used by the
 * leader's page and by a share link (read-only).
 */
import type { PlaceAction, PlacePoint } from "@chorus/core/place/schema";
import type { Text } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { ChartFigure } from "../../charts/ChartFigure";
import { changeWords, percent } from "../../charts/scale";
import { ShareTrend } from "../../charts/TrendChart";
import type { Place } from "./reportsApi";
import { SmallMark } from "./SmallMark";
import { CountTable } from "./Tables";
import { bandName, countText, METHOD_NOTE } from "./words";

type Named = PlacePoint & { name: string };

const words = (text: Text | string) =>
  typeof text === "string" ? text : (text.en ?? Object.values(text)[0] ?? "");

const STATUS: Record<PlaceAction["status"], string> = {
  planned: "Planned",
  doing: "Under way",
  done: "Done",
};

export function PlaceView(props: { place: Place; orgName?: string; waveLabel?: string }) {
  const org = () => props.orgName || props.place.orgName || "Chorus";
  return (
    <article class="report place">
      <header class="print-cover">
        <p class="cover-org">{org()}</p>
        <p class="cover-kind">The story of place</p>
        <p class="cover-title">What children in care and care leavers tell us</p>
        <p class="cover-scope">{props.waveLabel ?? "All waves"}</p>
        <p class="cover-note">{METHOD_NOTE}</p>
      </header>
      <h1>The story of place</h1>
      <p class="scope">
        {org()} · {props.waveLabel ?? "All waves"}
      </p>
      <p class="note method">{METHOD_NOTE}</p>

      <section class="report-section" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">Headline indicators</h2>
        <Show
          when={props.place.indicators.length > 0}
          fallback={<p>None of the surveys asks the headline questions yet.</p>}
        >
          <For each={props.place.indicators}>
            {(indicator) => <Indicator indicator={indicator} />}
          </For>
        </Show>
      </section>

      <section class="report-section" aria-labelledby="place-themes-heading">
        <h2 id="place-themes-heading">What children write about most</h2>
        <Show when={props.place.themes.length > 0} fallback={<p>No themes to show yet.</p>}>
          <table class="data">
            <caption class="sr-only">The top themes and how they changed</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col" class="num">
                  Answers
                </th>
                <th scope="col" class="num">
                  Share
                </th>
                <th scope="col">Change across waves</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.place.themes}>
                {(theme) => {
                  const points = () => theme.trend;
                  const from = () => points()[0];
                  const to = () => points()[points().length - 1];
                  return (
                    <tr>
                      <th scope="row">{words(theme.label)}</th>
                      <td class="num">
                        {countText(theme.count)}
                        <SmallMark when={theme.small} />
                      </td>
                      <td class="num">{percent(theme.share)}</td>
                      <td>
                        <Show when={points().length > 1} fallback="Only one wave so far">
                          {changeWords(from()?.share ?? null, to()?.share ?? null)}
                          <SmallMark when={Boolean(from()?.small || to()?.small)} />
                        </Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </Show>
      </section>

      <section class="report-section" aria-labelledby="place-actions-heading">
        <h2 id="place-actions-heading">You said, we did</h2>
        <Show when={props.place.actions.length > 0} fallback={<p>No actions recorded yet.</p>}>
          <ul class="place-actions">
            <For each={props.place.actions}>
              {(action) => (
                <li>
                  <p>
                    <Show when={!/^you said/i.test(words(action.said))}>
                      <span class="muted">You said: </span>
                    </Show>
                    {words(action.said)}
                  </p>
                  <p>
                    <Show when={!/^we (did|are|will)/i.test(action.did)}>
                      <span class="muted">We did: </span>
                    </Show>
                    {action.did}
                  </p>
                  <p class="action-meta">
                    <span class={`status ${action.status}`}>{STATUS[action.status]}</span>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </article>
  );
}

function Indicator(props: { indicator: Place["indicators"][number] }) {
  const label = () => props.indicator.label;
  const headingId = () => `indicator-${props.indicator.id}`;
  const byWave = (): Named[] => props.indicator.byWave.map((p) => ({ ...p, name: p.label }));
  const byBand = (): Named[] =>
    props.indicator.byBand.map((p) => ({ ...p, name: bandName(p.band) }));
  const waveTable = () => (
    <PointTable caption={`"${label()}" by wave`} head="Wave" points={byWave()} />
  );
  return (
    <article class="question-report indicator" aria-labelledby={headingId()}>
      <h3 id={headingId()}>{label()}</h3>
      <p class="muted">
        Counted as a yes: {props.indicator.means}.
        {props.indicator.audience === "care-leavers" ? " Asked of care leavers." : ""}
      </p>
      <Show
        when={props.indicator.question}
        fallback={<p>None of the surveys asks this question yet.</p>}
      >
        <p class="indicator-overall">
          Overall: {percent(props.indicator.overall.share)} of{" "}
          {countText(props.indicator.overall.answered)} who answered
          <SmallMark when={props.indicator.overall.small} />
        </p>
        <Show when={byWave().length > 1}>
          <ChartFigure
            caption={`"${label()}" across waves`}
            starred={byWave().some((point) => point.small)}
            chart={(ids) => (
              <ShareTrend
                {...ids}
                title={`"${label()}" across waves`}
                desc={changeWords(
                  byWave()[0]?.share ?? null,
                  byWave()[byWave().length - 1]?.share ?? null,
                )}
                waves={byWave().map((p) => ({ label: p.name, small: p.small }))}
                name="Yes"
                shares={byWave().map((p) => p.share)}
              />
            )}
            table={waveTable()}
          />
        </Show>
        <Show when={byWave().length === 1}>{waveTable()}</Show>
        <Show when={byBand().length > 0}>
          <PointTable
            caption={`"${label()}" by age band`}
            head="Age band"
            points={byBand()}
            visible
          />
        </Show>
      </Show>
    </article>
  );
}

/** Per wave or band: how many answered, and the share who gave the good answer. */
function PointTable(props: { caption: string; head: string; points: Named[]; visible?: boolean }) {
  return (
    <CountTable
      caption={props.caption}
      head={props.head}
      countHead="Answered"
      showCaption={props.visible}
      rows={props.points.map((point) => ({
        label: point.name,
        small: point.small,
        count: point.answered,
        share: point.share,
      }))}
    />
  );
}
