/** A quote with what redaction took out marked, in words as well as colour. */
import { For } from "solid-js";
import { REDACTION } from "./themesApi";

export function Redacted(props: { text: string }) {
  return (
    <For each={props.text.split(REDACTION)}>
      {(part) =>
        REDACTION.test(part) ? (
          <mark class="redacted">
            <span class="sr-only">taken out: </span>
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        )
      }
    </For>
  );
}
