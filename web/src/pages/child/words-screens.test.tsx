/**
 * Every child screen, rendered in each language that has a word table, must show no English of
 * its own: each English entry of the word table is looked for in the text, the accessible names
 * and the tooltips. A new table file is found and checked here without naming it.
 */
import { myLifeInCare } from "@chorus/core/demo/surveys";
import type { AgeBand, Question } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import type { JSX } from "solid-js";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { fakeApi } from "../../test/fakeApi";
import { BandChoice } from "./BandChoice";
import { type Delivery, SendScreen, ThankYou } from "./Finish";
import { Heard } from "./Heard";
import { HelpPanel, type HelpState } from "./HelpPanel";
import { Kiosk } from "./Kiosk";
import { Privacy, ResumeBanner } from "./Privacy";
import { QuestionScreen } from "./QuestionScreen";
import { en, loadWords, type TableFile, tagOf, type Words, WordsLanguage } from "./words";

const FILES = import.meta.glob<TableFile>(["./words-*.ts", "!./words-*.test.ts"], { eager: true });
const TABLE_FILES: [string, TableFile][] = Object.entries(FILES).map(([path, file]) => [
  tagOf(path),
  file,
]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/**
 * The English pieces to look for: every plain entry, the parts of templates and of counted
 * phrases between their numbers and names, and every privacy line. Pieces without two letters
 * in a row (a comma, a dash) say nothing about language and are left out.
 */
function englishPieces(): string[] {
  const pieces: string[] = [];
  for (const value of Object.values(en)) {
    if (typeof value === "string") pieces.push(...value.split(/\{\w+\}/));
    else if (Array.isArray(value))
      for (const line of value as (string | { bold?: string; rest: string })[])
        if (typeof line === "string") pieces.push(line);
        else pieces.push(line.bold ?? "", line.rest);
    else {
      const said = (value as (a: unknown, b: unknown) => string)(7, 9);
      pieces.push(...said.split(/7|9/));
    }
  }
  pieces.push(...en.readWords("§").split("§"), ...en.errorCode("§").split("§"));
  return [...new Set(pieces.map((p) => p.trim()))].filter((p) => /[A-Za-z]{2}/.test(p));
}

/** What a person meets on the screen: its words, and the names and tooltips of its controls. */
function everythingSaid(): string {
  const attributes = [...document.querySelectorAll("[aria-label], [title]")].flatMap((el) => [
    el.getAttribute("aria-label") ?? "",
    el.getAttribute("title") ?? "",
  ]);
  return [document.body.textContent ?? "", ...attributes].join("\n");
}

function expectNoEnglish(allowed: readonly string[] = []) {
  const said = everythingSaid();
  // Whole words only: "No" is English, the "No" at the start of Lithuanian "Noriu" is not.
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = (piece: string) =>
    new RegExp(`(^|[^\\p{L}])${literal(piece)}($|[^\\p{L}])`, "u").test(said);
  const left = englishPieces().filter((piece) => found(piece) && !allowed.includes(piece));
  expect(left).toEqual([]);
}

const arabic = (words: string) => ({ en: "English words", ar: words });

const QUESTIONS: Question[] = [
  {
    id: "scale",
    type: "scale",
    prompt: arabic("كم أنت سعيد؟"),
    help: arabic("اختر رقمًا"),
    minLabel: arabic("قليلًا"),
    maxLabel: arabic("كثيرًا"),
    allowPreferNot: true,
  },
  {
    id: "multi",
    type: "multi",
    prompt: arabic("ماذا تحب؟"),
    min: 2,
    allowPreferNot: true,
    options: [
      { id: "a", label: arabic("الموسيقى") },
      { id: "b", label: arabic("الألعاب") },
      { id: "c", label: arabic("الرياضة") },
    ],
  },
  {
    id: "houses",
    type: "threeHouses",
    prompt: arabic("البيوت الثلاثة"),
    maxLength: 1000,
    allowPreferNot: true,
  },
  {
    id: "text",
    type: "text",
    prompt: arabic("ماذا تريد أن تقول؟"),
    maxLength: 20,
    multiline: true,
    allowPreferNot: true,
  },
  { id: "faces", type: "emoji", faces: 5, prompt: arabic("كيف تشعر؟"), allowPreferNot: true },
  { id: "yes", type: "yesNo", prompt: arabic("هل تشعر بالأمان؟"), allowPreferNot: true },
];

/** A question screen with nothing to do on its buttons: these tests only read its words. */
function OneQuestion(props: { question: Question; language: string }) {
  return (
    <QuestionScreen
      question={props.question}
      language={props.language}
      fallback="en"
      position={{ number: 1, total: 1, answered: [false], last: true }}
      value={undefined}
      onChange={() => {}}
      onBack={() => {}}
      onSkip={() => {}}
      onNext={() => {}}
    />
  );
}

describe.each(TABLE_FILES)("the child screens in %s", (lang, file) => {
  const t: Words = { ...en, ...file.words };
  const inLang = (screenUnderTest: () => JSX.Element) =>
    render(() => <WordsLanguage value={() => lang}>{screenUnderTest()}</WordsLanguage>);
  const noEnglish = () => expectNoEnglish(file.sameAsEnglish);
  const local = (words: string): Question["prompt"] => ({ en: "English words", [lang]: words });
  const questions: Question[] = QUESTIONS.map((q) => relabel(q, local));
  beforeAll(() => loadWords(lang));

  it.each(questions.map((q) => [q.type, q] as const))(
    "a %s question says nothing in English",
    (_, question) => {
      inLang(() => (
        <QuestionScreen
          question={question}
          language={lang}
          fallback="en"
          position={{ number: 2, total: 4, answered: [true, false, false, false], last: false }}
          value={question.type === "text" ? "" : 1}
          onChange={() => {}}
          onBack={() => {}}
          onSkip={() => {}}
          onNext={() => {}}
        />
      ));
      if (question.type === "text") {
        fireEvent.input(screen.getByRole("textbox"), { target: { value: "✱✱✱ ✱✱✱ ✱✱✱ ✱✱✱ ✱✱✱" } });
      }
      expect(screen.getByText(t.questionOf(2, 4))).toBeTruthy();
      expect(screen.getByRole("button", { name: t.next })).toBeTruthy();
      noEnglish();
    },
  );

  it.each(["4-7", "8-11", "12-17"] as AgeBand[])(
    "the privacy screen for %s, and the resume banner",
    (band) => {
      inLang(() => (
        <>
          <ResumeBanner onStartAgain={() => {}} />
          <Privacy title="✱ ✱ ✱" language={lang} band={band} onStart={() => {}} onBack={() => {}} />
        </>
      ));
      expect(screen.getByRole("heading", { name: t.beforeYouStart })).toBeTruthy();
      noEnglish();
    },
  );

  it("the age bands", () => {
    inLang(() => (
      <BandChoice
        bands={["4-7", "8-11", "12-17", "16-25"]}
        value="8-11"
        onChoose={() => {}}
        onBack={() => {}}
        onNext={() => {}}
      />
    ));
    expect(screen.getByRole("radio", { name: t.band811 })).toBeTruthy();
    noEnglish();
  });

  it.each(["4-7", "12-17"] as AgeBand[])("the help panel asking for the worker, %s", (band) => {
    inLang(() => <HelpPanel canTellWorker band={band} onTellWorker={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: t.worried }));
    expect(screen.getByRole("dialog", { name: t.helpTitle })).toBeTruthy();
    expect(screen.getByRole("link", { name: /^0800\s1111$/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: t.tellWorker })).toBeTruthy();
    noEnglish();
  });

  it.each(["sending", "sent", "queued", "failed"] as HelpState[])(
    "the help panel once the worker was asked, %s",
    (told) => {
      inLang(() => <HelpPanel canTellWorker told={told} onTellWorker={() => {}} />);
      fireEvent.click(screen.getByRole("button", { name: t.worried }));
      expect(screen.getByRole("status").textContent).not.toBe("");
      noEnglish();
    },
  );

  it.each(["4-7", "8-11", "16-25"] as AgeBand[])("the help screen, %s, sent and kept", (band) => {
    inLang(() => (
      <>
        <Heard band={band} queued={false} onFinish={() => {}} />
        <Heard band={band} queued onFinish={() => {}} />
      </>
    ));
    expect(screen.getAllByRole("link", { name: "999" })).toHaveLength(2);
    noEnglish();
  });

  const deliveries: [string, Delivery][] = [
    ["ready", { state: "ready" }],
    ["slow", { state: "sending", attempt: 2 }],
    ["offline", { state: "failed", error: new ApiError(0, "network", "x") }],
    ["closed", { state: "failed", error: new ApiError(410, "survey.closed", "x") }],
    ["refused", { state: "failed", error: new ApiError(400, "response.invalid", "x") }],
  ];
  it.each(deliveries)("the send screen, %s", (_, delivery) => {
    inLang(() => (
      <SendScreen answered={0} total={5} delivery={delivery} onBack={() => {}} onSend={() => {}} />
    ));
    expect(screen.getByRole("heading", { name: t.readyToSend })).toBeTruthy();
    noEnglish();
  });

  it("the thank-you screen, sent and kept on the tablet", () => {
    inLang(() => (
      <>
        <ThankYou onFinish={() => {}} />
        <ThankYou queued onFinish={() => {}} />
      </>
    ));
    expect(screen.getAllByRole("heading", { name: t.thankYou })).toHaveLength(2);
    noEnglish();
  });

  it("the message when the tablet cannot read the language aloud", () => {
    const synth = { getVoices: () => [{ lang: "en-GB" }], speak: () => {}, cancel: () => {} };
    vi.stubGlobal("speechSynthesis", synth);
    vi.stubGlobal("SpeechSynthesisUtterance", class {});
    inLang(() => <Privacy title="✱" language={lang} onStart={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: t.readThis }));
    expect(screen.getByText(t.cantReadLanguage(lang))).toBeTruthy();
    noEnglish();
  });

  it("the kiosk's welcome, for a survey whose first language is this one", async () => {
    const survey = {
      ...myLifeInCare,
      title: { ...myLifeInCare.title, [lang]: "✱✱" },
      defaultLanguage: lang,
      languages: [...new Set([...myLifeInCare.languages, lang])],
    };
    fakeApi({
      "GET /api/t/tok": {
        body: {
          code: "DEMO811",
          survey,
          session: { label: "Hall", participants: 3, endsAt: "2099-01-01T00:00:00.000Z" },
        },
      },
    });
    render(() => <Kiosk token="tok" />);
    await screen.findByRole("heading", { name: "✱✱" });
    expect(screen.getByRole("button", { name: t.tapToStart })).toBeTruthy();
    expect(screen.getByText(t.takenPart(3))).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe(lang);
    // The staff's own corner stays English, marked so.
    expect(screen.getByText("End session (staff)").closest("[lang]")?.getAttribute("lang")).toBe(
      "en",
    );
    noEnglish();
    localStorage.clear();
  });
});

