/**
 * A set of role checkboxes in a fieldset, so a screen reader hears whose roles (or which group's)
 * each box belongs to. Used for invitations, for each person, and for single sign-on groups.
 */
import { For, type JSX, Show } from "solid-js";
import { uniqueId } from "../../ui/fields";
import { ROLE_INFO, ROLES, type Role } from "./types";

export function RoleChecks(props: {
  legend: JSX.Element;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  /** Roles shown ticked that cannot be changed here (an admin's own admin role). */
  locked?: readonly Role[];
  /** Adds what each role opens under its name; worth it where people choose, noise elsewhere. */
  explain?: boolean;
  hint?: string;
  error?: string;
}) {
  const id = uniqueId();
  const describedBy = () =>
    [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(" ") ||
    undefined;
  const toggle = (role: Role, on: boolean) => {
    const next = ROLES.filter((r) => (r === role ? on : props.value.includes(r)));
    props.onChange(next);
  };
  return (
    <fieldset
      class="roles"
      classList={{ explained: props.explain }}
      aria-describedby={describedBy()}
      aria-invalid={props.error ? true : undefined}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
      <div class="role-options">
        <For each={ROLES}>
          {(role) => (
            <label class="check">
              <input
                type="checkbox"
                value={role}
                checked={props.value.includes(role)}
                disabled={props.locked?.includes(role)}
                onChange={(event) => toggle(role, event.currentTarget.checked)}
              />
              <span>
                {ROLE_INFO[role].name}
                <Show when={props.explain}>
                  <span class="what">{ROLE_INFO[role].what}</span>
                </Show>
              </span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
