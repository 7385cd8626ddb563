/**
 * Reading words aloud with the device's own voices (Web Speech API), so a child who cannot yet
 * read well can still answer. Cheap tablets often lack a voice for Polish or Urdu; that is
 * reported to the child rather than read in the wrong accent or not at all.
 */
import { en, type Words } from "./words";

type Synth = Pick<SpeechSynthesis, "speak" | "cancel" | "getVoices">;
type UtteranceClass = new (text: string) => SpeechSynthesisUtterance;

export type SpeakResult = "spoken" | "noVoice" | "unsupported";

function deviceSynth(): Synth | undefined {
  return typeof speechSynthesis === "undefined" ? undefined : speechSynthesis;
}

function deviceUtterance(): UtteranceClass | undefined {
  return typeof SpeechSynthesisUtterance === "undefined" ? undefined : SpeechSynthesisUtterance;
}

// Old tags some Android voices still report for these languages.
const OLD_TAGS: Record<string, string> = { he: "iw", yi: "ji" };

/**
 * A voice whose language is `lang` or a regional form of it ("pl" finds "pl-PL", "he" an old
 * "iw-IL"). Words in a named script need a voice for that script: a Gurmukhi Punjabi voice
 * cannot read Shahmukhi, so "pa-Arab" takes only a voice tagged with "Arab".
 */
export function voiceFor(lang: string, synth: Synth): SpeechSynthesisVoice | undefined {
  const [base = "", ...rest] = lang.toLowerCase().split("-");
  const script = rest.find((part) => part.length === 4);
  const bases = [base, OLD_TAGS[base]].filter(Boolean);
  return synth.getVoices().find((voice) => {
    const [code = "", ...parts] = voice.lang.toLowerCase().replaceAll("_", "-").split("-");
    return bases.includes(code) && (!script || parts.includes(script));
  });
}

export function speak(
  text: string,
  lang: string,
  synth = deviceSynth(),
  Utterance = deviceUtterance(),
): SpeakResult {
  if (!synth || !Utterance) return "unsupported";
  const voice = voiceFor(lang, synth);
  if (!voice) return "noVoice";
  // A second press should restart the words, not queue them behind the first.
  synth.cancel();
  const utterance = new Utterance(text);
  utterance.lang = lang;
  utterance.voice = voice;
  synth.speak(utterance);
  return "spoken";
}

/** Stops any words still being read, so one screen's words do not run on into the next. */
export function stopSpeaking(synth = deviceSynth()): void {
  synth?.cancel();
}

/** Chrome fills its voice list only after the first request, so ask early. */
export function warmUpVoices(synth = deviceSynth()): void {
  synth?.getVoices();
}

/** The sentence a child sees when nothing can be read, in `words`; undefined when it was read. */
export function speechProblem(
  result: SpeakResult,
  lang: string,
  words: Pick<Words, "cantReadAloud" | "cantReadLanguage"> = en,
): string | undefined {
  if (result === "spoken") return undefined;
  if (result === "unsupported") return words.cantReadAloud;
  return words.cantReadLanguage(lang);
}
