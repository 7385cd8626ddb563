import { describe, expect, it } from "vitest";
import { changesBetween, hasChanges } from "./changes.js";
import type { SurveyVersion } from "./schema.js";
import { findTemplate } from "./templates/index.js";

const published = (): SurveyVersion => {
  const survey = structuredClone(findTemplate("my-life-in-care-8-11")!.definition);
  // A Polish translation of the first question, so translations have something to differ in.
  survey.languages = ["en", "pl"];
  const first = survey.pages[0]!.questions[0]!;
  first.prompt.pl = "Jak się czujesz w domu?";
  return survey;
};
/** The same value with every object's keys written in the opposite order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        )
      : value;
const questionOf = (survey: SurveyVersion, id: string) =>
  survey.pages.flatMap((p) => p.questions).find((q) => q.id === id)!;

describe("what publishing changes", () => {
  it("finds nothing between a version and itself, with fields in another order", () => {
    const before = published();
    const after = reversedKeys(before) as SurveyVersion;
    expect(Object.keys(after)[0]).not.toBe(Object.keys(before)[0]);
    const changes = changesBetween(before, after);
    expect(hasChanges(changes)).toBe(false);
    expect(changes.questions).toEqual({ added: [], removed: [], changed: [], reordered: false });
  });

  it("names questions added, removed and reworded, by their words in the default language", () => {
    const before = published();
    const after = published();
    after.pages[0]!.questions.push({
      id: "new-pet",
      type: "yesNo",
      prompt: { en: "Do you have a pet?" },
      allowPreferNot: true,
    });
    after.pages[1]!.questions = after.pages[1]!.questions.filter((q) => q.id !== "worker-talk");
    questionOf(after, "home-feel").prompt.en = "How is home?";
    const changes = changesBetween(before, after);
    expect(changes.questions.added).toEqual([{ id: "new-pet", words: "Do you have a pet?" }]);
    expect(changes.questions.removed.map((q) => q.id)).toEqual(["worker-talk"]);
    expect(changes.questions.changed).toEqual([{ id: "home-feel", words: "How is home?" }]);
    // A reworded English prompt is not a change of the Polish words.
    expect(changes.translations.changed).toEqual([]);
    expect(hasChanges(changes)).toBe(true);
  });

  it("tells a translation change from a question change, and languages added and removed", () => {
    const before = published();
    const after = published();
    questionOf(after, "home-feel").prompt.pl = "Jak jest w domu?";
    after.languages.push("ar");
    let changes = changesBetween(before, after);
    expect(changes.questions.changed).toEqual([]);
    expect(changes.translations).toEqual({ added: ["ar"], removed: [], changed: ["pl"] });
    after.languages = ["en"];
    changes = changesBetween(before, after);
    expect(changes.translations.removed).toEqual(["pl"]);
  });

  it("lists show-if and safeguarding rules, age bands and band wording apart", () => {
    const before = published();
    const after = published();
    questionOf(after, "carers-listen").showIf = { question: "feel-safe", equals: "yes" };
    after.concerns = [
      ...(after.concerns ?? []),
      { when: { question: "carers-listen", equals: "no" }, severity: "concern" },
    ];
    after.ageBands = ["8-11", "12-17"];
    questionOf(after, "belong").bands = { "12-17": { hidden: true } };
    const changes = changesBetween(before, after);
    expect(changes.rules.showIf.map((q) => q.id)).toEqual(["carers-listen"]);
    expect(changes.rules).toMatchObject({ safeguardingAdded: 1, safeguardingRemoved: 0 });
    expect(changes.bands.added).toEqual(["12-17"]);
    expect(changes.bands.wording.map((q) => q.id)).toEqual(["belong"]);
    expect(changes.questions.changed).toEqual([]);
  });

  it("says when questions move and when the survey's own words or settings change", () => {
    const before = published();
    const after = published();
    after.pages[0]!.questions.reverse();
    after.title.en = "Life in care";
    after.tellWorker = false;
    const changes = changesBetween(before, after);
    expect(changes.questions.reordered).toBe(true);
    expect(changes.details).toEqual([
      "The title children see",
      "Whether a child can ask for their worker to be told",
    ]);
  });

  it("counts everything as new before the first publish", () => {
    const draft = published();
    const changes = changesBetween(undefined, draft);
    expect(changes.questions.added.length).toBe(draft.pages.flatMap((p) => p.questions).length);
    expect(changes.translations.added).toEqual(["pl"]);
    expect(changes.bands.added).toEqual(["8-11"]);
  });
});
