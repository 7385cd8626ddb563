/**
 * The survey's name for staff: asked when starting from a template, and in the survey's details,
 * where it is saved on its own when the officer leaves the field (it is not part of what children
 * are given, so it needs no publishing).
 */
import { STAFF_NAME_MAX } from "@chorus/core/survey/schema";
import { createSignal, Show } from "solid-js";
import type { ApiError } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount } from "../../ui/Feedback";
import { studio } from "./studioApi";
import type { Workspace } from "./workspace";

/** The API's word on the name, or its message when the failure was not about the name. */
export function nameIssue(failure: ApiError | undefined): string | undefined {
  if (!failure) return undefined;
  const nested = (failure.issues as { nested?: { staffName?: string[] } } | undefined)?.nested;
  return nested?.staffName?.[0] ?? describeError(failure);
}

/** The labelled input with its hint and error, as both places show it. */
export function StaffNameInput(props: {
  value: string;
  hint: string;
  error?: string;
  focus?: boolean;
  onInput: (value: string) => void;
  onChange?: () => void;
}) {
  return (
    <div class="text-field staff-name-field">
      <label class="field" for="staff-name">
        Name for staff
      </label>
      <p class="hint" id="staff-name-hint">
        {props.hint}
      </p>
      <input
        id="staff-name"
        class="text"
        ref={(element) => props.focus && focusOnMount(element)}
        aria-required="true"
        maxLength={STAFF_NAME_MAX}
        aria-describedby={props.error ? "staff-name-hint staff-name-error" : "staff-name-hint"}
        aria-invalid={props.error ? true : undefined}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onChange={() => props.onChange?.()}
      />
      <Show when={props.error}>
        {(message) => (
          <p class="field-error" id="staff-name-error">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}

export function StaffNameField(props: { ws: Workspace }) {
  const ws = props.ws;
  const saved = () => ws.view().draft.staffName;
  const [name, setName] = createSignal(saved());
  const [done, setDone] = createSignal(false);
  const save = createAction(async () => {
    setDone(false);
    const result = await studio.rename(ws.surveyId, name());
    const view = ws.view();
    ws.setView({ ...view, draft: { ...view.draft, staffName: result.staffName } });
    setName(result.staffName);
    setDone(result.changed);
  });
  return (
    <>
      <StaffNameInput
        value={name()}
        hint={`Only staff see this, in the studio and in reports; children never do. Up to ${STAFF_NAME_MAX} characters.`}
        error={nameIssue(save.error())}
        onInput={(value) => {
          setName(value);
          setDone(false);
        }}
        onChange={() => {
          if (name().trim() !== saved()) void save.run();
        }}
      />
      <p class="field-status" role="status">
        <Show when={save.busy()}>Saving the name…</Show>
        <Show when={done()}>Name saved.</Show>
      </p>
    </>
  );
}
