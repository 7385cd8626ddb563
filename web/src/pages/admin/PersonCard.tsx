/**
 * One member of staff: their status, a role form, and deactivation behind a confirm step. The
 * card keeps its own copy of the person, so saving one card never redraws (or unfocuses) another.
 */
import { createSignal, Show } from "solid-js";
import { request } from "../../api";
import { createAction } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { uniqueId } from "../../ui/fields";
import type { StaffUser } from "../staff/session";
import { expireOn } from "./Loaded";
import { RoleChecks } from "./RoleChecks";
import type { Role, StaffMember, StaffStatus } from "./types";

const STATUS: Record<StaffStatus, string> = {
  invited: "Invited",
  active: "Active",
  deactivated: "Deactivated",
};

/** Same roles, in any order. */
export const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

export function PersonCard(props: {
  person: StaffMember;
  me: StaffUser;
  onStatus: (text: string) => void;
  expired: () => void;
}) {
  const id = uniqueId();
  const [person, setPerson] = createSignal(props.person);
  const [roles, setRoles] = createSignal<Role[]>([...props.person.roles]);
  const [rolesError, setRolesError] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);
  const isMe = () => person().id === props.me.id;
  let toggleButton: HTMLButtonElement | undefined;

  const patch = async (change: { roles?: Role[]; active?: boolean }) => {
    const path = `/api/admin/staff/${encodeURIComponent(person().id)}`;
    const { staff } = await request<{ staff: StaffMember }>("PATCH", path, change);
    setPerson(staff);
    setRoles([...staff.roles]);
    return staff;
  };
  const save = createAction(async () => {
    const staff = await patch({ roles: roles() });
    props.onStatus(`Roles saved for ${staff.name}.`);
  });
  const access = createAction(async (active: boolean) => {
    const staff = await patch({ active });
    closeConfirm();
    props.onStatus(
      active
        ? `${staff.name} is active again and can sign in.`
        : `${staff.name} has been deactivated and signed out everywhere.`,
    );
  });
  expireOn(save.error, props.expired);
  expireOn(access.error, props.expired);
  const failure = () => save.error() ?? access.error();

  const submitRoles = (event: SubmitEvent) => {
    event.preventDefault();
    if (roles().length === 0) {
      setRolesError("Choose at least one role. To stop someone signing in, deactivate them.");
      return;
    }
    if (sameRoles(roles(), person().roles)) {
      props.onStatus(`No changes to save for ${person().name}.`);
      return;
    }
    void save.run();
  };

  const closeConfirm = () => {
    setConfirming(false);
    toggleButton?.focus();
  };

  return (
    <li class="person" aria-labelledby={`${id}-name`}>
      <div class="person-head">
        <h3 id={`${id}-name`}>
          {person().name}
          <Show when={isMe()}>
            <span class="you"> (you)</span>
          </Show>
        </h3>
        <span class={`badge ${person().status}`}>{STATUS[person().status]}</span>
      </div>
      <p class="email">{person().email}</p>
      <form class="person-roles" onSubmit={submitRoles} novalidate>
        <RoleChecks
          legend={
            <>
              Roles<span class="sr-only"> for {person().name}</span>
            </>
          }
          value={roles()}
          onChange={(next) => {
            setRoles(next);
            setRolesError(undefined);
          }}
          locked={isMe() ? ["admin"] : undefined}
          hint={isMe() ? "You can't remove your own admin role." : undefined}
          error={rolesError()}
        />
        <button type="submit" class="btn small" aria-disabled={save.busy()}>
          <Show when={save.busy()} fallback="Save roles">
            <Spinner inline label="Saving…" />
          </Show>
          <span class="sr-only"> for {person().name}</span>
        </button>
      </form>
      <Show when={!isMe()}>
        <Show
          when={confirming()}
          fallback={
            <button
              ref={toggleButton}
              type="button"
              class="btn small"
              classList={{ danger: person().active }}
              onClick={() => setConfirming(true)}
            >
              {person().active ? "Deactivate" : "Reactivate"}
              <span class="sr-only"> {person().name}</span>
            </button>
          }
        >
          <fieldset class="confirm" onKeyDown={(event) => event.key === "Escape" && closeConfirm()}>
            <legend tabindex="-1" ref={focusOnMount}>
              {person().active
                ? `Deactivate ${person().name}? They will be signed out everywhere at once, and can't sign in again until someone reactivates them.`
                : `Reactivate ${person().name}? They will be able to sign in again, with the roles above.`}
            </legend>
            <div class="actions">
              <button
                type="button"
                class="btn small primary"
                classList={{ danger: person().active }}
                aria-disabled={access.busy()}
                onClick={() => void access.run(!person().active)}
              >
                <Show
                  when={access.busy()}
                  fallback={person().active ? "Yes, deactivate" : "Yes, reactivate"}
                >
                  <Spinner inline label={person().active ? "Deactivating…" : "Reactivating…"} />
                </Show>
              </button>
              <button type="button" class="btn small" onClick={closeConfirm}>
                Cancel
              </button>
            </div>
          </fieldset>
        </Show>
      </Show>
      <Show when={failure()}>
        {(error) => (
          <Message kind="error">
            {error().status === 409 ? error().message : describeError(error())}
          </Message>
        )}
      </Show>
    </li>
  );
}
