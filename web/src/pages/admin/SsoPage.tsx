/**
 * Single sign-on settings: which identity provider vouches for the organisation's staff, for
 * which e-mail domains, and which of its groups give which Chorus roles.
 */
import type { SsoConfigView } from "@chorus/core/sso/schema";
import { createSignal, Show } from "solid-js";
import { api, request } from "../../api";
import { createAction, fieldIssues } from "../../ui/action";
import { describeError } from "../../ui/errors";
import { focusOnMount, Message, setTitle } from "../../ui/Feedback";
import { TextField, uniqueId } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { CopyField } from "./CopyField";
import { expireOn, Loaded } from "./Loaded";
import { RoleChecks } from "./RoleChecks";
import { SaveSettings } from "./SaveButton";
import { type GroupRow, GroupRows, newRow } from "./SsoGroups";
import { inputFrom, type SsoProblems, toBody } from "./ssoForm";
import type { Role } from "./types";

type Config = SsoConfigView | null;

/** Problems that are shown beside a field of their own. */
const FIELDS = /^(issuer|clientId|clientSecret|emailDomains|defaultRoles|group-\d+)$/;

export function SsoPage(props: AdminProps) {
  setTitle("Single sign-on", "Admin");
  const load = createLoad(
    () => "config",
    () => api.get<{ config: Config; verificationRecord: string }>("/api/auth/sso/config"),
  );
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Single sign-on
      </h1>
      <p class="lede">
        Let staff sign in with their council account (Microsoft Entra ID, Google Workspace or
        another OpenID Connect provider) instead of a Chorus password.
      </p>
      <Loaded load={load} loading="Loading the settings…" expired={props.expired}>
        {(data) => (
          <SsoForm
            config={data().config}
            verificationRecord={data().verificationRecord}
            expired={props.expired}
          />
        )}
      </Loaded>
    </>
  );
}

function SsoForm(props: { config: Config; verificationRecord: string; expired: () => void }) {
  const start = inputFrom(props.config);
  const [saved, setSaved] = createSignal<Config>(props.config);
  const [groups, setGroups] = createSignal<GroupRow[]>(start.groups.map(newRow));
  const [defaultRoles, setDefaultRoles] = createSignal<Role[]>(start.defaultRoles);
  const [problems, setProblems] = createSignal<SsoProblems>({});
  const [status, setStatus] = createSignal<string>();
  const [notSaved, setNotSaved] = createSignal<string>();
  const id = uniqueId();
  let form!: HTMLFormElement;
  // The text fields are left to the browser until sending: typing needs no signals.
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  const save = createAction(async (body: object) => {
    const { config } = await request<{ config: SsoConfigView }>(
      "PUT",
      "/api/auth/sso/config",
      body,
    );
    setSaved(config);
    field("clientSecret").value = "";
    setStatus(`Settings saved. Single sign-on is ${config.enabled ? "on" : "off"}.`);
  });
  expireOn(save.error, props.expired);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus(undefined);
    setNotSaved(undefined);
    save.clear();
    const result = toBody(
      {
        issuer: field("issuer").value,
        clientId: field("clientId").value,
        clientSecret: field("clientSecret").value,
        emailDomains: field("emailDomains").value,
        groups: groups().map((row) => ({ group: row.group(), roles: row.roles() })),
        defaultRoles: defaultRoles(),
        enabled: field("enabled").checked,
      },
      saved()?.hasSecret ?? false,
    );
    if ("problems" in result) return showProblems(result.problems);
    setProblems({});
    if (!(await save.run(result.body))) {
      const error = save.error();
      const found = fieldIssues(error);
      // A domain another organisation has claimed is a conflict about the domains field.
      if (error?.status === 409) found.emailDomains = error.message;
      showProblems(found);
    }
  };

  const showProblems = (found: SsoProblems) => {
    setProblems(found);
    const error = save.error();
    // Problems with no field of their own (the whole group list, say) go in the summary.
    const loose = Object.entries(found)
      .filter(([key]) => !FIELDS.test(key))
      .map(([, text]) => text);
    setNotSaved(
      error && error.status !== 400 && error.status !== 409
        ? describeError(error)
        : [loose.length < Object.keys(found).length && "Check the settings marked below.", ...loose]
            .filter(Boolean)
            .join(" ") || error?.message,
    );
    const first = Object.keys(found).find((key) => FIELDS.test(key));
    form.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  };

  return (
    <form ref={form} class="sso" onSubmit={submit} novalidate aria-busy={save.busy()}>
      <Show when={notSaved()}>
        {(why) => (
          <Message kind="error" title="The settings weren't saved">
            {why()}
          </Message>
        )}
      </Show>
      <section class="card" aria-labelledby={`${id}-provider`}>
        <h2 id={`${id}-provider`}>Your identity provider</h2>
        <TextField
          label="Issuer URL"
          name="issuer"
          field="issuer"
          type="url"
          spellcheck={false}
          autocomplete="off"
          value={start.issuer}
          hint="For Microsoft Entra ID: https://login.microsoftonline.com/<tenant ID>/v2.0"
          error={problems().issuer}
        />
        <TextField
          label="Client ID"
          name="clientId"
          field="clientId"
          spellcheck={false}
          autocomplete="off"
          value={start.clientId}
          hint="Also called the application ID."
          error={problems().clientId}
        />
        <TextField
          label="Client secret"
          name="clientSecret"
          field="clientSecret"
          type="password"
          autocomplete="new-password"
          hint={
            saved()?.hasSecret
              ? "A secret is stored and never shown. Leave blank to keep it, or type a new one to replace it."
              : "No secret is stored yet."
          }
          error={problems().clientSecret}
        />
        <CopyField
          label="Redirect URI to register with your provider"
          value={`${location.origin}/api/auth/sso/callback`}
        />
      </section>
      <section class="card" aria-labelledby={`${id}-who`}>
        <h2 id={`${id}-who`}>Who signs in this way</h2>
        <TextField
          label="E-mail domains"
          name="emailDomains"
          field="emailDomains"
          spellcheck={false}
          autocomplete="off"
          value={start.emailDomains}
          hint="Staff whose address ends in one of these use their council account. Separate several with commas, for example council.gov.uk, children.council.gov.uk"
          error={problems().emailDomains}
        />
        <CopyField
          label="DNS record that proves a domain is your council's"
          value={props.verificationRecord}
        />
        <p class="hint">
          Before a new domain is saved, ask whoever runs your council's DNS to add this as a TXT
          record on it. It shows that the domain is yours, so nobody else can send your staff to
          their sign-in. It can stay there afterwards.
        </p>
        <GroupRows rows={groups()} setRows={setGroups} problems={problems()} />
        <RoleChecks
          legend="Roles for everyone"
          hint="Given to everyone who signs in this way, whatever their groups. Leave them all unticked so that only the groups above give access."
          value={defaultRoles()}
          onChange={setDefaultRoles}
          error={problems().defaultRoles}
        />
      </section>
      <div class="card">
        <label class="check big">
          <input type="checkbox" name="enabled" checked={start.enabled} />
          <span>
            Turn on single sign-on
            <span class="what">
              Staff at these domains then see “Continue with your council account” instead of a
              password field.
            </span>
          </span>
        </label>
      </div>
      <SaveSettings status={status()} busy={save.busy()} />
    </form>
  );
}
