import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { exportStringsCsv, formatCsv, importStringsCsv, parseCsv, unguardCell } from "./csv.js";
import { isRightToLeft, LANGUAGES, ownName } from "./languages.js";
import { type SurveyInput, SurveyVersion, type Text } from "./schema.js";
import { backwardSurvey } from "./testing.js";
import {
  completeLanguages,
  setTranslation,
  stringSlots,
  stringsFileName,
  translationReport,
} from "./translation.js";

const base = v.parse(SurveyVersion, {
  surveyId: "s",
  version: 1,
  title: { en: "My life", pl: "Moje życie", ar: "حياتي" },
  defaultLanguage: "en",
  languages: ["en", "pl", "ar"],
  ageBands: ["8-11"],
  pages: [
    {
      id: "main",
      questions: [
        {
          id: "pets",
          type: "choice",
          prompt: { en: "Which pet?", pl: "Jakie zwierzę?", ar: "أي حيوان؟" },
          help: { en: "Pick one", pl: "Wybierz jedno" },
          options: [
            { id: "dog", label: { en: "Dog", pl: "Pies", ar: "كلب" } },
            { id: "cat", label: { en: "Cat", pl: "Kot", ar: "قطة" } },
          ],
          bands: { "8-11": { prompt: { en: 'Which pet, "best", ever?' } } },
        },
      ],
    },
  ],
} as SurveyInput);

describe("translationReport", () => {
  it("lists each language's missing keys, in reading order", () => {
    expect(translationReport(base)).toEqual([
      { language: "en", total: 6, missing: [] },
      { language: "pl", total: 6, missing: ["q.pets.band.8-11.prompt"] },
      { language: "ar", total: 6, missing: ["q.pets.help", "q.pets.band.8-11.prompt"] },
    ]);
    expect(completeLanguages(base)).toEqual(["en"]);
  });
});

describe("CSV export and import", () => {
  const csv = exportStringsCsv(base);

  it("exports a header and one quoted-where-needed row per string", () => {
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("key,en,pl,ar");
    expect(lines).toContain('q.pets.band.8-11.prompt,"Which pet, ""best"", ever?",,');
    expect(lines).toContain("q.pets.option.cat,Cat,Kot,قطة");
  });

  it("adds translations, removes emptied ones and adds a new language column", () => {
    const edited = [
      "key,pl,ar,lt",
      "q.pets.help,,اختر واحدًا,Pasirink vieną",
      'q.pets.band.8-11.prompt,"Jakie zwierzę,\nnajlepsze?",x,y',
    ].join("\n");
    const result = importStringsCsv(base, edited);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const question = result.survey.pages[0]!.questions[0]!;
    expect(question.help).toEqual({ en: "Pick one", ar: "اختر واحدًا", lt: "Pasirink vieną" });
    expect(question.bands?.["8-11"]?.prompt?.pl).toBe("Jakie zwierzę,\nnajlepsze?");
    expect(result.changed).toEqual(["q.pets.help", "q.pets.band.8-11.prompt"]);
    expect(result.added).toEqual(["lt"]);
    expect(result.survey.languages).toEqual(["en", "pl", "ar", "lt"]);
    expect(base.languages).toEqual(["en", "pl", "ar"]);
  });

  it("reports every problem and changes nothing", () => {
    const before = structuredClone(base);
    const result = importStringsCsv(
      base,
      [
        "key,en,pl",
        "q.ghost.prompt,Hello,Cześć",
        "q.pets.prompt,,Jakie?",
        "title,Title",
        "q.pets.option.dog,Dog,Pies",
        "q.pets.option.dog,Dog,Pies",
      ].join("\r\n"),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'Line 2: there is no string with the key "q.ghost.prompt".',
        'Line 3: "q.pets.prompt" needs words in en, the survey\'s main language.',
        "Line 4: 2 cells, but the header has 3.",
        'Line 6: the key "q.pets.option.dog" is there twice.',
      ],
    });
    expect(base).toEqual(before);
  });

  it("writes no cell a spreadsheet would run as a formula, and reads its own file back unchanged", () => {
    const hostile = structuredClone(base);
    const question = hostile.pages[0]!.questions[0]!;
    const leads = ['=HYPERLINK("http://x","y")', "+44 800", "-1 for no", "@SUM(A1)", "'=kept"];
    question.help = { en: "Pick one", pl: leads[0]!, ar: leads[1]! };
    question.prompt = { en: leads[2]!, pl: leads[3]!, ar: leads[4]! };
    const written = exportStringsCsv(hostile);
    const parsed = parseCsv(written);
    if ("problem" in parsed) throw new Error(parsed.problem);
    for (const cell of parsed.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parsed.rows.flat()).toContain(`'${leads[0]}`);
    const back = importStringsCsv(hostile, written);
    if (!back.ok) throw new Error(back.problems.join("\n"));
    expect(back.changed).toEqual([]);
    expect(back.survey).toEqual(hostile);
  });

  it("refuses a bad header or broken quoting", () => {
    expect(importStringsCsv(base, "id,en\r\n")).toMatchObject({ ok: false });
    expect(importStringsCsv(base, "key,EN!\r\n")).toMatchObject({ ok: false });
    expect(importStringsCsv(base, 'key,en\r\ntitle,"open')).toEqual({
      ok: false,
      problems: ["Line 2: a quoted cell is never closed."],
    });
  });

  it("parses what it formats (property)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(",", '"', "\r\n", "\n", '""', 'a,"b"', "=1+1", "'=x", "''+y", "-", "@A1"),
    );
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1 });
    fc.assert(
      fc.property(rows, (written) => {
        const parsed = parseCsv(formatCsv(written));
        if ("problem" in parsed) throw new Error(parsed.problem);
        expect(parsed.rows.map((row) => row.map(unguardCell))).toEqual(written);
      }),
    );
  });

  it("gives back the same survey after export then import (property)", () => {
    const words = fc
      .oneof(
        fc.string({ unit: "grapheme", maxLength: 12 }),
        fc.constantFrom('say "hi", ok', "two\r\nlines", "اردو", "ਪੰਜਾਬੀ", "=1+1", ","),
      )
      .map((s) => s.trim() || "x");
    const translated = fc
      .tuple(backwardSurvey, fc.array(fc.option(words), { minLength: 1, maxLength: 30 }))
      .map(([survey, pool]) => {
        const copy = structuredClone({ ...survey, languages: ["en", "pl", "ur"] });
        stringSlots(copy).forEach((slot, i) => {
          const text = slot.holder[slot.field] as Text;
          const [pl, ur] = [pool[i % pool.length], pool[(i * 7 + 3) % pool.length]];
          if (pl) text.pl = pl;
          if (ur) text.ur = ur;
        });
        return copy;
      });
    fc.assert(
      fc.property(translated, (survey) => {
        const result = importStringsCsv(survey, exportStringsCsv(survey));
        expect(result).toEqual({ ok: true, survey, changed: [], added: [] });
      }),
    );
  });
});

