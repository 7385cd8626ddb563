/**
 * The words of the answers every survey shares, for the Polish and Arabic tables, taken from
 * core's parts.ts, where the staff screens read them too. English writes its own in words.ts,
 * so the child's entry chunk carries only English; other tables write theirs.
 */
import {
  EMOJI_FACES,
  PREFER_NOT_LABEL,
  THREE_HOUSES,
  YES_NO_OPTIONS,
} from "@chorus/core/survey/parts";
import type { Text } from "@chorus/core/survey/schema";

/** The shared answers' words in Polish or Arabic, under the word tables' keys. */
export function sharedAnswers(language: "ar" | "pl") {
  const say = (text: Text) => text[language] ?? "";
  const yesNo = (value: string) => say(YES_NO_OPTIONS.find((o) => o.value === value)?.label ?? {});
  return {
    faces3: EMOJI_FACES[3].map((face) => say(face.label)),
    faces5: EMOJI_FACES[5].map((face) => say(face.label)),
    yes: yesNo("yes"),
    no: yesNo("no"),
    notSure: yesNo("notSure"),
    preferNot: say(PREFER_NOT_LABEL),
    houseWorries: say(THREE_HOUSES.worries.label),
    houseWorriesHint: say(THREE_HOUSES.worries.hint),
    houseGoodThings: say(THREE_HOUSES.goodThings.label),
    houseGoodThingsHint: say(THREE_HOUSES.goodThings.hint),
    houseDreams: say(THREE_HOUSES.dreams.label),
    houseDreamsHint: say(THREE_HOUSES.dreams.hint),
  };
}
