/**
 * Form parts shared by the staff screens: a text field that ties its hint and error to the
 * input, a live status line, and ids to tie them with.
 */
import { type JSX, Show } from "solid-js";

let counter = 0;

/**
 * A page-unique id for tying labels and descriptions to fields. Solid's `createUniqueId` would
 * do, but it would sit in the child's entry bundle; this sits in the staff chunks that use it.
 */
export function uniqueId(prefix = "f"): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export type TextFieldProps = {
  label: JSX.Element;
  hint?: JSX.Element;
  error?: string;
  ref?: HTMLInputElement | ((element: HTMLInputElement) => void);
  name?: string;
  type?: "text" | "email" | "password" | "url" | "month" | "date";
  value?: string;
  autocomplete?: string;
  inputmode?: "text" | "numeric" | "email";
  maxLength?: number;
  spellcheck?: boolean;
  class?: string;
  /** Used to find the field again, e.g. to focus the first one with a problem. */
  field?: string;
  /** Extra descriptions beyond the hint and error, such as rules shown above the form. */
  describedBy?: string;
  onInput?: (event: InputEvent & { currentTarget: HTMLInputElement }) => void;
};

/**
 * A labelled text input with an optional hint and error, each tied to the input with
 * `aria-describedby` so a screen reader reads them with the field rather than as its name.
 * Props are listed one by one rather than spread onto the input: spreading pulls Solid's
 * attribute tables into the shared runtime, which lives in the child's entry bundle.
 */
export function TextField(props: TextFieldProps) {
  const id = uniqueId();
  const describedBy = () =>
    [props.describedBy, props.hint && `${id}-hint`, props.error && `${id}-error`]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div class="text-field">
      <label class="field" for={id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <input
        ref={props.ref}
        id={id}
        class={props.class ? `text ${props.class}` : "text"}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
        data-field={props.field}
        onInput={(event) => props.onInput?.(event)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy()}
      />
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/**
 * A polite live region that is in the page from the start, so screen readers announce each new
 * status ("Roles saved") even though the words change after the region appeared.
 */
export function StatusLine(props: { text?: string }) {
  return (
    <p class="status-line" role="status" classList={{ empty: !props.text }}>
      {props.text ?? ""}
    </p>
  );
}
