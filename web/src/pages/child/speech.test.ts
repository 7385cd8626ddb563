import { LANGUAGES } from "@chorus/core/survey/languages";
import { describe, expect, it, vi } from "vitest";
import { speak, speechProblem, voiceFor } from "./speech";
import { en } from "./words";
import { words as ar } from "./words-ar";
import { words as pl } from "./words-pl";

/** A stand-in for the browser's speechSynthesis with a chosen set of voices. */
function fakeSynth(langs: string[]) {
  const voices = langs.map((lang) => ({ lang, name: lang }) as SpeechSynthesisVoice);
  return { getVoices: () => voices, speak: vi.fn(), cancel: vi.fn() };
}

class FakeUtterance {
  lang = "";
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text: string) {}
}
const Utterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;

describe("reading aloud", () => {
  it("speaks in the chosen language with a voice for it", () => {
    const synth = fakeSynth(["en-GB", "pl-PL"]);
    expect(speak("Jak się czujesz?", "pl", synth, Utterance)).toBe("spoken");
    const utterance = synth.speak.mock.calls[0]?.[0] as FakeUtterance;
    expect(utterance.text).toBe("Jak się czujesz?");
    expect(utterance.lang).toBe("pl");
    expect(utterance.voice?.lang).toBe("pl-PL");
    // A second press restarts rather than queueing.
    expect(synth.cancel).toHaveBeenCalledOnce();
  });

  it("matches regional voices, including ones written with an underscore", () => {
    expect(voiceFor("ur", fakeSynth(["ur_PK"]))?.lang).toBe("ur_PK");
    expect(voiceFor("en-GB", fakeSynth(["en-US"]))?.lang).toBe("en-US");
    // "pa" (Punjabi) must not be read by a "pap" voice.
    expect(voiceFor("pa", fakeSynth(["pap-AW"]))).toBeUndefined();
  });

  it("reports a missing voice instead of speaking in the wrong one", () => {
    const synth = fakeSynth(["en-GB"]);
    expect(speak("Jak się czujesz?", "pl", synth, Utterance)).toBe("noVoice");
    expect(synth.speak).not.toHaveBeenCalled();
    expect(speechProblem("noVoice", "pl")).toMatch(/^This tablet can't read Polish aloud\./);
  });

  it("keeps a regional language code on the words it reads", () => {
    const synth = fakeSynth(["en-GB"]);
    expect(speak("How do you feel?", "en-GB", synth, Utterance)).toBe("spoken");
    expect(synth.speak).toHaveBeenCalledWith(expect.objectContaining({ lang: "en-GB" }));
  });

  it("reports a browser with no speech at all", () => {
    expect(speak("Hello", "en", undefined, Utterance)).toBe("unsupported");
    expect(speechProblem("unsupported", "en")).toMatch(/^This tablet can't read aloud\./);
    expect(speechProblem("spoken", "en")).toBeUndefined();
  });

  it.each(LANGUAGES.map((language) => [language.code, language.english]))(
    "%s (%s): read by its own voice, and named plainly when the tablet has none",
    (code) => {
      const regional = code.includes("-") ? code : `${code}-XX`;
      expect(speak("…", code, fakeSynth([regional]), Utterance)).toBe("spoken");
      expect(speak("…", code, fakeSynth(["en-GB"]), Utterance)).toBe(
        code === "en" ? "spoken" : "noVoice",
      );
      // The message is in the child's words and names the language, never its bare tag.
      for (const words of [en, { ...en, ...pl }, { ...en, ...ar }]) {
        const said = speechProblem("noVoice", code, words) ?? "";
        expect(said.length).toBeGreaterThan(20);
        expect(said.split(/[\s().,،]+/)).not.toContain(code);
      }
    },
  );

  it("needs a voice for the script the words are in, and knows the old tags of Hebrew and Yiddish", () => {
    expect(voiceFor("pa-Arab", fakeSynth(["pa-IN"]))).toBeUndefined();
    expect(voiceFor("pa-Arab", fakeSynth(["pa-Arab-PK"]))?.lang).toBe("pa-Arab-PK");
    expect(voiceFor("he", fakeSynth(["iw-IL"]))?.lang).toBe("iw-IL");
    expect(voiceFor("yi", fakeSynth(["ji"]))?.lang).toBe("ji");
    // Sorani is not Kurmanji: one's voice does not read the other.
    expect(voiceFor("ckb", fakeSynth(["ku-TR"]))).toBeUndefined();
  });
});
