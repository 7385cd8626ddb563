/**
 * Who to call now, by age band. Childline answers anyone under 19, so it is every child's line.
 * Care leavers are adults of 16 to 25: they get Samaritans first (free, any age, any time),
 * Childline only for those still under 19, and the people whose job is to support them after
 * care, their personal adviser and the council's leaving care team.
 */
import type { AgeBand } from "@chorus/core/survey/schema";
import { For, Show } from "solid-js";
import { fill } from "./intl";
import { useWords, type Words } from "./words";

/** A care leaver's band: adults, whose help is not a children's line alone. */
export const isLeaver = (band: AgeBand | undefined) => band === "16-25";

export type HelpLine = "samaritans" | "childlineUnder19" | "leavingCare";

/** The lines a care leaver is given, most useful to an adult first. */
export const LEAVER_LINES: readonly HelpLine[] = ["samaritans", "childlineUnder19", "leavingCare"];

/** The number as a link; kept left to right, so it reads the same inside Arabic words. */
export function ChildlineNumber() {
  return (
    <a href="tel:08001111" dir="ltr">
      0800&nbsp;1111
    </a>
  );
}

export function SamaritansNumber() {
  return (
    <a href="tel:116123" dir="ltr">
      116&nbsp;123
    </a>
  );
}

const SAY: Record<HelpLine, keyof Words> = {
  samaritans: "samaritansLine",
  childlineUnder19: "childlineUnder19",
  leavingCare: "leavingCareTeam",
};

/** One line's words, with the service's name in bold and its number as a link. */
export function LineWords(props: { line: HelpLine }) {
  const w = useWords();
  const text = () => w()[SAY[props.line]] as string;
  return (
    <>
      {props.line === "samaritans"
        ? fill(text(), { name: <strong>Samaritans</strong>, number: <SamaritansNumber /> })
        : props.line === "childlineUnder19"
          ? fill(text(), { name: <strong>Childline</strong>, number: <ChildlineNumber /> })
          : text()}
    </>
  );
}

/** A care leaver's lines as a list, for the "I'm worried" panel and the help asides. */
export function LeaverLines(props: { class?: string }) {
  return (
    <ul class={props.class ? `help-lines ${props.class}` : "help-lines"}>
      <For each={LEAVER_LINES}>
        {(line) => (
          <li>
            <LineWords line={line} />
          </li>
        )}
      </For>
    </ul>
  );
}

/** Shown before and after the questions: Childline for children, a care leaver's lines at 16–25. */
export function HelpLines(props: { band?: AgeBand }) {
  const w = useWords();
  return (
    <aside class="childline" aria-label={w().childlineLabel}>
      <Show
        when={isLeaver(props.band)}
        fallback={
          <p>
            {fill(w().childline, { name: <strong>Childline</strong>, number: <ChildlineNumber /> })}
          </p>
        }
      >
        <p>{w().talkNow}</p>
        <LeaverLines />
      </Show>
    </aside>
  );
}