describe("languages", () => {
  it("knows which way each language is written", () => {
    for (const code of ["ar", "ur", "fa", "he", "ps", "yi", "ckb", "pa-Arab", "ar-EG"]) {
      expect(isRightToLeft(code)).toBe(true);
    }
    for (const code of ["en", "pl", "lt", "pa", "ku", "ku-Latn", "ro", "en-GB"]) {
      expect(isRightToLeft(code)).toBe(false);
    }
  });

  it("lists each language once, with its own name and the right direction", () => {
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
    for (const language of LANGUAGES) expect(language.rtl).toBe(isRightToLeft(language.code));
    expect(ownName("pl")).toBe("Polski");
    expect(ownName("ur")).toBe("اردو");
    expect(ownName("xx")).toBe("xx");
  });
});

describe("the translators' file name", () => {
  const titled = (title: Text, defaultLanguage = "en") =>
    ({ ...base, title, defaultLanguage }) as SurveyVersion;

  it("is the title as a slug, with the language or 'translations'", () => {
    expect(stringsFileName(titled({ en: "My life in care" }), "pl")).toBe("my-life-in-care-pl.csv");
    expect(stringsFileName(titled({ en: "  Café: ça va?  " }))).toBe("cafe-ca-va-translations.csv");
  });

  it("never carries a quote, slash or dot out of the title, and falls back to 'survey'", () => {
    expect(stringsFileName(titled({ en: '"../../etc/passwd"\r\n' }), "ar")).toBe(
      "etc-passwd-ar.csv",
    );
    expect(stringsFileName(titled({ ar: "صوتك" }, "ar"), "en")).toBe("survey-en.csv");
    fc.assert(
      fc.property(fc.string(), (title) =>
        /^[a-z0-9-]+\.csv$/.test(stringsFileName(titled({ en: title }), "pl")),
      ),
    );
  });
});

describe("setting one translation", () => {
  it("sets words by key, removes them when emptied, and refuses a key the survey lacks", () => {
    const survey = structuredClone(base);
    const polishMissing = () => translationReport(survey)[1]!.missing;
    expect(polishMissing()).toEqual(["q.pets.band.8-11.prompt"]);
    expect(
      setTranslation(survey, "q.pets.band.8-11.prompt", "pl", "Jakie zwierzę, najlepsze?"),
    ).toBe(true);
    expect(polishMissing()).toEqual([]);
    expect(setTranslation(survey, "q.pets.prompt", "pl", " ")).toBe(true);
    expect(polishMissing()).toEqual(["q.pets.prompt"]);
    expect(survey.pages[0]!.questions[0]!.prompt).toEqual({ en: "Which pet?", ar: "أي حيوان؟" });
    expect(setTranslation(survey, "q.nope.prompt", "pl", "x")).toBe(false);
  });
});
