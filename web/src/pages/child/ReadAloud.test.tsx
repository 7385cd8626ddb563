/**
 * Which sound a speaker button makes: the officer's recording of those words in the child's
 * language when the survey has one, else the device's voice, else the plain "can't read aloud".
 */
import type { Recordings } from "@chorus/core/audio/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReadAloud, SpeechProblem, useRecordings } from "./ReadAloud";

const HASH = "a".repeat(64);
const ref = { hash: HASH, type: "audio/wav" as const, bytes: 10, savedAt: "2026-11-30T00:00:00Z" };
// A Tigrinya recording of the question; nothing in Polish.
const AUDIO: Recordings = { "q.feel-home.prompt": { ti: ref } };

let play: ReturnType<typeof vi.fn>;
let speak: ReturnType<typeof vi.fn>;
let fetched: string[];

function voices(...langs: string[]) {
  speak = vi.fn();
  const synth = { getVoices: () => langs.map((lang) => ({ lang })), speak, cancel: () => {} };
  Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: class {} });
}

beforeEach(async () => {
  fetched = [];
  play = vi.fn(() => Promise.resolve());
  HTMLMediaElement.prototype.play = play as unknown as HTMLMediaElement["play"];
  HTMLMediaElement.prototype.pause = () => {};
  URL.createObjectURL = () => "blob:recording";
  globalThis.fetch = vi.fn(async (url: string | URL | Request) => {
    fetched.push(String(url));
    return new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "audio/wav" } });
  }) as typeof fetch;
  useRecordings("/api/s/CODE", AUDIO);
  // The player loads by dynamic import, then fetches each recording once.
  await import("./recording");
  await new Promise((done) => setTimeout(done, 0));
});
afterEach(cleanup);

function press(lang: string) {
  render(() => (
    <>
      <ReadAloud
        text="How do you feel at home?"
        lang={lang}
        label="Read the question aloud"
        recording="q.feel-home.prompt"
      />
      <SpeechProblem />
    </>
  ));
  fireEvent.click(screen.getByRole("button", { name: "Read the question aloud" }));
}

const player = () => document.querySelector<HTMLAudioElement>("audio.recording");

describe("the speaker button", () => {
  it("plays the recording in the child's language, fetched once for offline, and no voice", () => {
    voices("ti-ER");
    press("ti");
    expect(fetched).toEqual([`/api/s/CODE/audio/${HASH}`]);
    expect(play).toHaveBeenCalledOnce();
    expect(player()?.getAttribute("src")).toBe("blob:recording");
    expect(speak).not.toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("uses the device's voice for a language with no recording", () => {
    voices("pl-PL");
    press("pl");
    expect(play).not.toHaveBeenCalled();
    expect(speak).toHaveBeenCalledOnce();
  });

  it("falls back to the device's voice when the recording cannot play", async () => {
    voices("ti-ER");
    play.mockImplementation(() => Promise.reject(new Error("cannot decode")));
    press("ti");
    await new Promise((done) => setTimeout(done, 0));
    expect(speak).toHaveBeenCalledOnce();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("says so plainly when neither the recording nor a voice can read it", async () => {
    voices("en-GB");
    play.mockImplementation(() => Promise.reject(new Error("cannot decode")));
    press("ti");
    await new Promise((done) => setTimeout(done, 0));
    expect(play).toHaveBeenCalledOnce();
    // No Tigrinya voice on this tablet either: the child is told, in words, not left in silence.
    expect(speak).not.toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toMatch(/can't read .* aloud/);
  });

  it("stops the recording when the child moves on", () => {
    voices();
    press("ti");
    expect(player()?.getAttribute("src")).toBe("blob:recording");
    cleanup();
    expect(player()?.hasAttribute("src")).toBe(false);
  });
});
