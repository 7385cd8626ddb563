/**
 * A recording on one of the survey's words in one language: played to a child in place of the
 * tablet's voice, which rarely speaks Tigrinya, Pashto or Sorani. The officer picks a file; the
 * server checks it is really audio and no more than 1 MB; they can play, replace or remove it.
 * Only a question's words and its choices take one (the words a child's speaker buttons read).
 */
import { MAX_AUDIO_WORDS } from "@chorus/core/audio/schema";
import { createSignal, Show } from "solid-js";
import type { ApiError } from "../../api";
import { describeError } from "../../ui/errors";
import { Message } from "../../ui/Feedback";
import { englishName } from "./SurveyDetails";
import { studio } from "./studioApi";
import type { Workspace } from "./workspace";

const RECORDABLE = /^q\.[^.]+\.(prompt|option\.[^.]+)$/;

/** Whether a string key takes a recording: a question's words or one of its choices. */
export const recordable = (key: string) => RECORDABLE.test(key);

/** "Recording of the question in Polish". */
function named(key: string, language: string) {
  const what = key.endsWith(".prompt") ? "the question" : "this choice";
  return `Recording of ${what} in ${englishName(language)}`;
}

export function RecordingField(props: {
  ws: Workspace;
  slotKey: string;
  language: string;
  id: string;
}) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ApiError>();
  const [done, setDone] = createSignal("");
  const ref = () => props.ws.view().draft.audio?.[props.slotKey]?.[props.language];
  const show = (audio: Parameters<typeof withAudio>[1]) =>
    props.ws.setView(withAudio(props.ws.view(), audio));

  async function send(file: File | undefined, input: HTMLInputElement) {
    if (!file || busy()) return;
    setBusy(true);
    setError(undefined);
    setDone("");
    try {
      const saved = await studio.putRecording(
        props.ws.surveyId,
        props.slotKey,
        props.language,
        file,
      );
      show(saved.audio);
      setDone(`Saved. Children choosing ${englishName(props.language)} hear it once you publish.`);
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
      input.value = "";
    }
  }

  async function remove() {
    setBusy(true);
    setError(undefined);
    try {
      show((await studio.removeRecording(props.ws.surveyId, props.slotKey, props.language)).audio);
      setDone("Removed. The tablet's own voice reads these words again.");
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="recording" aria-busy={busy()}>
      <Show when={ref()}>
        {(saved) => (
          <div class="recording-saved">
            {/* biome-ignore lint/a11y/useMediaCaption: the words it speaks are in the box beside it. */}
            <audio
              controls
              preload="none"
              src={studio.recordingUrl(props.ws.surveyId, saved().hash)}
              aria-label={named(props.slotKey, props.language)}
            />
            <button type="button" class="btn quiet" onClick={() => void remove()} disabled={busy()}>
              Remove recording
            </button>
          </div>
        )}
      </Show>
      <label class="field recording-pick" for={props.id}>
        {ref() ? "Replace the recording" : "Add a recording"} in {englishName(props.language)}{" "}
        <span class="hint">
          (MP3, M4A, Ogg, WebM or WAV, up to {MAX_AUDIO_WORDS}: about a minute of speech)
        </span>
      </label>
      <input
        id={props.id}
        type="file"
        accept="audio/*,.mp3,.m4a,.ogg,.opus,.webm,.wav"
        disabled={busy()}
        onChange={(event) => void send(event.currentTarget.files?.[0], event.currentTarget)}
      />
      <p class="recording-status" aria-live="polite">
        {done()}
      </p>
      <Show when={error()}>
        {(failure) => <Message kind="error">{describeError(failure())}</Message>}
      </Show>
    </div>
  );
}

/** The draft view with these recordings, and marked as having something to publish. */
function withAudio(
  view: ReturnType<Workspace["view"]>,
  audio: ReturnType<Workspace["view"]>["draft"]["audio"],
) {
  return { ...view, draft: { ...view.draft, audio, unpublishedChanges: true } };
}
