/**
 * The frame every chart shares: a figure whose caption names it, the drawing (an SVG that a
 * screen reader meets as one image with a short description), and the same numbers as a real
 * table. The table is always in the page for screen readers; "Show as table" shows it to
 * everyone (and it prints under the chart).
 */
import { createSignal, createUniqueId, type JSX, Show } from "solid-js";

export function ChartFigure(props: {
  caption: string;
  /** Draws the picture; `titleId`/`descId` label its `<svg role="img">`. */
  chart: (labels: { titleId: string; descId: string }) => JSX.Element;
  table: JSX.Element;
  /** Words under the picture, for everyone (the change between waves, say). */
  children?: JSX.Element;
  /** Some group in the picture is starred as small: say what the star means. */
  starred?: boolean;
}) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  return (
    <figure class="chart">
      <figcaption>{props.caption}</figcaption>
      <div class="chart-picture">
        {props.chart({ titleId: `${id}-title`, descId: `${id}-desc` })}
      </div>
      <Show when={props.starred}>
        <p class="chart-key">
          * Small group: fewer than 30 children, so read its shares with care.
        </p>
      </Show>
      {props.children}
      <button
        type="button"
        class="link chart-toggle no-print"
        aria-expanded={open()}
        aria-controls={`${id}-table`}
        onClick={() => setOpen(!open())}
      >
        {open() ? "Hide the table" : "Show as table"}
      </button>
      <div id={`${id}-table`} class={open() ? "chart-table" : "chart-table sr-only"}>
        {props.table}
      </div>
    </figure>
  );
}
