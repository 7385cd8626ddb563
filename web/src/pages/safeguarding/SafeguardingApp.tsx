/**
 * The safeguarding lead's area: the queue of alerts, one alert with the child's whole response,
 * and the organisation's due times and own phrases. Its own lazily loaded chunk, open to the
 * safeguarding role alone; nothing is fetched until the shell has confirmed the role.
 */
import "../admin/admin.css";
import "./safeguarding.css";
import { Match, Switch } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { createLoad } from "../../ui/load";
import { SubNav } from "../../ui/SubNav";
import { StaffShell } from "../staff/StaffShell";
import type { StaffUser } from "../staff/session";
import { AlertPage } from "./AlertPage";
import { QueuePage } from "./QueuePage";
import { SettingsPage } from "./SettingsPage";
import type { Colleague } from "./types";

/** What every safeguarding page is given. */
export type SafeguardingProps = { me: StaffUser; expired: () => void };

const PAGES = [
  { page: undefined, href: "/safeguarding", name: "Alerts" },
  { page: "settings", href: "/safeguarding/settings", name: "Due times and phrases" },
] as const;

export function SafeguardingApp(props: { page?: string; alertId?: string }) {
  return (
    <StaffShell area="Safeguarding" requires="safeguarding" wide>
      {(me, expired) => {
        // Who an alert can be handed to, and whose name goes with an owner's id.
        const team = createLoad(
          () => me.orgId,
          () => api.get<{ team: Colleague[] }>("/api/safeguarding/team"),
        );
        const colleagues = () => team.data()?.team ?? [];
        return (
          <>
            <SubNav
              label="Safeguarding"
              items={PAGES.map((item) => ({
                ...item,
                current: item.page === props.page && !props.alertId,
              }))}
            />
            <Switch fallback={<UnknownPage />}>
              <Match when={props.alertId}>
                {(id) => (
                  <AlertPage me={me} expired={expired} alertId={id()} colleagues={colleagues()} />
                )}
              </Match>
              <Match when={props.page === undefined}>
                <QueuePage me={me} expired={expired} colleagues={colleagues()} />
              </Match>
              <Match when={props.page === "settings"}>
                <SettingsPage me={me} expired={expired} />
              </Match>
            </Switch>
          </>
        );
      }}
    </StaffShell>
  );
}

/** An owner's name, or their id when they are not (or no longer) on the team list. */
export function ownerName(colleagues: Colleague[], id: string | null | undefined, me: StaffUser) {
  if (!id) return undefined;
  if (id === me.id) return "You";
  return colleagues.find((colleague) => colleague.id === id)?.name ?? "A colleague";
}

function UnknownPage() {
  setTitle("Page not found", "Safeguarding");
  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Page not found
      </h1>
      <p>
        There is no safeguarding page at this address. <a href="/safeguarding">Go to the alerts</a>.
      </p>
    </>
  );
}
