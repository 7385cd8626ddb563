/**
 * The last screen for a child who asked for their worker or gave an answer that means they may
 * not be safe: never the smiley thank-you everyone else gets. It says they were heard, what
 * happens next, and who to call now, in words for their age band. Offline it says honestly
 * that the message has not gone yet.
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { focusOnMount } from "../../ui/Feedback";
import { Reference } from "./Finish";
import { ChildlineNumber, isLeaver, LEAVER_LINES, LineWords } from "./HelpLines";
import { fill } from "./intl";
import { WaitingCount } from "./OutboxNotice";
import { useWords, type Words } from "./words";

/**
 * The screen's words for a band: the youngest get shorter ones. Care leavers are adults up to
 * 25, and Childline is for under-19s, so they get their own lines (HelpLines.tsx) in its place.
 */
export function heardWords(words: Words, band: AgeBand | undefined) {
  const youngest = band === "4-7";
  const leaver = isLeaver(band);
  return {
    title: youngest ? words.heardTitleYoungest : words.heardTitle,
    heard: youngest ? undefined : words.heard,
    next: youngest ? words.heardNextYoungest : words.heardNext,
    saved: youngest
      ? words.heardSavedYoungest
      : leaver
        ? words.heardSavedLeavers
        : words.heardSaved,
    childline: leaver ? undefined : youngest ? words.heardChildlineYoungest : words.heardChildline,
    danger: youngest ? words.heardDangerYoungest : words.heardDanger,
  };
}

/** `queued`: the answers or the request to tell a worker are still on the tablet (offline). */
export function Heard(props: {
  band?: AgeBand;
  queued: boolean;
  onFinish: () => void;
  reference?: string;
}) {
  const w = useWords();
  const say = () => heardWords(w(), props.band);
  return (
    <section class="done heard" aria-labelledby="done-title">
      <h1 id="done-title" tabindex="-1" ref={focusOnMount}>
        {say().title}
      </h1>
      <Show when={say().heard}>{(heard) => <p class="lead">{heard()}</p>}</Show>
      <Show when={props.queued} fallback={<p class="lead">{say().next}</p>}>
        <p class="lead heard-saved">{say().saved}</p>
        <WaitingCount />
      </Show>
      <aside class="heard-help" aria-label={w().heardHelpLabel}>
        <ul>
          <Show
            when={say().childline}
            fallback={
              <For each={LEAVER_LINES}>{(line) => <li>{<LineWords line={line} />}</li>}</For>
            }
          >
            {(childline) => (
              <li>
                {fill(childline(), {
                  name: <strong>Childline</strong>,
                  number: <ChildlineNumber />,
                })}
              </li>
            )}
          </Show>
          <li class="heard-danger">
            {fill(say().danger, {
              number: (
                <a href="tel:999" dir="ltr">
                  999
                </a>
              ),
            })}
          </li>
        </ul>
      </aside>
      <Reference reference={props.reference} />
      <button type="button" class="btn primary big" onClick={props.onFinish}>
        {w().finish}
      </button>
    </section>
  );
}
