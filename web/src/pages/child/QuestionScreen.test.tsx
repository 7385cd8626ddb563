import { OPTION_ICONS } from "@chorus/core/survey/parts";
import type { AgeBand, AnswerValue, Question } from "@chorus/core/survey/schema";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Position, positionOf } from "./progress";
import { QuestionScreen } from "./QuestionScreen";

// Auto-cleanup needs vitest globals; being explicit keeps the test independent of that setting.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const faces: Question = {
  id: "home",
  type: "emoji",
  faces: 5,
  prompt: { en: "How do you feel about where you live?" },
  allowPreferNot: true,
};

const SECOND_OF_FOUR: Position = {
  number: 2,
  total: 4,
  answered: [true, false, false, false],
  last: false,
};

function setup(
  question: Question,
  initial?: AnswerValue,
  band?: AgeBand,
  position: Position = SECOND_OF_FOUR,
) {
  const [value, setValue] = createSignal<AnswerValue | undefined>(initial);
  const onChange = vi.fn((next: AnswerValue | undefined) => setValue(() => next));
  const handlers = { onBack: vi.fn(), onSkip: vi.fn(), onNext: vi.fn() };
  const result = render(() => (
    <QuestionScreen
      question={question}
      band={band}
      language="en"
      fallback="en"
      position={position}
      value={value()}
      onChange={onChange}
      {...handlers}
    />
  ));
  return { ...result, value, onChange, ...handlers };
}

