/** The "small group" mark: fewer than 30 children, so a percentage can swing a long way. */
import { Show } from "solid-js";

export function SmallMark(props: { when?: boolean }) {
  return (
    <Show when={props.when ?? true}>
      {" "}
      <span class="small-mark" title="Fewer than 30 children: read percentages with care">
        small group
      </span>
    </Show>
  );
}
