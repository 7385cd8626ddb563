/**
 * A speaker button beside words a child may not be able to read. It plays the officer's recording
 * of those words in the child's language when the survey has one, else the device's voice reads
 * them; when the tablet has no voice for the language either, one message on the screen says so
 * plainly instead of the button doing nothing.
 */
import type { Recordings } from "@chorus/core/audio/schema";
import { createSignal, onCleanup, onMount } from "solid-js";
import { type SpeakResult, speak, speechProblem, stopSpeaking, warmUpVoices } from "./speech";
import { useWords, useWordsLanguage } from "./words";

// One message per screen, whichever button was pressed: shown under the question.
const [problem, setProblem] = createSignal<string>();

// The recordings' player, loaded only for a survey that has recordings.
let recorder: typeof import("./recording") | undefined;

/** Loads the player and the survey's recordings (kept for offline) when it has any. */
export function useRecordings(source: string, audio: Recordings | undefined): void {
  if (audio && Object.keys(audio).length > 0) {
    void import("./recording").then((loaded) => {
      loaded.keep(source, audio);
      recorder = loaded;
    });
  }
}

/**
 * Reads words aloud: the recording of string `key` if there is one, else the device's voice.
 * `told` hears how it went ("spoken" when a recording plays).
 */
function readAloud(text: string, lang: string, key?: string, told?: (result: SpeakResult) => void) {
  const voice = () => {
    recorder?.stop();
    // Spoken first, then told: `told?.(speak(…))` would skip speaking when nobody listens.
    const result = speak(text, lang);
    told?.(result);
  };
  stopSpeaking();
  if (key && recorder?.play(key, lang, voice)) told?.("spoken");
  else voice();
}

export function ReadAloud(props: {
  text: string;
  lang: string;
  label: string;
  /** The string's key (`q.<id>.prompt`…), whose recording plays in place of the voice. */
  recording?: string;
}) {
  const w = useWords();
  // The button's name is in the screens' language, which may not be the words it reads.
  const named = useWordsLanguage();
  onMount(() => warmUpVoices());
  return (
    <button
      type="button"
      class="btn speak"
      aria-label={props.label}
      lang={named()}
      title={props.label}
      onClick={() =>
        readAloud(props.text, props.lang, props.recording, (result) =>
          setProblem(speechProblem(result, props.lang, w())),
        )
      }
    >
      <SpeakerIcon />
    </button>
  );
}

/**
 * Reads words when a young child taps them, if the tablet has a voice for the language; a tablet
 * without one stays quiet, since the speaker buttons already say so. Only taps and clicks count:
 * choosing with the keys sends no pointer event, so a keyboard or switch user hears nothing extra.
 */
export function speakOnTap(event: PointerEvent, text: string, lang: string, key?: string): void {
  if (event.pointerType && text) readAloud(text, lang, key);
}

/** Where the "can't read aloud" message appears; it and any reading end when the screen goes. */
export function SpeechProblem() {
  const lang = useWordsLanguage();
  onCleanup(() => {
    setProblem(undefined);
    stopSpeaking();
    recorder?.stop();
  });
  return (
    <p class="speech-problem" role="status" lang={lang()}>
      {problem()}
    </p>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path
        d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
      />
    </svg>
  );
}
