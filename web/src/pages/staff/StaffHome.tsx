/**
 * The staff home at /staff: for each role the person holds, every page that role opens, with a
 * line on what it is for. Someone with no role yet is told who gives roles.
 */
import { For, Show } from "solid-js";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { ROLE_GUIDE, ROLE_ORDER, type RoleGuide, whoGrants } from "./roles";
import { StaffShell } from "./StaffShell";
import { hasRole, type StaffUser } from "./session";

export function StaffHome() {
  return <StaffShell area="Home">{(user) => <Home user={user} />}</StaffShell>;
}

export function Home(props: { user: StaffUser }) {
  setTitle("Home");
  const held = () => ROLE_ORDER.filter((role) => hasRole(props.user, role));
  return (
    <div class="staff-home">
      <h1 tabindex="-1" ref={focusOnMount}>
        What you can do in Chorus
      </h1>
      <p class="lede">
        You are signed in as {props.user.name} at {props.user.orgName}.
      </p>
      <Show
        when={held().length > 0}
        fallback={
          <p>
            You have no roles yet, so there is nothing to open. Ask {whoGrants(props.user.orgName)}{" "}
            to give you the role you need.
          </p>
        }
      >
        <For each={held()}>{(role) => <RoleSection guide={ROLE_GUIDE[role]} />}</For>
        <p class="hint">
          Roles are given by {whoGrants(props.user.orgName)}, on the Staff page of Admin.
        </p>
      </Show>
    </div>
  );
}

export function RoleSection(props: { guide: RoleGuide }) {
  const id = () => `role-${props.guide.area.toLowerCase()}`;
  return (
    <section class="card role-home" aria-labelledby={id()}>
      <h2 id={id()}>
        {props.guide.area} <span class="role-name">({props.guide.name} role)</span>
      </h2>
      <ul class="role-pages">
        <For each={props.guide.pages}>
          {(page) => (
            <li>
              <a href={page.href}>{page.name}</a>
              <span class="says">{page.says}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
