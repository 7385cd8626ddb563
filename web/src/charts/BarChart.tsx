/**
 * Horizontal bars, one per answer (or theme), each as long as its share. A withheld share
 * ("fewer than 8") draws no bar, only the words, so nothing can be measured off the picture.
 */
import { For, Show } from "solid-js";
import { percent, place } from "./scale";

export type Bar = { label: string; share: number | null; note?: string };

const WIDTH = 640;
const LABEL = 230;
const ROW = 30;
const BAR = 18;

export function BarChart(props: {
  bars: Bar[];
  title: string;
  desc: string;
  titleId: string;
  descId: string;
  /** Bars are drawn against this (a share is out of 100). */
  max?: number;
}) {
  const max = () => props.max ?? 100;
  const room = WIDTH - LABEL - 70;
  const height = () => props.bars.length * ROW + 8;
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${WIDTH} ${height()}`}
      role="img"
      aria-labelledby={`${props.titleId} ${props.descId}`}
    >
      <title id={props.titleId}>{props.title}</title>
      <desc id={props.descId}>{props.desc}</desc>
      <line x1={LABEL} x2={LABEL} y1={0} y2={height()} class="axis" />
      <For each={props.bars}>
        {(bar, i) => {
          const y = () => i() * ROW + 4;
          const length = () => (bar.share === null ? 0 : place(bar.share, 0, max(), room));
          return (
            <g>
              <text x={LABEL - 8} y={y() + BAR - 4} text-anchor="end" class="label">
                {shorten(bar.label)}
              </text>
              <Show
                when={bar.share !== null}
                fallback={
                  <text x={LABEL + 8} y={y() + BAR - 4} class="value muted-text">
                    {bar.note ?? "not shown"}
                  </text>
                }
              >
                <rect x={LABEL} y={y()} width={Math.max(1, length())} height={BAR} class="bar" />
                <text x={LABEL + length() + 6} y={y() + BAR - 4} class="value">
                  {percent(bar.share)}
                </text>
              </Show>
            </g>
          );
        }}
      </For>
    </svg>
  );
}

/** A long answer is cut short in the picture; the table beside it has every word. */
export function shorten(label: string, most = 30): string {
  return label.length > most ? `${label.slice(0, most - 1).trimEnd()}…` : label;
}
