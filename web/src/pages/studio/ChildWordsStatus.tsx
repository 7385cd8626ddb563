/**
 * What a child sees around a survey's own words in a language: Chorus's built-in words (buttons,
 * help, the privacy promises) come from a word table, which may be missing or not yet checked by
 * a fluent speaker. Said beside each language so nobody takes unchecked words for checked ones.
 */
import { createResource, Show } from "solid-js";
import { tableStatus } from "../child/words";
import { englishName } from "./SurveyDetails";

const SAID = {
  reviewed: () => "checked by a native speaker.",
  unreviewed: () =>
    "written by the Chorus team and not yet checked by a native speaker. Ask a fluent colleague to read them before children use them (see docs/languages.md).",
  none: (language: string) =>
    `not available in ${englishName(language)}, so children see them in English.`,
} as const;

export function ChildWordsStatus(props: { language: string }) {
  const [status] = createResource(() => props.language, tableStatus);
  return (
    <Show when={props.language !== "en" && status()}>
      {(known) => (
        <p class={`child-words child-words-${known()}`}>
          Buttons and help on the child's screens: {SAID[known()](props.language)}
        </p>
      )}
    </Show>
  );
}
