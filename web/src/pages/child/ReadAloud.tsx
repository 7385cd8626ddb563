/**
 * A speaker button beside words a child may not be able to read. When the tablet cannot speak
 * the language, one message on the screen says so plainly instead of the button doing nothing.
 */
import { createSignal, onCleanup, onMount } from "solid-js";
import { speak, speechProblem, stopSpeaking, warmUpVoices } from "./speech";
import { useWords, useWordsLanguage } from "./words";

// One message per screen, whichever button was pressed: shown under the question.
const [problem, setProblem] = createSignal<string>();

export function ReadAloud(props: { text: string; lang: string; label: string }) {
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
      onClick={() => setProblem(speechProblem(speak(props.text, props.lang), props.lang, w()))}
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
export function speakOnTap(event: PointerEvent, text: string, lang: string): void {
  if (event.pointerType && text) speak(text, lang);
}

/** Where the "can't read aloud" message appears; it and any reading end when the screen goes. */
export function SpeechProblem() {
  const lang = useWordsLanguage();
  onCleanup(() => {
    setProblem(undefined);
    stopSpeaking();
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
