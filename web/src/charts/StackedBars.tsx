/**
 * One bar per group (an age band, a cohort, a wave), split into the shares of each answer, with a
 * legend. Segments are labelled with their share when there is room; a group whose shares are
 * withheld reads "not shown" instead of a bar, and a small group says so.
 */
import { For, Show } from "solid-js";
import { shorten } from "./BarChart";
import { colourOf, place } from "./scale";

export type Stack = { label: string; small: boolean; shares: (number | null)[] };

const WIDTH = 640;
const LABEL = 170;
const ROW = 34;
const BAR = 22;

export function StackedBars(props: {
  stacks: Stack[];
  /** The answers, in the order of each stack's shares. */
  keys: string[];
  title: string;
  desc: string;
  titleId: string;
  descId: string;
}) {
  const room = WIDTH - LABEL - 10;
  const legendRows = () => Math.ceil(props.keys.length / 3);
  const top = () => legendRows() * 22 + 8;
  const height = () => top() + props.stacks.length * ROW + 4;
  const segments = (stack: Stack) => {
    let x = LABEL;
    return stack.shares.map((share, index) => {
      const width = share === null ? 0 : place(share, 0, 100, room);
      const segment = { x, width, share, index };
      x += width;
      return segment;
    });
  };
  return (
    <svg
      class="stacked-chart"
      viewBox={`0 0 ${WIDTH} ${height()}`}
      role="img"
      aria-labelledby={`${props.titleId} ${props.descId}`}
    >
      <title id={props.titleId}>{props.title}</title>
      <desc id={props.descId}>{props.desc}</desc>
      <For each={props.keys}>
        {(key, i) => (
          <g transform={`translate(${(i() % 3) * 210}, ${Math.floor(i() / 3) * 22})`}>
            <rect x={0} y={4} width={14} height={14} fill={colourOf(i())} />
            <text x={20} y={16} class="label">
              {shorten(key, 26)}
            </text>
          </g>
        )}
      </For>
      <For each={props.stacks}>
        {(stack, row) => {
          const y = () => top() + row() * ROW;
          const shown = () => stack.shares.some((share) => share !== null);
          return (
            <g>
              <text x={LABEL - 8} y={y() + BAR - 6} text-anchor="end" class="label">
                {shorten(stack.label, 16)}
                {stack.small ? " *" : ""}
              </text>
              <Show
                when={shown()}
                fallback={
                  <text x={LABEL + 8} y={y() + BAR - 6} class="value muted-text">
                    not shown: fewer than 8
                  </text>
                }
              >
                <For each={segments(stack)}>
                  {(segment) => (
                    <Show when={segment.width > 0}>
                      <rect
                        x={segment.x}
                        y={y()}
                        width={segment.width}
                        height={BAR}
                        fill={colourOf(segment.index)}
                        class="segment"
                      />
                      <Show when={segment.width >= 34}>
                        <text
                          x={segment.x + segment.width / 2}
                          y={y() + BAR - 6}
                          text-anchor="middle"
                          class="on-colour"
                        >
                          {Math.round(segment.share ?? 0)}%
                        </text>
                      </Show>
                    </Show>
                  )}
                </For>
              </Show>
            </g>
          );
        }}
      </For>
    </svg>
  );
}
