/**
 * A line per series across waves (a slope chart when there are two), each point labelled with
 * its value. A withheld point breaks the line; a small-group wave is starred on the axis.
 */
import { For, Show } from "solid-js";
import { shorten } from "./BarChart";
import { colourOf, place } from "./scale";

export type Series = { name: string; values: (number | null)[] };

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 96;
const RIGHT = 170;
const TOP = 16;
const BOTTOM = 40;

export function TrendChart(props: {
  waves: { label: string; small: boolean }[];
  series: Series[];
  /** The value range: 0 to 100 for shares, 1 to 5 for an average on five faces. */
  min: number;
  max: number;
  format: (value: number) => string;
  title: string;
  desc: string;
  titleId: string;
  descId: string;
}) {
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (props.waves.length <= 1 ? plotW / 2 : (index / (props.waves.length - 1)) * plotW);
  const y = (value: number) => TOP + plotH - place(value, props.min, props.max, plotH);
  // Consecutive points that both exist are joined; a withheld one leaves a gap.
  const joins = (values: (number | null)[]) =>
    values.slice(1).flatMap((value, i) => {
      const before = values[i];
      return value === null || before === null || before === undefined
        ? []
        : [{ x1: x(i), y1: y(before), x2: x(i + 1), y2: y(value) }];
    });
  // Each series is named at its last point; names closer than a line apart are pushed apart.
  const nameY = () => {
    const ends = props.series
      .map((series, index) => {
        const at = last(series.values);
        return { index, y: at < 0 ? -1 : y(series.values[at] ?? 0) + 4 };
      })
      .filter((end) => end.y >= 0)
      .sort((a, b) => a.y - b.y);
    const placed = new Map<number, number>();
    let previous = -Infinity;
    for (const end of ends) {
      const at = Math.max(end.y, previous + 15);
      placed.set(end.index, at);
      previous = at;
    }
    return placed;
  };
  const last = (values: (number | null)[]) => {
    for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
    return -1;
  };
  return (
    <svg
      class="trend-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${props.titleId} ${props.descId}`}
    >
      <title id={props.titleId}>{props.title}</title>
      <desc id={props.descId}>{props.desc}</desc>
      <line x1={LEFT} x2={LEFT + plotW} y1={TOP + plotH} y2={TOP + plotH} class="axis" />
      <For each={[props.min, (props.min + props.max) / 2, props.max]}>
        {(tick) => (
          <>
            <line x1={LEFT} x2={LEFT + plotW} y1={y(tick)} y2={y(tick)} class="grid" />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" class="tick">
              {props.format(tick)}
            </text>
          </>
        )}
      </For>
      <For each={props.waves}>
        {(wave, i) => (
          <text x={x(i())} y={HEIGHT - 14} text-anchor="middle" class="label">
            {shorten(wave.label, 18)}
            {wave.small ? " *" : ""}
          </text>
        )}
      </For>
      <For each={props.series}>
        {(series, s) => (
          <g stroke={colourOf(s())} fill={colourOf(s())}>
            {/* Attributes one by one: spreading them pulls Solid's `spread` into the entry chunk
                (5 KB more for every child), since every area shares Solid's runtime from it. */}
            <For each={joins(series.values)}>
              {(join) => (
                <line x1={join.x1} y1={join.y1} x2={join.x2} y2={join.y2} class="trend-line" />
              )}
            </For>
            <For each={series.values}>
              {(value, i) => (
                <Show when={value !== null}>
                  <circle cx={x(i())} cy={y(value ?? 0)} r={4.5} />
                  <text
                    x={x(i())}
                    y={y(value ?? 0) - 9}
                    text-anchor="middle"
                    class="point-value"
                    stroke="none"
                  >
                    {props.format(value ?? 0)}
                  </text>
                </Show>
              )}
            </For>
            <Show when={last(series.values) >= 0}>
              <text
                x={x(last(series.values)) + 10}
                y={nameY().get(s()) ?? 0}
                class="series-name"
                stroke="none"
              >
                {shorten(series.name, 18)}
              </text>
            </Show>
          </g>
        )}
      </For>
    </svg>
  );
}

/** One share (per cent) across waves: a theme's, or a headline indicator's. */
export function ShareTrend(props: {
  waves: { label: string; small: boolean }[];
  shares: (number | null)[];
  name: string;
  title: string;
  desc: string;
  titleId: string;
  descId: string;
}) {
  return (
    <TrendChart
      titleId={props.titleId}
      descId={props.descId}
      title={props.title}
      desc={props.desc}
      waves={props.waves}
      series={[{ name: props.name, values: props.shares }]}
      min={0}
      max={100}
      format={(value) => `${Math.round(value)}%`}
    />
  );
}