describe("the child screens in Arabic", () => {
  beforeAll(() => loadWords("ar"));

  it("marks English words as English inside a survey language with no table", () => {
    const question: Question = {
      id: "welsh",
      type: "text",
      prompt: { en: "How are you?", cy: "Sut wyt ti?" },
      maxLength: 20,
      multiline: true,
      allowPreferNot: true,
    };
    render(() => (
      <WordsLanguage value={() => "cy"}>
        <OneQuestion question={question} language="cy" />
      </WordsLanguage>
    ));
    expect(
      screen.getByRole("heading", { name: "Sut wyt ti?" }).closest("[lang]")?.getAttribute("lang"),
    ).toBe("cy");
    expect(screen.getByRole("button", { name: en.readQuestion }).getAttribute("lang")).toBe("en");
    fireEvent.input(screen.getByRole("textbox"), { target: { value: "Da iawn diolch fawr" } });
    expect(screen.getByText(en.charactersLeft(1)).getAttribute("lang")).toBe("en");
  });

  it("would notice English left behind", () => {
    render(() => <ThankYou onFinish={() => {}} />);
    expect(() => expectNoEnglish()).toThrow();
  });

  it("joins a scale's ends with the Arabic comma", () => {
    inArabic(() => <OneQuestion question={QUESTIONS[0] as Question} language="ar" />);
    expect(screen.getByText("0 = قليلًا، 10 = كثيرًا")).toBeTruthy();
  });
});

/** A question with its words in another language: every Text of it given in `local`. */
function relabel(question: Question, local: (words: string) => Question["prompt"]): Question {
  const swap = (text: Question["prompt"]) => local(text.ar ?? "✱");
  const copy = structuredClone(question) as Question & Record<string, unknown>;
  copy.prompt = swap(question.prompt);
  if ("help" in question && question.help) copy.help = swap(question.help);
  if (question.type === "scale") {
    Object.assign(copy, { minLabel: swap(question.minLabel), maxLabel: swap(question.maxLabel) });
  }
  if (question.type === "multi" || question.type === "choice") {
    Object.assign(copy, {
      options: question.options.map((option) => ({ ...option, label: swap(option.label) })),
    });
  }
  return copy;
}

function inArabic(screenUnderTest: () => JSX.Element) {
  render(() => <WordsLanguage value={() => "ar"}>{screenUnderTest()}</WordsLanguage>);
}
