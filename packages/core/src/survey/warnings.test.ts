import { describe, expect, it } from "vitest";
import { LEXICON_LANGUAGES } from "../safeguarding/screen.js";
import { asksAboutSafety, safetyQuestionsWithoutRule, unsafeAnswers } from "./concerns.js";
import { templates } from "./templates/index.js";
import { surveyOf } from "./testing.js";
import { publishWarnings } from "./warnings.js";

const survey = surveyOf;

const question = (id: string, type: string, prompt: Record<string, string>, extra = {}) => ({
  id,
  type,
  prompt,
  ...(type === "choice" ? { options: ["a", "b"].map((o) => ({ id: o, label: { en: o } })) } : {}),
  ...(type === "emoji" ? { faces: 5 } : {}),
  ...extra,
});

const feelSafe = question("feel-safe", "yesNo", { en: "Do you feel safe where you live?" });
const school = question("school", "emoji", { en: "How is school?" });
const worries = question("worries", "threeHouses", { en: "The three houses" });

describe("asking about safety", () => {
  it("is seen in English, Polish and Arabic words, in band wording too", () => {
    const asks = (prompt: Record<string, string>, extra = {}) =>
      asksAboutSafety(survey([question("q", "yesNo", prompt, extra)]).pages[0]!.questions[0]!);
    expect(asks({ en: "Do you feel safe where you live?" })).toBe(true);
    expect(asks({ en: "Does anyone hurt you?" })).toBe(true);
    expect(asks({ en: "How is school?" })).toBe(false);
    expect(asks({ en: "Is your safehouse nice?" })).toBe(false);
    expect(asks({ en: "How is school?", pl: "Czy czujesz się bezpiecznie w domu?" })).toBe(true);
    expect(asks({ en: "How is school?", pl: "Czy coś cię martwi?" })).toBe(false);
    expect(asks({ ar: "هل تشعر بالأمان في البيت؟" })).toBe(true);
    expect(asks({ en: "Home" }, { bands: { "8-11": { prompt: { en: "Are you scared?" } } } })).toBe(
      true,
    );
  });

  it("needs a rule unless a rule looks at it or it follows another question about safety", () => {
    const tellWho = question(
      "tell-who",
      "choice",
      { en: "Who would you tell if you didn't feel safe?" },
      { showIf: { question: "feel-safe", in: ["no", "notSure"] } },
    );
    const text = question("why", "text", { en: "Why don't you feel safe?" });
    const unruled = survey([feelSafe, tellWho, text]);
    expect(safetyQuestionsWithoutRule(unruled).map((q) => q.id)).toEqual(["feel-safe"]);
    const alone = survey([{ ...tellWho, showIf: undefined }]);
    expect(safetyQuestionsWithoutRule(alone).map((q) => q.id)).toEqual(["tell-who"]);
    const ruled = { ...unruled, concerns: unsafeAnswers("feel-safe") };
    expect(safetyQuestionsWithoutRule(ruled)).toEqual([]);
  });
});

describe("publish warnings", () => {
  it("are none for a survey with its safety rules, in languages that are screened", () => {
    const fine = survey([feelSafe, school, worries], {
      concerns: unsafeAnswers("feel-safe"),
      languages: ["en", "pl", "ar"],
    });
    expect(publishWarnings(fine)).toEqual([]);
  });

  it("say plainly when a child asked if they are safe would alert nobody", () => {
    const [warning, ...rest] = publishWarnings(survey([feelSafe, school]));
    expect(rest).toEqual([]);
    expect(warning).toEqual({
      kind: "noSafeguardingRule",
      questionIds: ["feel-safe"],
      message:
        "This survey asks about safety in “Do you feel safe where you live?”, but no answer to " +
        "it alerts anyone: a child who says they are not safe would not be seen by a " +
        "safeguarding lead. Add a safeguarding rule, or confirm that nobody should be told.",
    });
  });

  it("name the languages whose free text goes to the queue unscreened, and only with free text", () => {
    const many = survey([feelSafe, school, worries], {
      concerns: unsafeAnswers("feel-safe"),
      languages: ["en", "cy", "yi", "pl"],
    });
    expect(publishWarnings(many)).toEqual([
      {
        kind: "notScreened",
        languages: ["cy", "yi"],
        questionIds: ["worries"],
        message:
          "Answers written in Welsh (cy) and Yiddish (yi) won't be screened " +
          "automatically: Chorus has no list of worrying words in those languages. Each one " +
          "given to “The three houses” will go to the safeguarding queue as “not screened: " +
          "please read”, for a person to read.",
      },
    ]);
    const noFreeText = {
      ...many,
      pages: [{ id: "main", questions: [many.pages[0]!.questions[0]!] }],
    };
    expect(publishWarnings(noFreeText)).toEqual([]);
    // A regional tag uses its language's lexicon.
    expect(publishWarnings({ ...many, languages: ["ar-EG", "en-GB"] })).toEqual([]);
  });

  it("use the screener they are given", () => {
    const one = survey([worries]);
    expect(publishWarnings(one, () => false)[0]).toMatchObject({ languages: ["en"] });
    expect(LEXICON_LANGUAGES).toEqual(expect.arrayContaining(["en", "pl", "ar"]));
  });

  it("are none for any template as shipped", () => {
    for (const template of templates()) {
      expect(publishWarnings(template.definition), template.id).toEqual([]);
    }
  });
});
