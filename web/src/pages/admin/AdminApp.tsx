/**
 * The admin area: staff, the e-mail outbox, the audit log, raw answers, single sign-on settings,
 * the council's name and logo, and how long data is kept. Lives in
 * its own lazily loaded chunk, and fetches nothing until the shell has confirmed the admin role.
 */
import "./admin.css";
import { Match, Switch } from "solid-js";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { SubNav } from "../../ui/SubNav";
import { StaffShell } from "../staff/StaffShell";
import type { StaffUser } from "../staff/session";
import { AnswersPage } from "./AnswersPage";
import { AuditPage } from "./AuditPage";
import { OrgPage } from "./OrgPage";
import { OutboxPage } from "./OutboxPage";
import { RetentionPage } from "./RetentionPage";
import { SsoPage } from "./SsoPage";
import { StaffPage } from "./StaffPage";

/** What every admin page is given: who is signed in, and what to do when their session ends. */
export type AdminProps = { me: StaffUser; expired: () => void };

const PAGES = [
  { page: undefined, href: "/admin", name: "Staff" },
  { page: "outbox", href: "/admin/outbox", name: "Outbox" },
  { page: "audit", href: "/admin/audit", name: "Audit log" },
  { page: "answers", href: "/admin/answers", name: "Raw answers" },
  { page: "sso", href: "/admin/sso", name: "Single sign-on" },
  { page: "org", href: "/admin/org", name: "Council name and logo" },
  { page: "retention", href: "/admin/retention", name: "Keeping data" },
] as const;

export function AdminApp(props: { page?: string }) {
  return (
    <StaffShell area="Admin" requires="admin" wide>
      {(me, expired) => (
        <>
          <SubNav
            label="Admin"
            items={PAGES.map((item) => ({ ...item, current: item.page === props.page }))}
          />
          <Switch fallback={<UnknownPage />}>
            <Match when={props.page === undefined}>
              <StaffPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "outbox"}>
              <OutboxPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "audit"}>
              <AuditPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "answers"}>
              <AnswersPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "sso"}>
              <SsoPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "org"}>
              <OrgPage me={me} expired={expired} />
            </Match>
            <Match when={props.page === "retention"}>
              <RetentionPage me={me} expired={expired} />
            </Match>
          </Switch>
        </>
      )}
    </StaffShell>
  );
}

function UnknownPage() {
  setTitle("Page not found", "Admin");
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Page not found
      </h1>
      <p>
        There is no admin page at this address. <a href="/admin">Go to the staff list</a>.
      </p>
    </>
  );
}
