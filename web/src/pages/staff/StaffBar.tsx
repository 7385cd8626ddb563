/**
 * The bar across the top of every staff area: where you are, the areas your roles open, who you
 * are signed in as, and the two ways out.
 */
import { For, Show } from "solid-js";
import { ROLE_GUIDE, ROLE_ORDER } from "./roles";
import { hasRole, type Role, type StaffUser } from "./session";

const AREAS: { name: string; href: string; role: Role }[] = ROLE_ORDER.map((role) => ({
  name: ROLE_GUIDE[role].area,
  href: ROLE_GUIDE[role].home,
  role,
}));

export type Leaving = "here" | "everywhere" | undefined;

export function StaffBar(props: {
  area: string;
  user?: StaffUser;
  leaving: Leaving;
  onSignOut: () => void;
  onSignOutEverywhere: () => void;
}) {
  const areas = () => {
    const user = props.user;
    if (!user) return [];
    // Home lists everything the person's roles open, with a line on each.
    return [{ name: "Home", href: "/staff" }, ...AREAS.filter((area) => hasRole(user, area.role))];
  };
  return (
    <header class="staff-bar">
      <p class="brand">
        Chorus
        {/* The area is named here only when the links below don't already show it. */}
        <Show when={!areas().some((area) => area.name === props.area)}>
          {" "}
          <span class="area">{props.area}</span>
        </Show>
      </p>
      <Show when={areas().length > 0}>
        <nav class="areas" aria-label="Staff areas">
          <ul class="area-links">
            <For each={areas()}>
              {(area) => (
                <li>
                  <a href={area.href} aria-current={area.name === props.area ? "page" : undefined}>
                    {area.name}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      <Show when={props.user}>
        {(who) => (
          <div class="who">
            <span>
              {who().name} <span class="org">· {who().orgName}</span>
            </span>
            <button
              type="button"
              class="btn"
              onClick={props.onSignOut}
              aria-disabled={Boolean(props.leaving)}
            >
              {props.leaving === "here" ? "Signing out…" : "Sign out"}
            </button>
            <button
              type="button"
              class="btn"
              onClick={props.onSignOutEverywhere}
              aria-disabled={Boolean(props.leaving)}
            >
              {props.leaving === "everywhere" ? "Signing out everywhere…" : "Sign out everywhere"}
            </button>
          </div>
        )}
      </Show>
    </header>
  );
}
