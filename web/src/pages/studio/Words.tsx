/**
 * Inputs for the studio's forms: words in one language (input or textarea), whole numbers, and
 * check boxes, each labelled, with the server's messages for its path tied to it.
 */
import { type JSX, Show } from "solid-js";
import { uniqueId } from "../../ui/fields";

type Common = {
  label: JSX.Element;
  hint?: string;
  errors?: string[];
  /** Set on the input so the page can find and focus it again. */
  field?: string;
};

function described(id: string, props: Common): string | undefined {
  const parts = [props.hint && `${id}-hint`, props.errors?.length && `${id}-error`].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

function Around(props: Common & { id: string; children: JSX.Element }) {
  return (
    <div class="text-field">
      <label class="field" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.errors?.length}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.errors?.join(" ")}
        </p>
      </Show>
    </div>
  );
}

export function WordsField(
  props: Common & {
    value: string;
    multiline?: boolean;
    lang?: string;
    onInput: (value: string) => void;
  },
) {
  const id = uniqueId("w");
  return (
    <Around {...props} id={id}>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={id}
            class="text"
            type="text"
            lang={props.lang}
            value={props.value}
            data-field={props.field}
            aria-invalid={props.errors?.length ? true : undefined}
            aria-describedby={described(id, props)}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea
          id={id}
          class="text"
          rows={2}
          lang={props.lang}
          value={props.value}
          data-field={props.field}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={described(id, props)}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Show>
    </Around>
  );
}

export function NumberField(
  props: Common & {
    value: number | undefined;
    min: number;
    max: number;
    onInput: (value: number | undefined) => void;
  },
) {
  const id = uniqueId("n");
  return (
    <Around {...props} id={id}>
      <input
        id={id}
        class="text short"
        type="number"
        inputmode="numeric"
        min={props.min}
        max={props.max}
        value={props.value ?? ""}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={described(id, props)}
        onInput={(event) => {
          const raw = event.currentTarget.value;
          props.onInput(raw === "" ? undefined : Math.trunc(Number(raw)));
        }}
      />
    </Around>
  );
}

export function CheckField(props: {
  label: JSX.Element;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
