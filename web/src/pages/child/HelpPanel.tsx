/**
 * "I'm worried": a button on every screen after the code that opens help at once, whatever the
 * question. A child who is scared should not have to finish a survey, or find the right
 * answer, before they are told who to call or can ask for their worker.
 *
 * "Tell my worker" goes the moment it is pressed (through the outbox, see send.ts), not with
 * the answers. It may carry a name and a way to reach the child, each optional, and the panel
 * says plainly that this message, unlike the answers, is not anonymous.
 */
import type { HelpContact } from "@chorus/core/help/schema";
import type { AgeBand } from "@chorus/core/survey/schema";
import { createSignal, For, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import { ChildlineNumber, isLeaver, LeaverLines } from "./HelpLines";
import { fill } from "./intl";
import { useWords, type Words } from "./words";

/** Where a request to tell a worker has got to. */
export type HelpState = "sending" | "sent" | "queued" | "failed";

export type HelpPanelProps = {
  /** False when the survey turns the request off. */
  canTellWorker: boolean;
  /** Set once the child has asked: the request cannot be taken back, only followed. */
  told?: HelpState;
  band?: AgeBand;
  onTellWorker: (contact: HelpContact) => void;
};

type Field = { name: keyof HelpContact; label: keyof Words; hint?: keyof Words; max: number };

/** What the youngest are asked is shorter: their name and their worker's, nothing to look up. */
function fieldsFor(band: AgeBand | undefined): Field[] {
  if (band === "4-7") {
    return [
      { name: "firstName", label: "firstNameYoungest", max: 40 },
      { name: "workerName", label: "workerNameYoungest", max: 80 },
    ];
  }
  return [
    { name: "firstName", label: "firstName", max: 40 },
    { name: "reach", label: "reach", hint: "reachHint", max: 200 },
    { name: "workerName", label: "workerName", max: 80 },
  ];
}

export function HelpPanel(props: HelpPanelProps) {
  const [open, setOpen] = createSignal(false);
  const w = useWords();
  let opener: HTMLButtonElement | undefined;
  let panel: HTMLDivElement | undefined;

  const close = () => {
    setOpen(false);
    opener?.focus();
  };

  // A modal that lets focus wander behind it leaves a keyboard or switch user lost, so Tab
  // cycles inside it and Escape closes it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "Tab" || !panel) return;
    const stops = [...panel.querySelectorAll<HTMLElement>("a[href], button, input")];
    const first = stops[0];
    const last = stops.at(-1);
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !stops.includes(active as HTMLElement))) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const Trap = () => {
    onMount(() => {
      panel?.querySelector<HTMLElement>("h2")?.focus();
      document.addEventListener("keydown", onKeyDown);
    });
    onCleanup(() => document.removeEventListener("keydown", onKeyDown));
    return null;
  };

  return (
    <div class="worried-bar">
      <button
        ref={opener}
        type="button"
        class="btn worried"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {w().worried}
      </button>
      <Show when={open()}>
        <div class="help-backdrop">
          <div
            ref={(el) => {
              panel = el;
            }}
            class="help-panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="help-title"
          >
            <h2 id="help-title" tabindex="-1">
              {w().helpTitle}
            </h2>
            <p>{w().helpOk}</p>
            {/* Care leavers are adults: Samaritans first, Childline only while under 19. */}
            <Show
              when={isLeaver(props.band)}
              fallback={
                <p class="help-call">
                  {fill(w().helpCall, { name: "Childline", number: <ChildlineNumber /> })}
                </p>
              }
            >
              <LeaverLines class="help-call" />
            </Show>
            <p>
              {fill(w().helpOnline, {
                site: isLeaver(props.band) ? (
                  <a href="https://www.samaritans.org" target="_blank" rel="noopener" dir="ltr">
                    samaritans.org
                  </a>
                ) : (
                  <a href="https://www.childline.org.uk" target="_blank" rel="noopener" dir="ltr">
                    childline.org.uk
                  </a>
                ),
              })}
            </p>
            <Show when={props.canTellWorker}>
              <TellWorker told={props.told} band={props.band} onTell={props.onTellWorker} />
            </Show>
            <button type="button" class="btn primary help-close" onClick={close}>
              {w().close}
            </button>
            <Trap />
          </div>
        </div>
      </Show>
    </div>
  );
}

function TellWorker(props: {
  told?: HelpState;
  band?: AgeBand;
  onTell: (contact: HelpContact) => void;
}) {
  const w = useWords();
  const youngest = () => props.band === "4-7";
  const leaver = () => isLeaver(props.band);
  const [contact, setContact] = createSignal<HelpContact>({});
  return (
    <section class="tell-worker-step" aria-labelledby="tell-worker-ask">
      <p class="tell-worker-ask" id="tell-worker-ask">
        {w().tellWorkerAsk}
      </p>
      <Show when={!props.told}>
        <p class="not-anonymous">
          {youngest() ? w().contactNotAnonymousYoungest : w().contactNotAnonymous}
        </p>
        <p class="hint">{youngest() ? w().contactOptionalYoungest : w().contactOptional}</p>
        <For each={fieldsFor(props.band)}>
          {(field) => (
            <div class="contact-field">
              <label class="field" for={`help-${field.name}`}>
                {w()[field.label] as string}
              </label>
              <Show when={field.hint}>
                {(hint) => (
                  <p class="hint" id={`help-${field.name}-hint`}>
                    {w()[hint()] as string}
                  </p>
                )}
              </Show>
              <input
                id={`help-${field.name}`}
                class="text"
                type="text"
                maxLength={field.max}
                autocomplete="off"
                aria-describedby={field.hint ? `help-${field.name}-hint` : undefined}
                value={contact()[field.name] ?? ""}
                onInput={(event) =>
                  setContact((now) => ({ ...now, [field.name]: event.currentTarget.value }))
                }
              />
            </div>
          )}
        </For>
        <button type="button" class="btn tell-worker" onClick={() => props.onTell(contact())}>
          {w().tellWorker}
        </button>
      </Show>
      <p class="tell-worker-note" role="status">
        <Switch>
          <Match when={props.told === "sending"}>{w().tellWorkerSending}</Match>
          <Match when={props.told === "sent"}>{w().tellWorkerSent}</Match>
          <Match when={props.told === "queued"}>
            {leaver() ? w().tellWorkerSavedLeavers : w().tellWorkerSaved}
          </Match>
          <Match when={props.told === "failed"}>
            {leaver() ? w().tellWorkerFailedLeavers : w().tellWorkerFailed}
          </Match>
        </Switch>
      </p>
    </section>
  );
}
