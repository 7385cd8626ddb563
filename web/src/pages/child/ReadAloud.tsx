/**
 * A speaker button beside words a child may not be able to read. When the tablet cannot speak
 * the language, one message on the screen says so plainly instead of the button doing nothing.
 */
import { createSignal, onCleanup, onMount } from "solid-js";
import { speak, speechProblem, stopSpeaking, warmUpVoices } from "./speech";

// One message per screen, whichever button was pressed: shown under the question.
const [problem, setProblem] = createSignal<string>();

export function ReadAloud(props: { text: string; lang: string; label: string }) {
  onMount(() => warmUpVoices());
  return (
    <button
      type="button"
      class="btn speak"
      aria-label={props.label}
      title={props.label}
      onClick={() => setProblem(speechProblem(speak(props.text, props.lang), props.lang))}
    >
      <SpeakerIcon />
    </button>
  );
}

/** Where the "can't read aloud" message appears; it and any reading end when the screen goes. */
export function SpeechProblem() {
  onCleanup(() => {
    setProblem(undefined);
    stopSpeaking();
  });
  return (
    <p class="speech-problem" role="status">
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
