import { describe, expect, it } from "vitest";
import type { Text } from "./base.js";
import { EMOJI_FACES, PREFER_NOT_LABEL, THREE_HOUSES, YES_NO_OPTIONS } from "./parts.js";

/** Languages whose built-in child words are written (the web's word tables match these). */
const WRITTEN = ["en", "ar", "pl"];

const builtIn: [string, Text][] = [
  ...[...EMOJI_FACES[3], ...EMOJI_FACES[5]].map(
    (f) => [`face ${f.value}`, f.label] as [string, Text],
  ),
  ...YES_NO_OPTIONS.map((o) => [o.value, o.label] as [string, Text]),
  ["rather not say", PREFER_NOT_LABEL],
  ...Object.entries(THREE_HOUSES).flatMap(([house, { label, hint }]) => [
    [`${house} label`, label] as [string, Text],
    [`${house} hint`, hint] as [string, Text],
  ]),
];

describe("built-in answer words", () => {
  it.each(builtIn)("%s is written in every language with a word table", (_, text) => {
    expect(Object.keys(text).sort()).toEqual([...WRITTEN].sort());
    for (const language of WRITTEN) expect(text[language]?.trim()).toBeTruthy();
    // A translation that is the English again would be a slip, not a translation.
    expect(text.ar).not.toBe(text.en);
    expect(text.pl).not.toBe(text.en);
  });

  it("tells the faces of one scale apart in every language", () => {
    for (const faces of [EMOJI_FACES[3], EMOJI_FACES[5]]) {
      for (const language of WRITTEN) {
        const words = faces.map((face) => face.label[language]);
        expect(new Set(words).size).toBe(faces.length);
      }
    }
  });
});
