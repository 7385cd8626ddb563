/**
 * Inviting someone: name, e-mail and roles in; a one-time link out. The link is shown here as
 * well as written to the outbox, for councils whose e-mail sending is not set up yet.
 */
import { createSignal, Show } from "solid-js";
import { api } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, Spinner } from "../../ui/Feedback";
import { TextField } from "../../ui/fields";
import { CopyField } from "./CopyField";
import { expireOn } from "./Loaded";
import { RoleChecks } from "./RoleChecks";
import type { Role, StaffMember, StaffStatus } from "./types";

type Invited = { staff: StaffMember; link: string };
// The invitation's answer may leave out the status; a new invitee is waiting on their link.
type Answer = { staff: Omit<StaffMember, "status"> & { status?: StaffStatus }; link: string };
type Problems = { name?: string; email?: string; roles?: string };

/** What is wrong with an invitation before it is sent; the API checks again. */
export function inviteProblems(name: string, email: string, roles: readonly Role[]): Problems {
  const problems: Problems = {};
  if (!name.trim()) problems.name = "Enter the person's name.";
  if (!email.trim()) problems.email = "Enter their work e-mail address.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    problems.email = "Enter an e-mail address like name@council.gov.uk.";
  }
  if (roles.length === 0) problems.roles = "Choose at least one role.";
  return problems;
}

export function InviteForm(props: {
  onInvited: (member: StaffMember) => void;
  expired: () => void;
}) {
  const [roles, setRoles] = createSignal<Role[]>([]);
  const [problems, setProblems] = createSignal<Problems>({});
  const [invited, setInvited] = createSignal<Invited>();
  let form!: HTMLFormElement;
  let name!: HTMLInputElement;
  let email!: HTMLInputElement;

  const send = createAction(async (body: { name: string; email: string; roles: Role[] }) => {
    const result = await api.post<Answer>("/api/admin/staff", body);
    form.reset();
    setRoles([]);
    const staff = { ...result.staff, status: result.staff.status ?? "invited" };
    setInvited({ ...result, staff });
    props.onInvited(staff);
  });
  expireOn(send.error, props.expired);
  const refused = () => {
    const error = send.error();
    return error && error.status !== 401 ? error : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = inviteProblems(name.value, email.value, roles());
    setProblems(found);
    if (found.name) return name.focus();
    if (found.email) return email.focus();
    if (found.roles) return form.querySelector<HTMLInputElement>(".roles input")?.focus();
    const ok = await send.run({
      name: name.value.trim(),
      email: email.value.trim(),
      roles: roles(),
    });
    if (!ok) {
      const fields = fieldIssues(send.error());
      setProblems({ name: fields.name, email: fields.email, roles: fields.roles });
      if (fields.email || send.error()?.status === 409) email.focus();
    }
  };

  return (
    <section class="invite card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <Show when={invited()}>
        {(done) => (
          <div class="invite-done">
            <h3 tabindex="-1" ref={focusOnMount}>
              Invitation ready for {done().staff.name}
            </h3>
            <p>
              Send {done().staff.name} this link to choose a password. It works once, for a limited
              time. It was also written to the <a href="/admin/outbox">outbox</a>.
            </p>
            <CopyField label="One-time link" value={done().link} copyLabel="Copy link" />
          </div>
        )}
      </Show>
      <form ref={form} onSubmit={submit} novalidate aria-busy={send.busy()}>
        <Show when={refused()}>
          {(error) => (
            <Message kind="error" title="The invitation wasn't sent">
              {error().status === 409 ? error().message : describeError(error())}
            </Message>
          )}
        </Show>
        <TextField ref={name} label="Name" name="name" autocomplete="off" error={problems().name} />
        <TextField
          ref={email}
          label="Work e-mail address"
          type="email"
          name="email"
          autocomplete="off"
          spellcheck={false}
          error={problems().email}
        />
        <RoleChecks
          legend="Roles"
          explain
          value={roles()}
          onChange={(next) => {
            setRoles(next);
            setProblems((current) => ({ ...current, roles: undefined }));
          }}
          error={problems().roles}
        />
        <button type="submit" class="btn primary" aria-disabled={send.busy()}>
          <Show when={send.busy()} fallback="Send invitation">
            <Spinner inline label="Sending invitation…" />
          </Show>
        </button>
      </form>
    </section>
  );
}
