/**
 * The tables behind every chart: a row per answer, theme, wave or band, with its controlled
 * count and share (`CountTable`), or with a column per answer (`GridTable`). Counts are shown as
 * the API gave them; a small group is marked on its row.
 */
import { For, type JSX } from "solid-js";
import { percent } from "../../charts/scale";
import { SmallMark } from "./SmallMark";
import { countText } from "./words";

export type CountRow = {
  label: JSX.Element;
  small?: boolean;
  count: number | null | undefined;
  share: number | null | undefined;
};

export function CountTable(props: {
  caption: string;
  /** The first column's heading: "Answer", "Wave", "Age band"… */
  head: string;
  countHead?: string;
  rows: CountRow[];
  /** The caption is for screen readers unless the table stands without a chart. */
  showCaption?: boolean;
}) {
  return (
    <table class="data">
      <caption class={props.showCaption ? undefined : "sr-only"}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col" class="num">
            {props.countHead ?? "Children"}
          </th>
          <th scope="col" class="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">
                {row.label}
                <SmallMark when={Boolean(row.small)} />
              </th>
              <td class="num">{countText(row.count)}</td>
              <td class="num">{percent(row.share)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

export type GridRow = {
  label: string;
  small: boolean;
  answered: number | null | undefined;
  cells: string[];
};

export function GridTable(props: {
  caption: string;
  head: string;
  columns: string[];
  rows: GridRow[];
}) {
  return (
    <table class="data">
      <caption class="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col" class="num">
            Answered
          </th>
          <For each={props.columns}>
            {(column) => (
              <th scope="col" class="num">
                {column}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">
                {row.label}
                <SmallMark when={row.small} />
              </th>
              <td class="num">{countText(row.answered)}</td>
              <For each={row.cells}>{(cell) => <td class="num">{cell}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
