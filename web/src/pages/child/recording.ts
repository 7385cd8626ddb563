/**
 * Playing an officer's recording in place of the device's voice, for languages tablets rarely
 * speak. Loaded only for a survey that has recordings, so the child's first screen pays nothing.
 *
 * On loading it fetches each of the survey's recordings once: the service worker keeps a copy
 * (offline use), and the bytes become a blob the page plays from memory, which every browser
 * plays without the byte-range requests Safari otherwise wants from a server.
 */
import type { Recordings } from "@chorus/core/audio/schema";

let from = "";
let audio: Recordings = {};
const blobs = new Map<string, string>();
let player: HTMLAudioElement | undefined;

const urlOf = (hash: string) => `${from}/audio/${hash}`;

/** Keeps the recordings of the survey opened through `source` (`/api/s/CODE`…), for offline too. */
export function keep(source: string, recordings: Recordings): void {
  from = source;
  audio = recordings;
  for (const byLanguage of Object.values(recordings)) {
    for (const { hash } of Object.values(byLanguage)) {
      if (blobs.has(hash)) continue;
      fetch(urlOf(hash))
        .then((response) => (response.ok ? response.blob() : undefined))
        .then((blob) => blob && blobs.set(hash, URL.createObjectURL(blob)))
        .catch(() => {});
    }
  }
}

/**
 * Plays the recording of string `key` in `lang`, if the survey has one: true when it started
 * trying. If the browser cannot play it after all, `instead` runs (the device's voice).
 */
export function play(key: string, lang: string, instead: () => void): boolean {
  const ref = audio[key]?.[lang];
  if (!ref) return false;
  player ??= document.body.appendChild(document.createElement("audio"));
  player.className = "recording";
  player.pause();
  player.src = blobs.get(ref.hash) ?? urlOf(ref.hash);
  player.play().catch(instead);
  return true;
}

/** Stops a recording still playing, so one screen's words do not run on into the next. */
export function stop(): void {
  player?.pause();
  player?.removeAttribute("src");
}
