/** The organisation's staff: invite someone, change roles, deactivate and reactivate. */
import { createEffect, createSignal, For } from "solid-js";
import { api } from "../../api";
import { focusOnMount, setTitle } from "../../ui/Feedback";
import { StatusLine } from "../../ui/fields";
import { createLoad } from "../../ui/load";
import type { AdminProps } from "./AdminApp";
import { InviteForm } from "./InviteForm";
import { Loaded } from "./Loaded";
import { PersonCard } from "./PersonCard";
import { byEmail, type StaffMember } from "./types";

export function StaffPage(props: AdminProps) {
  setTitle("Staff", "Admin");
  const load = createLoad(
    () => "all",
    () => api.get<{ staff: StaffMember[] }>("/api/admin/staff"),
  );
  const [people, setPeople] = createSignal<StaffMember[]>([]);
  const [status, setStatus] = createSignal<string>();
  createEffect(() => {
    const data = load.data();
    if (data) setPeople(data.staff);
  });

  // Only the invited person's entry is replaced, so the other cards (and any focus in them) stay.
  const invited = (member: StaffMember) => {
    setPeople((list) => [...list.filter((p) => p.id !== member.id), member].sort(byEmail));
    setStatus(`Invitation ready for ${member.name}.`);
  };

  return (
    <>
      <h1 tabindex="-1" ref={focusOnMount}>
        Staff
      </h1>
      <p class="lede">
        Everyone at {props.me.orgName} who can sign in to Chorus, and what each of them can do.
      </p>
      <StatusLine text={status()} />
      <div class="admin-columns">
        <InviteForm onInvited={invited} expired={props.expired} />
        <section class="people-section" aria-labelledby="people-title">
          <h2 id="people-title">People</h2>
          <Loaded load={load} loading="Loading staff…" expired={props.expired}>
            {() => (
              <ul class="people">
                <For each={people()}>
                  {(person) => (
                    <PersonCard
                      person={person}
                      me={props.me}
                      onStatus={setStatus}
                      expired={props.expired}
                    />
                  )}
                </For>
              </ul>
            )}
          </Loaded>
        </section>
      </div>
    </>
  );
}
