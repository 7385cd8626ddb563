/**
 * What children wrote, by theme: how many answers fall in each (controlled), the share, the
 * change across waves, the words that put answers there (so a reader can see why), and quotes
 * an officer approved. Emerging themes are groups of answers no theme fitted yet.
 */
import type { SurveyReport, ThemeReport } from "@chorus/core/report/schema";
import type { Text } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { BarChart } from "../../charts/BarChart";
import { ChartFigure } from "../../charts/ChartFigure";
import { changeWords, percent } from "../../charts/scale";
import { ShareTrend } from "../../charts/TrendChart";
import { SmallMark } from "./SmallMark";
import { CountTable } from "./Tables";
import { countText, FEWER } from "./words";

type Trend = NonNullable<SurveyReport["trend"]>;

export function ThemesSection(props: {
  themes: ThemeReport[];
  t: (text: Text) => string;
  trend?: Trend;
}) {
  return (
    <section class="report-section themes" aria-labelledby="themes-heading">
      <h2 id="themes-heading">What children wrote, by theme</h2>
      <Show
        when={props.themes.length > 0}
        fallback={
          <p>No written answers fit a theme yet, or too few children wrote to show them.</p>
        }
      >
        <p class="muted">
          One written answer can fit more than one theme. Shares are of the children who wrote
          something.
        </p>
        <ChartFigure
          caption="Themes in children's written answers"
          chart={(ids) => (
            <BarChart
              {...ids}
              title="Themes in children's written answers"
              desc={props.themes
                .map((theme) => `${props.t(theme.label)}: ${percent(theme.share)}`)
                .join("; ")}
              bars={props.themes.map((theme) => ({
                label: props.t(theme.label),
                share: theme.share,
                note: theme.count === null ? FEWER : "share not shown",
              }))}
            />
          )}
          table={
            <CountTable
              caption="Themes in children's written answers"
              head="Theme"
              countHead="Answers"
              rows={props.themes.map((theme) => ({
                label: `${props.t(theme.label)}${theme.emerging ? " (emerging)" : ""}`,
                count: theme.count,
                share: theme.share,
              }))}
            />
          }
        />
        <For each={props.themes}>
          {(theme) => <ThemeCard theme={theme} t={props.t} trend={props.trend} />}
        </For>
      </Show>
    </section>
  );
}

function ThemeCard(props: { theme: ThemeReport; t: (text: Text) => string; trend?: Trend }) {
  const headingId = () => `theme-${props.theme.id}`;
  const label = () => props.t(props.theme.label);
  const points = () => props.trend?.themes.find((th) => th.id === props.theme.id)?.points ?? [];
  const waves = () =>
    (props.trend?.waves ?? []).map((wave) => {
      const point = points().find((p) => p.wave === wave.id);
      return { ...wave, point, small: wave.small || Boolean(point?.small) };
    });
  const shares = () => waves().map((w) => w.point?.share ?? null);
  const first = () => waves()[0];
  const last = () => waves()[waves().length - 1];

  return (
    <article class="theme-card" aria-labelledby={headingId()}>
      <h3 id={headingId()}>
        {label()}
        <Show when={props.theme.emerging}>
          {" "}
          <span class="tag emerging">Emerging: not yet named by an officer</span>
        </Show>
      </h3>
      <Show when={props.theme.id.startsWith("not-themed:")}>
        <p class="muted">
          Chorus has no theme words in this language yet, so these answers are counted here rather
          than sorted into themes. Officers can read them in the survey's answers.
        </p>
      </Show>
      <p class="theme-numbers">
        <strong>{countText(props.theme.count)}</strong> answers
        <Show when={props.theme.share !== null}>
          {" "}
          ({percent(props.theme.share)} of those who wrote)
        </Show>
      </p>
      <Show when={props.theme.words.length > 0}>
        <p class="theme-words">
          <span class="muted">Words that put answers here: </span>
          {props.theme.words.join(", ")}
        </p>
      </Show>
      <Show when={waves().length > 1 && shares().some((share) => share !== null)}>
        <ChartFigure
          caption={`"${label()}" across waves`}
          starred={waves().some((wave) => wave.small)}
          chart={(ids) => (
            <ShareTrend
              {...ids}
              title={`"${label()}" across waves`}
              desc={`Share of those who wrote: ${changeWords(shares()[0] ?? null, shares()[shares().length - 1] ?? null)}`}
              waves={waves()}
              name="Share"
              shares={shares()}
            />
          )}
          table={
            <CountTable
              caption={`"${label()}" across waves`}
              head="Wave"
              countHead="Answers"
              rows={waves().map((wave) => ({
                label: wave.label,
                small: wave.small,
                count: wave.point?.count,
                share: wave.point?.share,
              }))}
            />
          }
        >
          <p class="change">
            From {first()?.label} to {last()?.label}:{" "}
            {changeWords(shares()[0] ?? null, shares()[shares().length - 1] ?? null)}.
            <SmallMark when={Boolean(first()?.small || last()?.small)} />
          </p>
        </ChartFigure>
      </Show>
      <Show
        when={props.theme.quotes.length > 0}
        fallback={<p class="muted">No quotes approved for this theme yet.</p>}
      >
        <h4>In children's words</h4>
        <ul class="quotes">
          <For each={props.theme.quotes}>
            {(quote) => (
              <li>
                <blockquote>{quote.text}</blockquote>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}