describe("QuestionScreen", () => {
  it("shows the question as a heading and a friendly count", () => {
    setup(faces);
    expect(
      screen.getByRole("heading", { name: "How do you feel about where you live?" }),
    ).toBeTruthy();
    expect(screen.getByText("Question 2 of 4")).toBeTruthy();
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it("sets the face's number when a face is chosen", () => {
    const { value, onChange } = setup(faces);
    expect(screen.getAllByRole("radio")).toHaveLength(6);
    fireEvent.click(screen.getByRole("radio", { name: "Really good" }));
    expect(onChange).toHaveBeenLastCalledWith(5);
    expect(value()).toBe(5);
    expect((screen.getByRole("radio", { name: "Really good" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('offers "I\'d rather not say" when allowed, and records it', () => {
    const { value } = setup(faces);
    fireEvent.click(screen.getByRole("radio", { name: "I'd rather not say" }));
    expect(value()).toBe("preferNot");
  });

  it('hides "I\'d rather not say" when the question does not allow it', () => {
    setup({ ...faces, allowPreferNot: false });
    expect(screen.queryByRole("radio", { name: "I'd rather not say" })).toBeNull();
    expect(screen.getAllByRole("radio")).toHaveLength(5);
  });

  it("uses option ids for choices and yes/no/notSure for yes-no questions", () => {
    const { value, unmount } = setup({
      id: "contact",
      type: "choice",
      prompt: { en: "Who do you see most?" },
      allowPreferNot: true,
      options: [
        { id: "mum", label: { en: "Mum" } },
        { id: "dad", label: { en: "Dad" } },
      ],
    });
    fireEvent.click(screen.getByRole("radio", { name: "Dad" }));
    expect(value()).toBe("dad");
    unmount();

    const yesNo = setup({
      id: "safe",
      type: "yesNo",
      prompt: { en: "Do you feel safe?" },
      allowPreferNot: true,
    });
    fireEvent.click(screen.getByRole("radio", { name: "Not sure" }));
    expect(yesNo.value()).toBe("notSure");
  });

  it('records typed text, and keeps it when "rather not say" is toggled off again', () => {
    const { value } = setup({
      id: "wish",
      type: "text",
      prompt: { en: "What would make things better?" },
      allowPreferNot: true,
      multiline: true,
      maxLength: 1000,
    });
    const box = screen.getByRole("textbox", { name: "What would make things better?" });
    fireEvent.input(box, { target: { value: "More visits" } });
    expect(value()).toBe("More visits");

    const preferNot = screen.getByRole("button", { name: "I'd rather not say" });
    fireEvent.click(preferNot);
    expect(value()).toBe("preferNot");
    expect(preferNot.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(preferNot);
    expect(value()).toBe("More visits");
  });

  it("always offers Back and Skip, and Next only once answered", () => {
    const { onSkip, onBack, onNext } = setup(faces);
    expect(screen.queryByRole("button", { name: /Next/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    fireEvent.click(screen.getByRole("button", { name: /Back/ }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(onBack).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole("radio", { name: "OK" }));
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(onNext).toHaveBeenCalledOnce();
  });
});

describe("the newer kinds of question", () => {
  const base = { prompt: { en: "Which pets?" }, allowPreferNot: true } as const;

  it("ticks several options as a list of ids, up to the maximum", () => {
    const { value } = setup({
      ...base,
      id: "pets",
      type: "multi",
      min: 1,
      max: 2,
      options: ["dog", "cat", "fish"].map((id) => ({ id, label: { en: id } })),
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "cat" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "dog" }));
    expect(value()).toEqual(["dog", "cat"]);
    expect((screen.getByRole("checkbox", { name: "fish" }) as HTMLInputElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "dog" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "cat" }));
    expect(value()).toBeUndefined();
  });

  it("offers a 0 to 10 scale as eleven radio buttons with labelled ends", () => {
    const { value } = setup({
      ...base,
      id: "settled",
      type: "scale",
      minLabel: { en: "Not at all" },
      maxLabel: { en: "Completely" },
    });
    expect(screen.getAllByRole("radio")).toHaveLength(12);
    expect(screen.getByText("0 = Not at all, 10 = Completely")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Read what the numbers mean aloud" })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "7" }));
    expect(value()).toBe(7);
  });

  it("writes the three houses as one answer, leaving out the empty ones", () => {
    const { value } = setup({ ...base, id: "houses", type: "threeHouses", maxLength: 1000 });
    fireEvent.input(screen.getByRole("textbox", { name: /House of dreams/ }), {
      target: { value: "A dog" },
    });
    expect(value()).toEqual({ dreams: "A dog" });
    expect(screen.getAllByRole("textbox")).toHaveLength(3);
    for (const house of ["House of worries", "House of good things", "House of dreams"]) {
      expect(screen.getByRole("button", { name: `Read "${house}" aloud` })).toBeTruthy();
    }
  });

  it("shows a statement with Next and nothing to answer or skip, and does not number it", () => {
    const hello: Question = { ...base, id: "hello", type: "info" };
    setup(
      hello,
      undefined,
      undefined,
      positionOf([hello, faces], 0, () => false),
    );
    expect(screen.queryByText(/Question \d+ of/)).toBeNull();
    expect(document.querySelectorAll(".dots li")).toHaveLength(1);
    expect(screen.queryByRole("radio")).toBeNull();
    expect(screen.queryByRole("button", { name: "Skip" })).toBeNull();
    expect(screen.getByRole("button", { name: /Next/ })).toBeTruthy();
  });
});

describe("pictures that always draw", () => {
  // Emoji show as empty boxes on a tablet with no emoji font, so a child screen has none.
  const EMOJI = /\p{Extended_Pictographic}/u;
  const base = { prompt: { en: "Who?" }, allowPreferNot: true } as const;

  it("draws faces and option pictures as SVG, with no emoji in the screen's text", () => {
    for (const question of [
      faces,
      { ...faces, faces: 3 as const },
      {
        ...base,
        id: "who",
        type: "choice" as const,
        options: OPTION_ICONS.map((icon) => ({ id: icon, label: { en: icon }, icon })),
      },
      {
        ...base,
        id: "likes",
        type: "multi" as const,
        min: 1,
        options: OPTION_ICONS.map((icon) => ({ id: icon, label: { en: icon }, icon })),
      },
    ]) {
      const { container, unmount } = setup(question);
      const tiles = [...container.querySelectorAll(".choice-body")].filter(
        (tile) => !tile.closest(".prefer-not"),
      );
      expect(tiles.length).toBeGreaterThan(2);
      for (const tile of tiles) expect(tile.querySelector("svg path")).toBeTruthy();
      expect(container.textContent).not.toMatch(EMOJI);
      unmount();
    }
  });
});

describe("ticks and age bands", () => {
  // A tablet with an English voice, recording what it is asked to say.
  function voice() {
    const said: string[] = [];
    vi.stubGlobal("speechSynthesis", {
      getVoices: () => [{ lang: "en-GB" }],
      cancel: () => {},
      speak: (utterance: { text: string }) => said.push(utterance.text),
    });
    vi.stubGlobal(
      "SpeechSynthesisUtterance",
      class {
        lang = "";
        voice: unknown;
        constructor(readonly text: string) {}
      },
    );
    return said;
  }

  it("keeps a chosen tile's tick out of the radio's name", () => {
    setup(faces, 3);
    const ok = screen.getByRole("radio", { name: "OK" }) as HTMLInputElement;
    expect(ok.checked).toBe(true);
    // The tick is there to be seen, beside the words, but not to be read.
    expect(ok.closest("label")?.querySelector(".tick")?.textContent).toBe("✓");
    expect(ok.closest("label")?.textContent).toContain("✓");
  });

  it("keeps the tick out of a ticked option's name as well", () => {
    setup(
      {
        id: "pets",
        type: "multi",
        prompt: { en: "Which pets?" },
        allowPreferNot: true,
        min: 1,
        options: ["dog", "cat"].map((id) => ({ id, label: { en: id } })),
      },
      ["dog"],
    );
    expect((screen.getByRole("checkbox", { name: "dog" }) as HTMLInputElement).checked).toBe(true);
  });

  it("for 4 to 7, reads a tapped face and the tapped question, and puts the help in the speaker", () => {
    const said = voice();
    setup({ ...faces, help: { en: "Pick a face." } }, undefined, "4-7");
    expect(screen.queryByRole("button", { name: "Read the help aloud" })).toBeNull();
    expect(screen.getByRole("radiogroup").getAttribute("aria-describedby")).toBe("q-home-help");

    fireEvent.pointerUp(screen.getByText("Really good"), { pointerType: "touch" });
    fireEvent.pointerUp(screen.getByRole("heading"), { pointerType: "mouse" });
    fireEvent.click(screen.getByRole("button", { name: "Read the question aloud" }));
    expect(said).toEqual([
      "Really good",
      "How do you feel about where you live? Pick a face.",
      "How do you feel about where you live? Pick a face.",
    ]);
  });

  it("for older bands, says nothing on a tap and keeps the help on screen with its speaker", () => {
    const said = voice();
    setup({ ...faces, help: { en: "Pick a face." } }, undefined, "12-17");
    fireEvent.pointerUp(screen.getByText("Really good"), { pointerType: "touch" });
    fireEvent.pointerUp(screen.getByRole("heading"), { pointerType: "touch" });
    expect(said).toEqual([]);
    expect(screen.getByRole("button", { name: "Read the help aloud" })).toBeTruthy();
    expect(screen.getByText("Pick a face.").className).toBe("help");
  });
});
