/**
 * The answer labels a table carries for later (faces, yes/no, "rather not say", the three
 * houses) name exactly the English labels core has, so none is forgotten or left stale when
 * they are wired in.
 */
import {
  EMOJI_FACES,
  PREFER_NOT_LABEL,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/parts";
import { describe, expect, it } from "vitest";

const FILES = import.meta.glob<{ answerLabels?: Record<string, string> }>("./words-*.ts", {
  eager: true,
});
const WITH_LABELS = Object.entries(FILES)
  .filter(([path, file]) => !path.includes(".test.") && file.answerLabels)
  .map(([path, file]) => [path, file.answerLabels ?? {}] as const);

const english = [
  ...new Set([
    ...Object.values(EMOJI_FACES).flatMap((faces) => faces.map((face) => face.label.en)),
    ...YES_NO_OPTIONS.map((option) => option.label.en),
    PREFER_NOT_LABEL.en,
    ...Object.values(THREE_HOUSES).flatMap((house) => [house.label.en, house.hint.en]),
  ]),
].sort();

describe("answer labels kept in a word table", () => {
  it("exist for this branch's languages", () => {
    expect(WITH_LABELS.map(([path]) => path)).toEqual(
      expect.arrayContaining(["./words-lt.ts", "./words-lv.ts", "./words-pt.ts", "./words-ro.ts"]),
    );
  });

  it.each(WITH_LABELS)("%s names every English label and no other", (_, labels) => {
    expect(Object.keys(labels).sort()).toEqual(english);
    for (const [source, said] of Object.entries(labels)) {
      expect(said.trim(), source).not.toBe("");
      expect(said, source).not.toBe(source);
    }
  });
});
