/** Form parts the safeguarding pages share; labelled boxes come from the studio's `Words`. */
import { Show } from "solid-js";

/** The ids a field is described by: its hint and its error, when it has them. */
export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || undefined;

export function FieldError(props: { id: string; text?: string }) {
  return (
    <Show when={props.text}>
      <p class="field-error" id={props.id}>
        {props.text}
      </p>
    </Show>
  );
}

/** One message as the list of messages the studio's fields take. */
export const messages = (text: string | false | undefined): string[] => (text ? [text] : []);
